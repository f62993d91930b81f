"""`np6.rate_limit`: what the client knows of NP6's quota, read from answers, under fake clocks."""

import asyncio
import datetime
import logging
import math

import httpx
import pytest

from np6_client import NP6Client, Observer, Quota, RateLimitState
from np6_client._ratelimit.limiter import RateLimitTracker

UTC = datetime.UTC


def at(seconds: float) -> datetime.datetime:
    return datetime.datetime.fromtimestamp(seconds, tz=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class Pacer:
    share = 0.25


class Limiter:
    """What the tracker reads of a limiter: its pause and its learned share."""

    def __init__(self) -> None:
        self.paused_for = 0.0
        self.pacer = Pacer()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def told() -> list[RateLimitState]:
    return []


@pytest.fixture
def limiter() -> Limiter:
    return Limiter()


@pytest.fixture
def tracker(limiter: Limiter, told: list[RateLimitState], clock: Clock) -> RateLimitTracker:
    return RateLimitTracker(limiter, told.append, clock=clock, wall=lambda: 1_700_000_000 + clock.now)


def test_before_any_answer_only_the_limiter_is_known(tracker: RateLimitTracker) -> None:
    assert tracker.state == RateLimitState(limiter="Limiter", share=0.25)
    assert not tracker.state.paused


def test_an_answer_sets_limit_remaining_and_reset(
    tracker: RateLimitTracker, told: list[RateLimitState], clock: Clock
) -> None:
    clock.now = 10.0
    tracker.observe(Quota(limit=100, remaining=40, reset_in=30.0), refused=False, method="GET", template="/t/{id}")
    expected = RateLimitState(
        limiter="Limiter",
        limit=100,
        remaining=40,
        reset_at=at(1_700_000_040),
        share=0.25,
        observed_at=at(1_700_000_010),
    )
    assert tracker.state == expected
    assert told == [expected]


def test_the_same_quota_later_is_no_change_for_the_observer(
    tracker: RateLimitTracker, told: list[RateLimitState], clock: Clock
) -> None:
    tracker.observe(Quota(limit=100, remaining=40), refused=False, method="GET", template="/t")
    clock.now = 5.0
    tracker.observe(Quota(limit=100, remaining=40), refused=False, method="GET", template="/t")
    assert len(told) == 1
    assert tracker.state.observed_at == at(1_700_000_005)
    tracker.observe(Quota(limit=100, remaining=39), refused=False, method="GET", template="/t")
    assert [state.remaining for state in told] == [40, 39]


def test_an_answer_without_rate_limit_headers_keeps_what_was_known(tracker: RateLimitTracker) -> None:
    tracker.observe(Quota(limit=100, remaining=40), refused=False, method="GET", template="/t")
    tracker.observe(Quota(), refused=False, method="GET", template="/t")
    assert (tracker.state.limit, tracker.state.remaining) == (100, 40)


def test_a_pause_after_a_429_says_why_and_ends_on_time(
    tracker: RateLimitTracker, told: list[RateLimitState], clock: Clock
) -> None:
    clock.now = 100.0
    tracker.paused(5.0, method="GET", template="/segments/{id}/targets")
    state = tracker.state
    assert state.paused
    assert (state.paused_until, state.pause_reason) == (at(1_700_000_105), "HTTP 429 on GET /segments/{id}/targets")
    clock.now = 104.9
    assert tracker.state is state  # nothing changed: the same value, no work
    clock.now = 105.0
    assert not tracker.state.paused
    assert tracker.state.pause_reason is None
    assert [s.paused for s in told] == [True, False]


def test_a_shorter_pause_does_not_replace_a_longer_one(tracker: RateLimitTracker, clock: Clock) -> None:
    tracker.paused(10.0, method="GET", template="/a")
    clock.now = 1.0
    tracker.paused(2.0, method="POST", template="/b")
    assert tracker.state.pause_reason == "HTTP 429 on GET /a"
    assert tracker.state.paused_until == at(1_700_000_010)


def test_the_limiter_pausing_itself_at_remaining_zero_is_told_with_its_reason(
    tracker: RateLimitTracker, limiter: Limiter
) -> None:
    limiter.paused_for = 3.0
    tracker.observe(Quota(limit=100, remaining=0, reset_in=3.0), refused=False, method="GET", template="/t")
    assert (tracker.state.pause_reason, tracker.state.paused_until) == ("X-RateLimit-Remaining: 0", at(1_700_000_003))


def test_the_limiter_pause_is_used_when_longer_than_the_retry_wait(tracker: RateLimitTracker, limiter: Limiter) -> None:
    limiter.paused_for = 4.5  # the retry's wait plus this process's jitter
    tracker.paused(4.0, method="GET", template="/t")
    assert tracker.state.paused_until == at(1_700_000_004.5)


class Watching(Observer):
    def __init__(self) -> None:
        self.states: list[RateLimitState] = []

    def rate_limit_changed(self, state: RateLimitState) -> None:
        self.states.append(state)


def answering(headers: dict[str, str]) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(200, json=[], headers=headers))


