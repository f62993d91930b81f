"""Call deadlines: `asyncio.timeout_at` semantics, with one timer per client instead of one per call.

Every call runs under a deadline. asyncio keeps timers in a heap ordered by a Python-level
comparison, and a cancelled timer stays in it until its time comes: at hundreds of calls in
flight, a timer per call (and `asyncio.timeout`'s own machinery around it) cost more than any
other step of the transport. Calls with the same budget reach their deadlines in the order they
started, so each budget's deadlines are kept in that order and one timer waits for the earliest.

A deadline that passes cancels its task, and that cancellation is told apart from any other (a
caller's own `cancel()` goes through as it came) by the task's count of pending cancellations,
as `asyncio.timeout` does.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable
from typing import Protocol


class Handle(Protocol):
    def cancel(self) -> None: ...


class Timers(Protocol):
    """What of the event loop deadlines use: its clock and its timers."""

    def time(self) -> float: ...

    def call_at(self, when: float, callback: Callable[[], None], /) -> Handle: ...


class CallDeadline:
    """One call's deadline: cancels its task at `when` unless `end()` comes first."""

    __slots__ = ("_budget", "_cancelling", "_owner", "_task", "expired", "when")

    def __init__(self, task: asyncio.Task[object], when: float, owner: Deadlines, budget: float) -> None:
        self._task = task
        self._cancelling = task.cancelling()
        self._owner = owner
        self._budget = budget
        self.when = when
        self.expired = False

    def expire(self) -> None:
        self.expired = True
        self._task.cancel()

    def end(self, error: BaseException | None) -> TimeoutError | None:
        """Stop the clock; when `error` is the cancellation the deadline caused, the `TimeoutError` it stands for."""
        if not self.expired:
            self._owner.forget(self, self._budget)
            return None
        if self._task.uncancel() > self._cancelling or not isinstance(error, asyncio.CancelledError):
            return None
        timeout = TimeoutError()
        timeout.__cause__ = error
        return timeout


class Deadlines:
    """The deadlines of the calls in flight on one event loop (`loop`), and the one timer for the earliest."""

    def __init__(self, loop: Timers) -> None:
        self.loop = loop
        self._queues: dict[float, dict[CallDeadline, None]] = {}  # per budget, in start order
        self._timer: Handle | None = None
        self._armed_for = math.inf

    def start(self, budget: float) -> CallDeadline:
        """The deadline of a call the current task makes now, `budget` seconds away."""
        task = asyncio.current_task()
        if task is None:
            raise RuntimeError("a call's deadline is kept by the task making the call")
        queue = self._queues.get(budget)
        if queue is None:
            queue = self._queues[budget] = {}
        deadline = CallDeadline(task, self.loop.time() + budget, self, budget)
        queue[deadline] = None
        if deadline.when < self._armed_for:
            self._arm(deadline.when)
        return deadline

    def forget(self, deadline: CallDeadline, budget: float) -> None:
        """Drop a deadline whose call ended in time, and its budget's queue once empty.

        Budgets may differ from call to call (a per-call timeout): an empty queue left behind for
        each until the timer next fires would grow with the call rate.
        """
        queue = self._queues.get(budget)
        if queue is not None:
            queue.pop(deadline, None)
            if not queue:
                del self._queues[budget]

    def _arm(self, when: float) -> None:
        if self._timer is not None:
            self._timer.cancel()
        self._timer = self.loop.call_at(when, self._expire)
        self._armed_for = when

    def _expire(self) -> None:
        """Cancel every call whose deadline has come (the timer's own time counts as come), then wait for the next."""
        reached = max(self.loop.time(), self._armed_for)
        self._timer, self._armed_for = None, math.inf
        earliest = math.inf
        for budget, queue in list(self._queues.items()):
            while queue:
                deadline = next(iter(queue))
                if deadline.when > reached:
                    earliest = min(earliest, deadline.when)
                    break
                del queue[deadline]
                deadline.expire()
            if not queue:
                del self._queues[budget]
        if earliest < math.inf:
            self._arm(earliest)
