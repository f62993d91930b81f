import asyncio
import time

import pytest

from np6_client import InProcessRateLimiter, RateLimiter


def test_default_limiter_satisfies_the_protocol() -> None:
    assert isinstance(InProcessRateLimiter(), RateLimiter)


async def test_a_pause_holds_every_task_until_it_ends() -> None:
    limiter = InProcessRateLimiter(max_concurrency=10)
    limiter.pause_for(0.2)
    started = time.monotonic()

    async def one() -> float:
        await limiter.acquire()
        limiter.release()
        return time.monotonic() - started

    waits = await asyncio.gather(*(one() for _ in range(5)))
    assert min(waits) >= 0.19


async def test_longest_pause_wins() -> None:
    limiter = InProcessRateLimiter()
    limiter.pause_for(0.5)
    limiter.pause_for(0.1)
    assert limiter.paused_for > 0.4


async def test_concurrency_is_bounded() -> None:
    limiter = InProcessRateLimiter(max_concurrency=3)
    running = peak = 0

    async def work() -> None:
        nonlocal running, peak
        await limiter.acquire()
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(0.01)
        running -= 1
        limiter.release()

    await asyncio.gather(*(work() for _ in range(20)))
    assert peak == 3


async def test_cancelled_waiters_hold_nothing() -> None:
    limiter = InProcessRateLimiter(max_concurrency=1)
    await limiter.acquire()  # the only slot is taken
    waiters = [asyncio.create_task(limiter.acquire()) for _ in range(5)]
    await asyncio.sleep(0.01)
    for task in waiters:
        task.cancel()
    await asyncio.gather(*waiters, return_exceptions=True)
    limiter.release()
    await asyncio.wait_for(limiter.acquire(), timeout=0.5)  # the slot is free again
    limiter.release()


async def test_cancel_during_pause_leaves_no_state() -> None:
    limiter = InProcessRateLimiter(max_concurrency=2)
    limiter.pause_for(0.1)
    task = asyncio.create_task(limiter.acquire())
    await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await asyncio.sleep(0.1)
    await asyncio.wait_for(asyncio.gather(limiter.acquire(), limiter.acquire()), timeout=0.5)


def test_concurrency_must_be_positive() -> None:
    with pytest.raises(ValueError, match="max_concurrency"):
        InProcessRateLimiter(0)
