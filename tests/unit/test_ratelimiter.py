import asyncio
import time

import pytest

from np6_client import InProcessRateLimiter, Quota, RateLimiter


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


async def test_after_a_429_starts_are_paced_to_the_learned_quota() -> None:
    limiter = InProcessRateLimiter(max_concurrency=100)
    limiter.observe(Quota(limit=5, remaining=0, reset_in=0.2), refused=True)
    started = time.monotonic()
    starts: list[float] = []

    async def one() -> None:
        await limiter.acquire()
        starts.append(time.monotonic() - started)
        limiter.release()

    await asyncio.gather(*(one() for _ in range(12)))
    first, second, third = starts[:5], starts[5:10], starts[10:]
    assert min(first) >= 0.19  # the refused window is spent until NP6's reset
    assert max(first) < min(second)
    assert min(second) - min(first) >= 0.19  # then at most `limit` starts per window
    assert min(third) - min(second) >= 0.19


async def test_remaining_quota_holds_starts_beyond_it() -> None:
    limiter = InProcessRateLimiter()
    for _ in range(3):
        await limiter.acquire()
    limiter.release()
    limiter.observe(Quota(limit=10, remaining=2), refused=False)  # 2 left, 2 still in flight
    waiter = asyncio.create_task(limiter.acquire())
    await asyncio.sleep(0.1)
    assert not waiter.done()  # the answers in flight may use up what is left
    limiter.release()
    limiter.release()
    await asyncio.wait_for(waiter, timeout=0.5)  # nothing in flight: one probe may go


async def test_a_success_with_no_quota_left_pauses_until_reset() -> None:
    limiter = InProcessRateLimiter()
    limiter.observe(Quota(limit=50, remaining=0, reset_in=0.3), refused=False)
    assert 0 < limiter.paused_for <= 0.3
    limiter.observe(Quota(limit=50, remaining=7, reset_in=30), refused=False)
    assert limiter.paused_for <= 0.3  # quota left: no new pause


async def test_without_quota_headers_there_is_no_pacing() -> None:
    limiter = InProcessRateLimiter()
    limiter.observe(Quota(), refused=False)
    limiter.observe(Quota(limit=5000, remaining=4000), refused=False)
    await asyncio.wait_for(asyncio.gather(*(limiter.acquire() for _ in range(10))), timeout=0.2)
