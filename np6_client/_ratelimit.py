"""Request slots, a shared pause and quota pacing, so all tasks of a client back off together.

Without it, 64 tasks each discover a 429 on their own and each spend a request doing so. The
interface is small on purpose: a limiter that coordinates several replicas (`RedisRateLimiter`)
only needs these four methods.
"""

from __future__ import annotations

import asyncio
import math
import random
import time
from typing import Protocol, runtime_checkable

from ._pacing import AccountPacer, Quota

__all__ = ["InProcessRateLimiter", "Pause", "Quota", "RateLimiter"]

# Replicas paused by the same reset restart spread over up to this part of the pause...
_PAUSE_JITTER = 0.1
# ...and never more than this many seconds late.
_MAX_PAUSE_JITTER = 0.5


@runtime_checkable
class RateLimiter(Protocol):
    """Gate every attempt: `acquire()` before sending, `release()` once the answer's headers arrived.

    `acquire()` must be cancellation-safe: a caller's deadline may cancel it at any await, and a
    cancelled acquire holds nothing (no slot, no quota, no budget).
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
        await self.acquire_slot(paced=True)

    async def acquire_slot(self, *, paced: bool) -> None:
        """`acquire()`; with `paced=False` only the pause and the slots apply (quota decided elsewhere)."""
        while True:
            await self._pause.wait()
            if paced and (wait := self._pacer.wait(time.monotonic(), self._in_flight)) > 0:
                await asyncio.sleep(wait)
                continue
            await self._slots.acquire()
            now = time.monotonic()
            if self._pause.remaining() > 0 or (paced and self._pacer.wait(now, self._in_flight) > 0):
                self._slots.release()  # a pause began, or another task took the start, while we queued
                continue
            if paced:
                self._pacer.take(now)
            self._in_flight += 1
            return

    def release(self) -> None:
        self._in_flight -= 1
        self._slots.release()

    def pause_for(self, seconds: float) -> None:
        self._pause.extend(seconds)

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
