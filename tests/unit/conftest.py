"""Shared fixtures of the unit tests."""

import asyncio
import threading

import pytest

from tests.fake_timers import FakeTimers


@pytest.fixture
def timers() -> FakeTimers:
    """An event loop's clock and timers, advanced by hand (`FakeTimers`)."""
    return FakeTimers()


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


@pytest.fixture(autouse=True)
def _fresh_caches() -> None:
    """Each test builds the spec index and other caches itself.

    Results stay the same; a mutation inside the cached code is then met by every test that needs it
    (mutmut maps a test to the code it ran), not only by whichever test happened to build it first.
    """
    from np6_client._spec import index, response_types, schema_validator, validation
    from np6_client._transport import seam

    caches = (
        index.document,
        index.index,
        validation.operation_checks,
        response_types.answer_kinds,
        schema_validator._validator_class,
        schema_validator._strict_class,
        schema_validator._format_checker,
        seam.is_loopback,
    )
    for cached in caches:
        cached.cache_clear()


@pytest.fixture(autouse=True)
def _httpcore_under_respx(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """respx replaces httpcore's pool: a module mocking with it has its clients open httpx's own connections."""
    if "respx" in vars(request.module):
        from np6_client import _client

        monkeypatch.setattr(_client, "DEFAULT_NETWORK", "httpcore")
