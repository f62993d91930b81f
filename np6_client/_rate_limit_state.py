"""`np6.rate_limit`: what the client knows of NP6's rate limit, as one typed value.

NP6 reports its quota in `X-RateLimit-*` headers on every answer and refuses with 429 past it.
The transport hands each answer's quota, and each pause it starts, to a `RateLimitTracker`
shared by a client and its views; the tracker keeps a frozen `RateLimitState`, so reading it on
every call costs an attribute lookup (and one clock reading while a pause is in force), and tells
the observer when something in it changes.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import math
import time
from collections.abc import Callable
from typing import Any

import attrs

from ._pacing import Quota

PAUSE_AFTER_429 = "HTTP 429"
PAUSE_AT_ZERO = "X-RateLimit-Remaining: 0"


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
