"""aiohttp's read timeouts (`sock_read`) kept on one timer per session instead of one per read.

aiohttp arms a new event-loop timer when a request has been written and again each time bytes
arrive, and cancels it when the answer ends: at least two timers made and two cancelled per call,
each pushed into asyncio's heap. At 100 calls in flight that was 7% of a call's instructions.
Here a connection's protocol keeps its due time in `ReadTimeouts` instead; aiohttp still decides
when the clock starts, restarts and stops, and what a timeout does (`_on_read_timeout`).

The hook is a protocol subclass handed to the connector. When an aiohttp release no longer has
the methods it replaces, the connector keeps aiohttp's own protocol: slower, never wrong.
"""

from __future__ import annotations

import asyncio
import functools

import aiohttp
from aiohttp.client_proto import ResponseHandler

from .deadline import DueTimes, Timers

_REPLACED = ("_reschedule_timeout", "_drop_timeout", "_on_read_timeout")  # and the first two's callers


class ReadTimeouts(DueTimes["TimedResponseHandler"]):
    """The read deadlines of one session's connections; one that falls due times its read out as aiohttp would."""

    def fall_due(self, key: TimedResponseHandler) -> None:
        key._on_read_timeout()  # which drops the connection's timeout, as any error it is given does


class TimedResponseHandler(ResponseHandler):
    """aiohttp's protocol, its read timer kept in `timeouts`."""

    def __init__(self, loop: asyncio.AbstractEventLoop, timeouts: ReadTimeouts) -> None:
        super().__init__(loop)
        self.timeouts = timeouts
        self.timed_for: float | None = None  # the budget this connection's read deadline is filed under

    def _reschedule_timeout(self) -> None:
        timeout = self._read_timeout
        if self.timed_for != timeout:
            self._drop_timeout()
        if timeout:
            self.timeouts.restart(self, timeout)
            self.timed_for = timeout

    def _drop_timeout(self) -> None:
        if self.timed_for is not None:
            self.timeouts.forget(self, self.timed_for)
            self.timed_for = None


def hooked(protocol: type[object] = ResponseHandler) -> bool:
    """Whether `protocol` (aiohttp's) still has the methods `TimedResponseHandler` replaces or calls."""
    return all(callable(getattr(protocol, name, None)) for name in _REPLACED)


def time_reads(connector: aiohttp.BaseConnector, loop: asyncio.AbstractEventLoop) -> ReadTimeouts | None:
    """Give `connector`'s new connections the shared read timer; None (aiohttp's own timers kept) when it cannot."""
    if not hasattr(connector, "_factory") or not hooked():
        return None
    timers: Timers = loop
    timeouts = ReadTimeouts(timers)
    factory = functools.partial(TimedResponseHandler, loop, timeouts)
    connector._factory = factory  # type: ignore[assignment]  # a partial of a subclass: made the same way
    return timeouts
