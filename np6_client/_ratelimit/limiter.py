"""Request slots, a shared pause and quota pacing, so all tasks of a client back off together.

Without it, 64 tasks each discover a 429 on their own and each spend a request doing so. The
interface is small on purpose: a limiter that coordinates several replicas (`RedisRateLimiter`)
only needs these four methods.

What the client knows of the rate limit is kept beside it, whatever the limiter, as
`np6.rate_limit`: the transport hands each answer's quota, and each pause it starts, to a
`RateLimitTracker` shared by a client and its views, which keeps a frozen `RateLimitState`
(reading it on every call costs an attribute lookup, and one clock reading while a pause is in
force) and tells the observer when something in it changes.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import math
import random
import time
from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

import attrs

from .._public import public
from .pacing import AccountPacer, Quota

__all__ = ["InProcessRateLimiter", "Pause", "Quota", "RateLimitState", "RateLimitTracker", "RateLimiter"]

# Replicas paused by the same reset restart spread over up to this part of the pause...
_PAUSE_JITTER = 0.1
# ...and never more than this many seconds late.
_MAX_PAUSE_JITTER = 0.5


@public
@runtime_checkable
class RateLimiter(Protocol):
    """Gate every attempt: `acquire()` before sending, `release()` once the answer's headers arrived.

    `acquire()` must be cancellation-safe: a caller's deadline may cancel it at any await, and a
    cancelled acquire holds nothing (no slot, no quota, no budget).

    `observe()` hears every answer, unless the limiter has a true `idle` attribute: answers
    without rate-limit headers, other than 429s, are then not reported (see `InProcessRateLimiter`).
    """

    async def acquire(self) -> None:
        """Wait for any pause to end, for quota in the current window, and for a free slot."""
        ...

    def release(self) -> None:
        """Give back the slot taken by `acquire()`."""
        ...

    def pause_for(self, seconds: float) -> None:
        """Hold every new attempt for `seconds` (the longest pause asked for wins)."""
        ...

    def observe(self, quota: Quota, *, refused: bool) -> None:
        """Learn from an answer's rate-limit headers; `refused` is True for a 429."""
        ...


class Pause:
    """A deadline every start waits for, ending a little later in each process (jitter)."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._asked_until = 0.0
        self._until = 0.0
        self._jitter = 0.0

    def remaining(self) -> float:
        """Seconds left (0.0 when not paused)."""
        return max(0.0, self._until - time.monotonic())

    def extend(self, seconds: float) -> None:
        """Pause for at least `seconds`, plus this process's own jitter drawn once per pause."""
        if not math.isfinite(seconds):
            return  # an unusable number from the network is no reason to stop for ever
        now = time.monotonic()
        asked = now + max(0.0, seconds)
        if asked <= self._asked_until:
            return
        if self._until <= now:  # a new pause: draw once, or the latest of many draws would always win
            self._jitter = self._rng.uniform(0.0, min(seconds * _PAUSE_JITTER, _MAX_PAUSE_JITTER))
        self._asked_until = asked
        self._until = max(self._until, asked + self._jitter)

    async def wait(self) -> None:
        """Sleep until the pause ends; it may move later while we sleep, so check again."""
        while (left := self.remaining()) > 0:  # noqa: ASYNC110
            await asyncio.sleep(left)


