"""The in-process limiter: pauses with jitter, slots, and cancellation that gives everything back."""

import asyncio
import random

import pytest

from np6_client import InProcessRateLimiter, Quota, RateLimiter
from np6_client._ratelimit import limiter
from np6_client._ratelimit.limiter import Pause


class ScriptedRandom(random.Random):
    """Jitter draws in a known order: the fraction of the allowed range each draw returns."""

    def __init__(self, *fractions: float) -> None:
        super().__init__(0)
        self.fractions = list(fractions)
        self.draws = 0

    def uniform(self, a: float, b: float) -> float:
        self.draws += 1
        return a + (b - a) * self.fractions.pop(0)


def answered(limiter: InProcessRateLimiter) -> InProcessRateLimiter:
    """A limiter that has seen one answer without rate-limit headers (the first request goes alone)."""
    limiter.observe(Quota(), refused=False)
    return limiter


def test_default_limiter_satisfies_the_protocol() -> None:
    assert isinstance(InProcessRateLimiter(), RateLimiter)


async def test_a_pause_holds_every_task_until_it_ends() -> None:
    limiter = answered(InProcessRateLimiter(max_concurrency=10))
    limiter.pause_for(5.0)
    held = [asyncio.create_task(limiter.acquire()) for _ in range(3)]
    await asyncio.sleep(0.05)
    assert not any(task.done() for task in held)
    for task in held:
        task.cancel()
    await asyncio.gather(*held, return_exceptions=True)
    assert limiter.in_flight == 0
    short = answered(InProcessRateLimiter(max_concurrency=10))
    short.pause_for(0.1)
    await asyncio.wait_for(asyncio.gather(*(short.acquire() for _ in range(3))), timeout=5)
    assert short.in_flight == 3


