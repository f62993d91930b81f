"""An event loop's clock and timers, advanced by hand: for what keeps its own deadlines on a loop."""

from __future__ import annotations

import asyncio
from collections.abc import Callable


class Handle:
    def __init__(self, when: float, callback: Callable[[], None]) -> None:
        self.when, self.callback, self.cancelled = when, callback, False

    def cancel(self) -> None:
        self.cancelled = True


class FakeTimers:
    """The clock and timers of an event loop, advanced by hand."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.handles: list[Handle] = []

    def time(self) -> float:
        return self.now

    def call_at(self, when: float, callback: Callable[[], None], /) -> Handle:
        handle = Handle(when, callback)
        self.handles.append(handle)
        return handle

    @property
    def pending(self) -> list[float]:
        return [handle.when for handle in self.handles if not handle.cancelled]

    def advance_to(self, moment: float, *, early: float = 0.0) -> None:
        """Run the due timers in order, as the loop would, up to `moment`.

        With `early`, each runs that much before its time, as asyncio runs a timer due within its
        clock's resolution.
        """
        for _ in range(1000):
            due = sorted((h for h in self.handles if not h.cancelled and h.when <= moment), key=lambda h: h.when)
            if not due:
                break
            handle = due[0]
            self.now = handle.when - early
            handle.cancelled = True  # a timer runs once
            handle.callback()
        else:
            raise AssertionError("timers keep firing without the clock moving on")
        self.now = moment

    async def reach(self, moment: float, *, early: float = 0.0) -> None:
        """`advance_to`, then let the tasks the timers woke run."""
        self.advance_to(moment, early=early)
        await settle()


async def settle() -> None:
    """Let the tasks woken so far run."""
    for _ in range(3):
        await asyncio.sleep(0)