@public
class InProcessRateLimiter:
    """Default limiter: a concurrency semaphore, a pause shared by all tasks, and quota pacing.

    - `X-RateLimit-Remaining` on a success bounds how many more requests may start (minus those
      already in flight); when it runs out, the others wait for the answers in flight, then for
      the reset (or, with no reset known, one request probes).
    - A 429, or a success reporting `X-RateLimit-Remaining: 0` with a reset time, pauses every
      task until the reset, plus a jitter of up to 10% (at most 0.5 s) so that replicas paused by
      the same reset do not all start again at once.
    - `Remaining` is the whole account's: this process counts only on its share of it, learned
      from its own answers in a window against what the account used of that window.
    - Once answers show other replicas on the key, or the account runs short (a 429, or
      `Remaining` at 10% of the limit or less), starts are paced: this process's part of what is
      left is spread over the rest of the window. Several replicas on one key thus settle under
      the limit with no shared state. A client alone stops pacing three windows after it last
      ran short; limit, window and share are learned again from every answer.

    Cancellation is safe: nothing is taken before the last, synchronous step of `acquire()`.
    """

    def __init__(self, max_concurrency: int = 64, *, rng: random.Random | None = None) -> None:
        if max_concurrency < 1:
            raise ValueError(f"max_concurrency must be >= 1, got {max_concurrency}")
        self.max_concurrency = max_concurrency
        rng = rng or random.Random()
        self._slots = asyncio.Semaphore(max_concurrency)
        self._pause = Pause(rng)
        self._pacer = AccountPacer(rng)
        self._in_flight = 0

    @property
    def paused_for(self) -> float:
        """Seconds left in the current pause (0 when not paused)."""
        return self._pause.remaining()

    @property
    def in_flight(self) -> int:
        """Attempts acquired and not yet released."""
        return self._in_flight

    async def acquire(self) -> None:
        if self._pacer.idle and not self._pause.remaining() and not self._slots.locked():
            # Nothing to wait for: a free slot is taken without suspending (no pause can begin meanwhile).
            await self._slots.acquire()
            self._in_flight += 1
            return
        await self.acquire_slot(paced=True)

    async def acquire_slot(self, *, paced: bool) -> None:
        """`acquire()`; with `paced=False` only the pause and the slots apply (quota decided elsewhere)."""
        pacer = self._pacer
        while True:
            await self._pause.wait()
            # An idle pacer would say 0 and count nothing; it can turn busy only while this task awaits.
            if paced and not pacer.idle and (wait := pacer.wait(time.monotonic(), self._in_flight)) > 0:
                await asyncio.sleep(wait)
                continue
            await self._slots.acquire()
            if self._pause.remaining() > 0:
                self._slots.release()  # a pause began while we queued
                continue
            if paced and not pacer.idle:
                now = time.monotonic()
                if pacer.wait(now, self._in_flight) > 0:
                    self._slots.release()  # another task took the start while we queued
                    continue
                pacer.take(now)
            self._in_flight += 1
            return

    def release(self) -> None:
        self._in_flight -= 1
        self._slots.release()

    def pause_for(self, seconds: float) -> None:
        self._pause.extend(seconds)

    @property
    def idle(self) -> bool:
        """True when an answer without rate-limit headers, other than a 429, would change nothing here.

        The pacer knows no limit and counts no budget, and no pause is in force; the transport
        then leaves such an answer unreported, to this limiter and to `np6.rate_limit` alike.
        """
        return self._pacer.idle and self._pause.remaining() <= 0

    def observe(self, quota: Quota, *, refused: bool) -> None:
        pause = self._pacer.observe(quota, refused=refused, now=time.monotonic(), in_flight=self._in_flight)
        if pause > 0:
            self.pause_for(pause)

    @property
    def pacer(self) -> AccountPacer:
        """What this limiter learned from the answers so far."""
        return self._pacer

    def __repr__(self) -> str:
        pacer = self._pacer
        return (
            f"InProcessRateLimiter(max_concurrency={self.max_concurrency}, paused_for={self.paused_for:.2f}, "
            f"limit={pacer.limit}, window={pacer.window}, share={pacer.share:.2f})"
        )


PAUSE_AFTER_429 = "HTTP 429"
PAUSE_AT_ZERO = "X-RateLimit-Remaining: 0"


@public
@attrs.frozen
class RateLimitState:
    """What the client knows of NP6's rate limit; every member None until an answer told it.

    - `limit`, `remaining`: the last `X-RateLimit-Limit` and `X-RateLimit-Remaining` (the whole
      key's, shared by every replica using it), `reset_at` when that window ends.
    - `paused_until` and `pause_reason`: the pause every request of this client is held by, and
      why (`"HTTP 429 on GET /segments/{id}/targets"`, `"X-RateLimit-Remaining: 0"`); None
      when no pause is in force.
    - `share`: the part of the key's traffic this process was found to make (1.0 alone, about
      0.25 as one of four busy replicas), learned by the in-process limiter; None for a limiter
      that does not learn one (`RedisRateLimiter` shares one quota instead).
    - `limiter`: the limiter's class name; `observed_at` when the last rate-limit header arrived.
    """

    limiter: str
    limit: int | None = None
    remaining: int | None = None
    reset_at: datetime.datetime | None = None
    paused_until: datetime.datetime | None = None
    pause_reason: str | None = None
    share: float | None = None
    observed_at: datetime.datetime | None = None

    @property
    def paused(self) -> bool:
        """Whether a pause holds every request of the client."""
        return self.paused_until is not None