class FrozenClock:
    """`time` for the limiter's module: `monotonic()` moves only when a test says so."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def monotonic(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FrozenClock:
    frozen = FrozenClock()
    monkeypatch.setattr(limiter, "time", frozen)
    return frozen


def test_longest_pause_wins(clock: FrozenClock) -> None:
    limiter = InProcessRateLimiter(rng=ScriptedRandom(0.0, 0.0))
    limiter.pause_for(0.5)
    limiter.pause_for(0.1)
    assert limiter.paused_for == 0.5
    clock.now += 0.4
    limiter.pause_for(0.05)  # ends before the current pause: changes nothing
    assert limiter.paused_for == pytest.approx(0.1)
    clock.now += 0.1
    assert limiter.paused_for == 0.0


def test_pause_jitter_is_drawn_once_per_pause_and_bounded() -> None:
    rng = ScriptedRandom(1.0, 0.5)
    pause = Pause(rng)
    pause.extend(2.0)  # jitter up to 10% of the pause: 0.2 s at most
    first = pause.remaining()
    for _ in range(5):  # each task's 429 asks again: no new draw, so the latest draw does not always win
        pause.extend(2.0)
    assert rng.draws == 1
    assert 2.0 < first <= 2.2
    assert pause.remaining() <= 2.2
    pause.extend(100.0)  # a long pause: jitter capped at half a second
    assert rng.draws == 1  # still the same pause
    assert pause.remaining() <= 100.0 + 0.2


def test_unusable_pause_lengths_are_ignored() -> None:
    limiter = InProcessRateLimiter()
    limiter.pause_for(float("inf"))
    limiter.pause_for(float("nan"))
    assert limiter.paused_for == 0


async def test_concurrency_is_bounded() -> None:
    limiter = answered(InProcessRateLimiter(max_concurrency=3))
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


async def test_first_request_goes_alone_until_its_answer() -> None:
    limiter = InProcessRateLimiter()
    await limiter.acquire()
    second = asyncio.create_task(limiter.acquire())
    await asyncio.sleep(0.05)
    assert not second.done()
    limiter.release()
    limiter.observe(Quota(limit=100, remaining=99, reset_in=1), refused=False)
    await asyncio.wait_for(second, timeout=5)


async def test_cancelled_waiters_hold_nothing() -> None:
    limiter = answered(InProcessRateLimiter(max_concurrency=1))
    await limiter.acquire()  # the only slot is taken
    waiters = [asyncio.create_task(limiter.acquire()) for _ in range(5)]
    await asyncio.sleep(0.01)
    for task in waiters:
        task.cancel()
    await asyncio.gather(*waiters, return_exceptions=True)
    limiter.release()
    await asyncio.wait_for(limiter.acquire(), timeout=5)  # the slot is free again
    limiter.release()


async def test_a_deadline_around_acquire_gives_back_budget_and_slot() -> None:
    limiter = InProcessRateLimiter(max_concurrency=4)
    await limiter.acquire()
    limiter.observe(Quota(limit=10, remaining=1, reset_in=30), refused=False)  # 1 left, 1 in flight
    budget = limiter.pacer._budget
    for _ in range(3):
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.05):
                await limiter.acquire()
    assert limiter.in_flight == 1
    assert limiter.pacer._budget == budget
    assert limiter._slots._value == 3
    limiter.release()
    limiter.observe(Quota(limit=10, remaining=9, reset_in=1), refused=False)  # a new window
    await asyncio.wait_for(limiter.acquire(), timeout=5)
    assert limiter.in_flight == 1


async def test_cancel_during_pause_leaves_no_state() -> None:
    limiter = answered(InProcessRateLimiter(max_concurrency=2))
    limiter.pause_for(0.1)
    task = asyncio.create_task(limiter.acquire())
    await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await asyncio.wait_for(asyncio.gather(limiter.acquire(), limiter.acquire()), timeout=5)
    assert limiter.in_flight == 2


def test_concurrency_must_be_positive() -> None:
    with pytest.raises(ValueError, match="max_concurrency"):
        InProcessRateLimiter(0)


def test_a_429_pauses_every_task_until_its_reset(clock: FrozenClock) -> None:
    limiter = InProcessRateLimiter(rng=ScriptedRandom(0.0))
    limiter.observe(Quota(limit=5, remaining=0, reset_in=2.0), refused=True)
    assert limiter.paused_for == 2.0
    clock.now += 1.5
    assert limiter.paused_for == pytest.approx(0.5)


async def test_remaining_quota_holds_starts_beyond_it() -> None:
    limiter = answered(InProcessRateLimiter())
    for _ in range(3):
        await limiter.acquire()
    limiter.release()
    limiter.observe(Quota(limit=10, remaining=2), refused=False)  # 2 left, 2 still in flight
    waiter = asyncio.create_task(limiter.acquire())
    await asyncio.sleep(0.1)
    assert not waiter.done()  # the answers in flight may use up what is left
    limiter.release()
    limiter.release()
    await asyncio.wait_for(waiter, timeout=5)  # nothing in flight: one probe may go


async def test_a_success_with_no_quota_left_pauses_until_reset() -> None:
    limiter = InProcessRateLimiter(rng=ScriptedRandom(0.0, 0.0))
    limiter.observe(Quota(limit=50, remaining=0, reset_in=0.3), refused=False)
    assert 0 < limiter.paused_for <= 0.3
    limiter.observe(Quota(limit=50, remaining=7, reset_in=30), refused=False)
    assert limiter.paused_for <= 0.3  # quota left: no new pause


async def test_without_quota_headers_there_is_no_pacing() -> None:
    limiter = InProcessRateLimiter()
    limiter.observe(Quota(), refused=False)
    await asyncio.wait_for(asyncio.gather(*(limiter.acquire() for _ in range(10))), timeout=5)
    assert limiter.in_flight == 10


async def test_requests_in_flight_double_with_each_answer_while_the_share_is_unknown() -> None:
    limiter = InProcessRateLimiter()
    for remaining in (4999, 4998, 4997):
        limiter.observe(Quota(limit=5000, remaining=remaining), refused=False)
    starts = [asyncio.create_task(limiter.acquire()) for _ in range(12)]
    await asyncio.sleep(0.05)
    assert limiter.in_flight == 8  # 2 ** 3 answers
    limiter.observe(Quota(limit=5000, remaining=4996), refused=False)
    await asyncio.wait_for(asyncio.gather(*starts), timeout=5)
    assert limiter.in_flight == 12


async def settle() -> None:
    """Let every task that can run do so, without letting wall-clock time matter."""
    for _ in range(10):
        await asyncio.sleep(0)


async def test_by_default_64_attempts_run_at_once() -> None:
    limiter = answered(InProcessRateLimiter())
    for _ in range(64):
        await limiter.acquire()
    extra = asyncio.create_task(limiter.acquire())
    await settle()
    assert not extra.done()
    assert "max_concurrency=64" in repr(limiter)
    extra.cancel()
    await asyncio.gather(extra, return_exceptions=True)
    assert limiter.in_flight == 64


async def test_a_pause_that_begins_while_a_task_queues_for_a_slot_holds_that_task() -> None:
    limiter = answered(InProcessRateLimiter(max_concurrency=1))
    await limiter.acquire()
    queued = asyncio.create_task(limiter.acquire())
    await settle()  # queued for the only slot
    limiter.pause_for(0.9)
    limiter.release()
    await settle()
    assert not queued.done()
    assert limiter.in_flight == 0
    queued.cancel()
    await asyncio.gather(queued, return_exceptions=True)


async def test_quota_spent_while_a_task_queues_for_a_slot_holds_that_task() -> None:
    limiter = InProcessRateLimiter(max_concurrency=1)
    await limiter.acquire()
    limiter.observe(Quota(limit=100, remaining=99, reset_in=0.9), refused=False)
    queued = asyncio.create_task(limiter.acquire())
    await settle()  # plenty was left: it queues for the only slot
    limiter.observe(Quota(limit=100, remaining=1, reset_in=0.9), refused=False)  # the others took the rest
    limiter.release()
    await settle()
    assert not queued.done()
    assert limiter.in_flight == 0
    queued.cancel()
    await asyncio.gather(queued, return_exceptions=True)


def test_the_random_source_given_draws_the_limiter_jitter() -> None:
    rng = ScriptedRandom(1.0, 1.0)
    limiter = InProcessRateLimiter(rng=rng)
    limiter.observe(Quota(limit=5, remaining=4, reset_in=1.0), refused=False)
    assert rng.draws == 1  # when this process starts again after the window's reset
    limiter.pause_for(1.0)
    assert rng.draws == 2  # how late this process ends the pause


async def test_a_limit_learnt_while_a_task_queues_for_a_slot_paces_that_task() -> None:
    limiter = answered(InProcessRateLimiter(max_concurrency=1))
    assert limiter.idle
    await limiter.acquire()
    queued = asyncio.create_task(limiter.acquire())
    await settle()  # queued for the only slot while the pacer had nothing to pace
    limiter.observe(Quota(limit=100, remaining=1, reset_in=0.9), refused=False)  # the others took the rest
    limiter.release()
    await settle()
    assert not queued.done()  # the pacer, busy now, holds the start the slot would have let go
    queued.cancel()
    await asyncio.gather(queued, return_exceptions=True)


async def test_an_idle_pacer_is_not_asked_and_the_first_limit_or_pause_ends_idleness(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    limiter = InProcessRateLimiter()
    assert not limiter.idle and not limiter.pacer.idle  # nothing answered: the first request goes alone
    limiter.observe(Quota(), refused=False)
    assert limiter.idle and limiter.pacer.idle

    def refuse(*args: object) -> float:
        raise AssertionError("an idle pacer was asked")

    with monkeypatch.context() as patched:
        patched.setattr(limiter.pacer, "wait", refuse)
        patched.setattr(limiter.pacer, "take", refuse)
        await asyncio.wait_for(asyncio.gather(*(limiter.acquire() for _ in range(3))), timeout=5)
    assert limiter.in_flight == 3
    limiter.observe(Quota(), refused=True)  # a 429 that says nothing about the limit
    assert limiter.idle
    limiter.pause_for(5.0)
    assert not limiter.idle  # a pause is in force
    other = answered(InProcessRateLimiter())
    other.observe(Quota(remaining=7), refused=False)  # a budget without a limit
    assert not other.idle
    other.observe(Quota(limit=10), refused=False)
    assert not other.pacer.idle


def test_a_clock_near_its_origin_is_not_taken_for_a_pause(clock: FrozenClock) -> None:
    clock.now = 0.0  # a monotonic clock's origin is arbitrary: it may read under a second
    limiter = InProcessRateLimiter(rng=ScriptedRandom(0.0))
    assert limiter.paused_for == 0.0
    limiter.pause_for(0.5)
    assert limiter.paused_for == 0.5


def test_a_pause_ending_at_this_instant_is_over_and_the_next_draws_again(clock: FrozenClock) -> None:
    rng = ScriptedRandom(0.0, 0.0)
    pause = Pause(rng)
    pause.extend(2.0)
    clock.now += 2.0
    pause.extend(1.0)
    assert rng.draws == 2


def test_the_same_end_asked_twice_at_one_instant_draws_once(clock: FrozenClock) -> None:
    rng = ScriptedRandom(0.0, 0.0)
    pause = Pause(rng)
    pause.extend(0.0)
    pause.extend(0.0)
    assert rng.draws == 1


def test_a_new_limiter_is_not_idle_until_an_answer_says_so() -> None:
    # No answer yet: whether NP6 reports a limit is unknown, so answers are still reported.
    fresh = InProcessRateLimiter()
    assert fresh.idle is False
    fresh.observe(Quota(limit=None, remaining=None, reset_in=None), refused=False)
    assert fresh.idle is True
