"""Request slots, a shared pause and quota pacing, so all tasks of a client back off together.

Without it, 64 tasks each discover a 429 on their own and each spend a request doing so. The
interface is small on purpose: a limiter that coordinates several replicas (through Redis, say)
only needs these four methods.
"""

from __future__ import annotations

import asyncio
import time
from typing import Protocol, runtime_checkable

import attrs

# Our window runs a little longer than the server's, so a burst never lands just before its reset.
_WINDOW_MARGIN = 0.02
_WINDOW_SLACK_SECONDS = 0.01
_PROBE_WAIT = 0.02


@attrs.frozen
class Quota:
    """What one answer said about the rate limit; None where a header was absent."""

    limit: int | None = None
    remaining: int | None = None
    reset_in: float | None = None


@runtime_checkable
class RateLimiter(Protocol):
    """Gate every attempt: `acquire()` before sending, `release()` once the answer's headers arrived."""

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


class InProcessRateLimiter:
    """Default limiter: a concurrency semaphore, a pause shared by all tasks, and quota pacing.

    - `X-RateLimit-Remaining` on a success bounds how many more requests may start (minus those
      already in flight); when it runs out, one request probes while the others wait.
    - Once NP6 has refused a request with a 429 that tells the reset time, at most `limit`
      requests start per window of that length, so the client stays under the limit instead of
      discovering it again every window.
    - A success reporting `X-RateLimit-Remaining: 0` with a reset time pauses until that reset.

    Cancellation is safe: a task cancelled while waiting holds no slot and leaves no state.
    """

    def __init__(self, max_concurrency: int = 64) -> None:
        if max_concurrency < 1:
            raise ValueError(f"max_concurrency must be >= 1, got {max_concurrency}")
        self.max_concurrency = max_concurrency
        self._slots = asyncio.Semaphore(max_concurrency)
        self._paused_until = 0.0
        self._limit: int | None = None
        self._window: float | None = None
        self._window_end = 0.0
        self._started_in_window = 0
        self._budget: int | None = None
        self._in_flight = 0

    @property
    def paused_for(self) -> float:
        """Seconds left in the current pause (0 when not paused)."""
        return max(0.0, self._paused_until - time.monotonic())

    async def acquire(self) -> None:
        while True:
            await self._wait_for_pause()
            if (wait := self._take_quota()) > 0:
                await asyncio.sleep(wait)
                continue
            await self._slots.acquire()
            if self.paused_for == 0.0:
                self._in_flight += 1
                return
            self._slots.release()  # a pause began while we queued for the slot

    def release(self) -> None:
        self._in_flight -= 1
        self._slots.release()

    def pause_for(self, seconds: float) -> None:
        self._paused_until = max(self._paused_until, time.monotonic() + seconds)

    def observe(self, quota: Quota, *, refused: bool) -> None:
        if quota.limit is not None and quota.limit > 0:
            self._limit = quota.limit
        if refused and quota.reset_in:
            # The current window is spent until NP6's reset; later windows get the same length.
            window = quota.reset_in * (1 + _WINDOW_MARGIN) + _WINDOW_SLACK_SECONDS
            self._window = max(self._window or 0.0, window)
            self._window_end = max(self._window_end, time.monotonic() + window)
            self._started_in_window = self._limit or 0
            self._budget = None
        if not refused and quota.remaining is not None and self._window is None:
            self._budget = quota.remaining - self._in_flight
        if not refused and quota.remaining == 0 and quota.reset_in:
            self.pause_for(quota.reset_in)

    def _take_quota(self) -> float:
        """Count one start against the known quota, or say how long to wait before asking again."""
        if self._window is None or self._limit is None:
            if self._budget is None:
                return 0.0
            if self._budget <= 0 and self._in_flight > 0:
                return _PROBE_WAIT  # answers in flight will tell how much is left
            self._budget -= 1  # with nothing in flight, this start probes
            return 0.0
        now = time.monotonic()
        if now >= self._window_end:
            self._window_end = now + self._window
            self._started_in_window = 0
        if self._started_in_window >= self._limit:
            return self._window_end - now
        self._started_in_window += 1
        return 0.0

    async def _wait_for_pause(self) -> None:
        # The deadline can move later while we sleep, so re-check it rather than wait on an Event.
        while (left := self.paused_for) > 0:  # noqa: ASYNC110
            await asyncio.sleep(left)

    def __repr__(self) -> str:
        return (
            f"InProcessRateLimiter(max_concurrency={self.max_concurrency}, paused_for={self.paused_for:.2f}, "
            f"limit={self._limit}, window={self._window})"
        )