def _what_it_says(state: RateLimitState) -> tuple[object, ...]:
    """Everything but `observed_at`: the same numbers heard again are no change."""
    return (state.limit, state.remaining, state.reset_at, state.paused_until, state.pause_reason, state.share)


class RateLimitTracker:
    """Keeps the `RateLimitState` of one client and its views up to date."""

    __slots__ = ("_clock", "_limiter", "_listener", "_pause_end", "_state", "_wall")

    def __init__(
        self,
        limiter: object,
        listener: Callable[[RateLimitState], None] | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
    ) -> None:
        self._limiter = limiter
        self._listener = listener
        self._clock = clock
        self._wall = wall
        self._pause_end = -math.inf
        self._state = RateLimitState(limiter=type(limiter).__name__, share=self._share())

    @property
    def state(self) -> RateLimitState:
        """The current state; a pause that has run out is gone from it."""
        if self._state.paused_until is not None and self._clock() >= self._pause_end:
            self._set(attrs.evolve(self._state, paused_until=None, pause_reason=None))
        return self._state

    def observe(self, quota: Quota, *, refused: bool, method: str, template: str) -> None:
        """One answer's rate-limit headers (`refused`: it was a 429); runs on every answer, so stays lean."""
        state, share, held = self._state, self._share(), self._limiter_pause()
        heard = quota.limit is not None or quota.remaining is not None or quota.reset_in is not None
        if not heard and held <= 0 and share == state.share:
            return
        changes: dict[str, Any] = {"share": share}
        if heard:
            changes["observed_at"] = self._at(0.0)
            if quota.limit is not None:
                changes["limit"] = quota.limit
            if quota.remaining is not None:
                changes["remaining"] = quota.remaining
            if quota.reset_in is not None:
                changes["reset_at"] = self._at(quota.reset_in)
        state = attrs.evolve(state, **changes)
        if held > 0:  # the limiter paused itself on this answer
            reason = f"{PAUSE_AFTER_429} on {method} {template}" if refused else PAUSE_AT_ZERO
            state = self._paused(state, held, reason)
        self._set(state)

    def paused(self, seconds: float, *, method: str, template: str) -> None:
        """A 429 on `method template` paused every request for `seconds`."""
        held = max(seconds, self._limiter_pause())
        self._set(self._paused(self._state, held, f"{PAUSE_AFTER_429} on {method} {template}"))

    def _paused(self, state: RateLimitState, seconds: float, reason: str) -> RateLimitState:
        end = self._clock() + seconds
        if end <= self._pause_end:
            return state  # a longer pause is already in force and keeps its reason
        self._pause_end = end
        with contextlib.suppress(RuntimeError):  # no loop: readers see the end when they look
            asyncio.get_running_loop().call_later(seconds, self._expire)
        return attrs.evolve(state, paused_until=self._at(seconds), pause_reason=reason)

    def _expire(self) -> None:
        _ = self.state  # drops a pause that is over, telling the listener

    def _set(self, state: RateLimitState) -> None:
        before, self._state = self._state, state
        if self._listener is not None and _what_it_says(before) != _what_it_says(state):
            self._listener(state)

    def _at(self, seconds_from_now: float) -> datetime.datetime:
        return datetime.datetime.fromtimestamp(self._wall() + seconds_from_now, tz=datetime.UTC)

    def _share(self) -> float | None:
        pacer = getattr(self._limiter, "pacer", None)
        share = getattr(pacer, "share", None)
        return share if isinstance(share, float) else None

    def _limiter_pause(self) -> float:
        left = getattr(self._limiter, "paused_for", 0.0)
        return left if isinstance(left, float) and math.isfinite(left) else 0.0
