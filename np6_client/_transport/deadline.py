"""Deadlines on one event-loop timer instead of one per deadline: for calls, and for aiohttp's reads.

asyncio keeps timers in a heap ordered by a Python-level comparison, and a cancelled timer stays
in it until its time comes: at hundreds of calls in flight, a timer per call (and `asyncio.timeout`'s
own machinery around it) cost more than any other step of the transport. Deadlines of one budget
fall due in the order they were started, so each budget's are kept in that order and one timer
waits for the earliest of all.

A call's deadline that passes cancels its task, and that cancellation is told apart from any
other (a caller's own `cancel()` goes through as it came) by the task's count of pending
cancellations, as `asyncio.timeout` does.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable, Hashable
from typing import Generic, Protocol, TypeVar


class Handle(Protocol):
    def cancel(self) -> None: ...


class Timers(Protocol):
    """What of the event loop deadlines use: its clock and its timers."""

    def time(self) -> float: ...

    def call_at(self, when: float, callback: Callable[[], None], /) -> Handle: ...


Key = TypeVar("Key", bound=Hashable)


class DueTimes(Generic[Key]):
    """Keys each due its budget's seconds after it was last (re)started; `fall_due` says what happens then."""

    def __init__(self, loop: Timers) -> None:
        self.loop = loop
        self._queues: dict[float, dict[Key, float]] = {}  # per budget, in start order: key -> due time
        self._timer: Handle | None = None
        self._armed_for = math.inf

    def fall_due(self, key: Key) -> None:
        raise NotImplementedError

    def restart(self, key: Key, budget: float) -> float:
        """Make `key` due `budget` seconds from now, whether or not it was due already; its due time."""
        queue = self._queues.get(budget)
        if queue is None:
            queue = self._queues[budget] = {}
        else:
            queue.pop(key, None)  # to its budget's end: the order stays the order of due times
        when = self.loop.time() + budget
        queue[key] = when
        if when < self._armed_for:
            self._arm(when)
        return when

    def forget(self, key: Key, budget: float) -> None:
        """Drop `key`, and its budget's queue once empty.

        Budgets may differ from call to call (a per-call timeout): an empty queue left behind for
        each until the timer next fires would grow with the call rate.
        """
        queue = self._queues.get(budget)
        if queue is not None:
            queue.pop(key, None)
            if not queue:
                del self._queues[budget]

    def close(self) -> None:
        """Stop the timer; nothing falls due after this."""
        if self._timer is not None:
            self._timer.cancel()
        self._timer, self._armed_for = None, math.inf
        self._queues.clear()

    def _arm(self, when: float) -> None:
        if self._timer is not None:
            self._timer.cancel()
        self._timer = self.loop.call_at(when, self._expire)
        self._armed_for = when

    def _expire(self) -> None:
        """Let every key whose time has come fall due (the timer's own time counts as come), then wait for the next."""
        reached = max(self.loop.time(), self._armed_for)
        self._timer, self._armed_for = None, math.inf
        earliest = math.inf
        for budget, queue in list(self._queues.items()):
            while queue:
                key, when = next(iter(queue.items()))
                if when > reached:
                    earliest = min(earliest, when)
                    break
                del queue[key]
                self.fall_due(key)
            if not queue and self._queues.get(budget) is queue:  # `fall_due` may have dropped it already
                del self._queues[budget]
        if earliest < math.inf:
            self._arm(earliest)


class CallDeadline:
    """One call's deadline: cancels its task at `when` unless `end()` comes first."""

    __slots__ = ("_budget", "_cancelling", "_owner", "_task", "expired", "when")
    when: float  # set by `owner` as it files the deadline

    def __init__(self, task: asyncio.Task[object], owner: Deadlines, budget: float) -> None:
        self._task = task
        self._cancelling = task.cancelling()
        self._owner = owner
        self._budget = budget
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


class Deadlines(DueTimes[CallDeadline]):
    """The deadlines of the calls in flight on one event loop (`loop`)."""

    def start(self, budget: float) -> CallDeadline:
        """The deadline of a call the current task makes now, `budget` seconds away."""
        task = asyncio.current_task()
        if task is None:
            raise RuntimeError("a call's deadline is kept by the task making the call")
        deadline = CallDeadline(task, self, budget)
        deadline.when = self.restart(deadline, budget)
        return deadline

    def fall_due(self, key: CallDeadline) -> None:
        key.expire()
