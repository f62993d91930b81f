"""Shared fixtures of the unit tests."""

import asyncio
import threading

import pytest


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits the code under test asks for on this thread, recorded instead of slept.

    Only this thread's calls count: a fake server started by another test may run its own loop.
    """
    recorded: list[float] = []
    real_sleep = asyncio.sleep
    here = threading.get_ident()

    async def record(delay: float, result: object = None) -> object:
        if threading.get_ident() != here:
            return await real_sleep(delay, result)
        recorded.append(delay)
        return await real_sleep(0, result)

    monkeypatch.setattr(asyncio, "sleep", record)
    return recorded