async def test_the_client_reads_every_answer_into_np6_rate_limit() -> None:
    observer = Watching()
    headers = {"X-RateLimit-Limit": "500", "X-RateLimit-Remaining": "499"}
    async with NP6Client(api_key="k", transport=answering(headers), observer=observer) as np6:
        assert np6.rate_limit.limit is None
        assert np6.rate_limit.limiter == "InProcessRateLimiter"
        await np6.segment.list_segment_targets(1)
        state = np6.rate_limit
        assert (state.limit, state.remaining, state.share, state.paused) == (500, 499, 1.0, False)
        assert np6.with_options(timeout=3).rate_limit is state  # views share it
    assert observer.states == [state]


async def test_an_observer_without_the_hook_is_not_bothered(caplog: pytest.LogCaptureFixture) -> None:
    class Old:
        def __getattr__(self, name: str) -> object:
            if name == "rate_limit_changed":
                raise AttributeError(name)
            return lambda event: None

    headers = {"X-RateLimit-Limit": "500", "X-RateLimit-Remaining": "499"}
    with caplog.at_level(logging.WARNING, logger="np6_client"):
        async with NP6Client(api_key="k", transport=answering(headers), observer=Old()) as np6:  # type: ignore[arg-type]
            await np6.segment.list_segment_targets(1)
            assert np6.rate_limit.remaining == 499
    assert not caplog.records


@pytest.mark.parametrize(
    ("quota", "member", "value"),
    [
        (Quota(limit=100), "limit", 100),
        (Quota(remaining=5), "remaining", 5),
        (Quota(reset_in=30.0), "reset_at", at(1_700_000_030)),
    ],
)
def test_each_rate_limit_header_alone_is_heard(
    tracker: RateLimitTracker, told: list[RateLimitState], quota: Quota, member: str, value: object
) -> None:
    tracker.observe(quota, refused=False, method="GET", template="/t")
    assert getattr(tracker.state, member) == value
    assert tracker.state.observed_at == at(1_700_000_000)
    assert len(told) == 1


def test_an_answer_without_headers_changes_nothing_and_costs_nothing(
    tracker: RateLimitTracker, told: list[RateLimitState]
) -> None:
    before = tracker.state
    tracker.observe(Quota(), refused=False, method="GET", template="/t")
    assert tracker.state is before
    assert tracker.state.observed_at is None
    assert told == []


def test_a_share_learnt_since_is_told_even_without_headers(
    tracker: RateLimitTracker, told: list[RateLimitState], limiter: Limiter
) -> None:
    limiter.pacer.share = 0.5
    tracker.observe(Quota(), refused=False, method="GET", template="/t")
    assert tracker.state.share == 0.5
    assert [state.share for state in told] == [0.5]


def test_a_short_pause_of_the_limiter_after_a_429_without_headers_is_told(
    tracker: RateLimitTracker, limiter: Limiter
) -> None:
    limiter.paused_for = 0.5
    tracker.observe(Quota(), refused=True, method="GET", template="/t/{id}")
    assert tracker.state.pause_reason == "HTTP 429 on GET /t/{id}"
    assert tracker.state.paused_until == at(1_700_000_000.5)


def test_a_pause_ending_at_the_same_moment_keeps_its_first_reason(tracker: RateLimitTracker) -> None:
    tracker.paused(5.0, method="GET", template="/a")
    tracker.paused(5.0, method="POST", template="/b")
    assert tracker.state.pause_reason == "HTTP 429 on GET /a"


async def test_the_end_of_a_pause_is_told_without_anyone_reading_the_state(
    tracker: RateLimitTracker, told: list[RateLimitState], clock: Clock
) -> None:
    tracker.paused(0.001, method="GET", template="/t")
    clock.now = 1.0
    await asyncio.sleep(0.01)  # a later timer: the loop runs the pause's end first
    assert [state.paused for state in told] == [True, False]


class Bare:
    """A limiter that reports neither a pause nor a share."""


class Odd:
    """A limiter whose pause and share are unusable."""

    def __init__(self, paused_for: object, share: object) -> None:
        self.paused_for = paused_for
        self.pacer = type("P", (), {"share": share})()


@pytest.mark.parametrize("odd", [Bare(), Odd(math.inf, "high"), Odd(math.nan, 1), Odd("soon", None), Odd(None, None)])
def test_a_limiter_without_a_usable_pause_or_share_is_read_as_neither(
    odd: object, told: list[RateLimitState], clock: Clock
) -> None:
    tracker = RateLimitTracker(odd, told.append, clock=clock, wall=lambda: 1_700_000_000 + clock.now)
    assert tracker.state.share is None
    tracker.observe(Quota(), refused=True, method="GET", template="/t")
    tracker.observe(Quota(limit=100), refused=True, method="GET", template="/t")
    assert not tracker.state.paused
    assert [state.limit for state in told] == [100]


def test_a_pacer_without_a_share_is_read_as_none(told: list[RateLimitState]) -> None:
    limiter = Limiter()
    limiter.pacer = object()  # type: ignore[assignment]
    assert RateLimitTracker(limiter, told.append).state.share is None
