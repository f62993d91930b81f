"""Request slots and a shared pause, so all tasks of a client back off together.

Without it, 64 tasks each discover a 429 on their own and each spend a request doing so. The
interface is small on purpose: a limiter that coordinates several replicas (through Redis, say)
only needs these three methods.
"""

from __future__ import annotations

import asyncio
import time
from typing import Protocol, runtime_checkable


@runtime_checkable
class RateLimiter(Protocol):
    """Gate every attempt: `acquire()` before sending, `release()` after the answer's headers."""

    async def acquire(self) -> None:
        """Wait for any pause to end and for a free slot."""
        ...

    def release(self) -> None:
        """Give back the slot taken by `acquire()`."""
        ...

    def pause_for(self, seconds: float) -> None:
        """Hold every new attempt for `seconds` (the longest pause asked for wins)."""
        ...


class InProcessRateLimiter:
    """Default limiter: a semaphore for concurrency plus a pause deadline shared by all tasks.

    Cancellation is safe: a task cancelled while waiting holds no slot and leaves no state.
    """

    def __init__(self, max_concurrency: int = 64) -> None:
        if max_concurrency < 1:
            raise ValueError(f"max_concurrency must be >= 1, got {max_concurrency}")
        self.max_concurrency = max_concurrency
        self._slots = asyncio.Semaphore(max_concurrency)
        self._paused_until = 0.0

    @property
    def paused_for(self) -> float:
        """Seconds left in the current pause (0 when not paused)."""
        return max(0.0, self._paused_until - time.monotonic())

    async def acquire(self) -> None:
        while True:
            await self._wait_for_pause()
            await self._slots.acquire()
            if self.paused_for == 0.0:
                return
            self._slots.release()  # a pause began while we queued for the slot

    def release(self) -> None:
        self._slots.release()

    def pause_for(self, seconds: float) -> None:
        self._paused_until = max(self._paused_until, time.monotonic() + seconds)

    async def _wait_for_pause(self) -> None:
        # The deadline can move later while we sleep, so re-check it rather than wait on an Event.
        while (left := self.paused_for) > 0:  # noqa: ASYNC110
            await asyncio.sleep(left)

    def __repr__(self) -> str:
        return f"InProcessRateLimiter(max_concurrency={self.max_concurrency}, paused_for={self.paused_for:.2f})"
