"""Poll an event export every few minutes and see each event once, across polls and restarts.

NP6 has no webhooks: integrations ask `GET /actions/events?sort=asc&start=...` again and again.
`start` is inclusive, so every poll sees again the events at the last timestamp of the previous
one; the checkpoint keeps that timestamp and the ids already delivered at it, which is all that is
needed to skip them (the export is sorted ascending, so nothing older can be new). It is built on
the generated `stream()` functions and the public attributes of `EventStream`.
"""

from __future__ import annotations

import asyncio
import datetime
import inspect
import json
import math
import re
from collections.abc import AsyncIterator, Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, TypeVar, overload

import attrs

from ._constants import NAIVE_DATETIME
from ._exceptions import InvalidRequestError
from ._generated.models.event_sort import EventSort
from ._generated.types import Unset
from ._public import public
from ._streaming.resume_point import DIGEST_CHARS, EventKeys
from ._streaming.stream import EventStream

if TYPE_CHECKING:
    from ._client import NP6Client

T = TypeVar("T")
_Start = datetime.datetime | int | Unset
_Sort = EventSort | Literal["asc", "desc"] | Unset


class SortedExport(Protocol[T]):
    """A namespaced event export the poller can drive: `np6.email_sms.list_action_events.stream`."""

    def __call__(self, *, start: _Start = ..., sort: _Sort = ...) -> EventStream[T]: ...


class SortedItemExport(Protocol[T]):
    """The same for the events of one item: `np6.notification.list_notification_activations.stream`."""

    def __call__(self, item: Any, /, *, start: _Start = ..., sort: _Sort = ...) -> EventStream[T]: ...


DEFAULT_INTERVAL = 300.0


MAX_DIGESTS = 256
"""Keys a checkpoint keeps at its last timestamp; past them, events of that timestamp go by position."""
_MEMBERS = ("last_timestamp", "at_last_timestamp", "digests", "delivered")
_DIGEST = re.compile(f"^[0-9a-f]{{{DIGEST_CHARS}}}$")


def _count(data: Mapping[str, Any], name: str) -> int:
    value = data[name]
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise InvalidRequestError(f"checkpoint.{name}", "must be a non-negative integer")
    return value


@public
@attrs.frozen
class Checkpoint:
    """Where a poller stands: store `to_json()` between runs, restart with `Checkpoint.from_json()`.

    Small whatever the export: the timestamp, how many events of it were delivered, and the keys
    (16-hex-digit digests) of the first `MAX_DIGESTS` of them.
    """

    last_timestamp: int | None = None
    """Timestamp (ms) of the last event delivered; the next poll starts there."""
    at_last_timestamp: int = 0
    """Events delivered at `last_timestamp`."""
    digests: tuple[str, ...] = ()
    """Keys of the first of those events (an event's id, or its content, digested), skipped when they come again."""
    delivered: int = 0
    """Events delivered since the first poll, all runs together."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict."""
        return {
            "last_timestamp": self.last_timestamp,
            "at_last_timestamp": self.at_last_timestamp,
            "digests": list(self.digests),
            "delivered": self.delivered,
        }

    def to_json(self) -> str:
        """The checkpoint as a short JSON text."""
        return json.dumps(self.to_dict(), separators=(",", ":"))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Checkpoint:
        """Read a stored checkpoint; a damaged or incomplete one raises `InvalidRequestError` naming the member."""
        if not isinstance(data, Mapping):
            raise InvalidRequestError("checkpoint", f"must be an object, not {type(data).__name__}")
        missing = [name for name in _MEMBERS if name not in data]
        if missing:
            raise InvalidRequestError(f"checkpoint.{missing[0]}", "is missing (a checkpoint has all its members)")
        timestamp = data["last_timestamp"]
        if timestamp is not None and (not isinstance(timestamp, int) or isinstance(timestamp, bool)):
            raise InvalidRequestError("checkpoint.last_timestamp", "must be an integer (ms) or null")
        at_last, delivered = _count(data, "at_last_timestamp"), _count(data, "delivered")
        digests = data["digests"]
        if not isinstance(digests, list) or not all(isinstance(d, str) and _DIGEST.match(d) for d in digests):
            raise InvalidRequestError("checkpoint.digests", f"must be a list of {DIGEST_CHARS}-hex-digit digests")
        if len(digests) > min(at_last, MAX_DIGESTS):
            raise InvalidRequestError(
                "checkpoint.digests", f"holds more than at_last_timestamp and at most {MAX_DIGESTS} digests"
            )
        if timestamp is None and at_last:
            raise InvalidRequestError("checkpoint.at_last_timestamp", "must be 0 without a last_timestamp")
        if at_last > delivered:
            raise InvalidRequestError("checkpoint.at_last_timestamp", "must not exceed delivered")
        return cls(timestamp, at_last, tuple(digests), delivered)

    @classmethod
    def from_json(cls, text: str | bytes) -> Checkpoint:
        """Read what `to_json()` wrote."""
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise InvalidRequestError("checkpoint", f"is not JSON: {exc}") from None
        except RecursionError as exc:
            raise InvalidRequestError("checkpoint", "nests too deeply to be a checkpoint") from exc
        return cls.from_dict(data)


@public
class EventPoller(Generic[T]):
    """Each event of a sorted export once, poll after poll.

    `EventPoller(np6.email_sms.list_action_events.stream, checkpoint=stored)`; the item of a
    per-item export goes positionally (`EventPoller(np6.notification.list_notification_activations.stream,
    42)`) and other query parameters by name. The poller adds `sort=asc` and `start`. Type
    checkers refuse an operation that is not a sorted event export. The module functions work
    too, given the client: `EventPoller(email_sms.list_action_events.stream, client=np6)`; a
    namespaced stream carries its own client, so `client=` is not used with one.
    `start=` (a `datetime` or ms) bounds the first poll only, when there is no checkpoint yet.

    `checkpoint` moves before each event is handed over: save it after handling an event (or a
    batch) and a restart from it neither repeats nor skips anything handled. An error during a
    poll (e.g. `StreamInterruptedError` once the stream's own resumptions are spent) propagates
    with the checkpoint intact; poll again, in this process or the next.
    """

    @overload
    def __init__(
        self,
        stream: SortedExport[T],
        /,
        *,
        client: NP6Client | None = None,
        checkpoint: Checkpoint | None = None,
        start: datetime.datetime | int | None = None,
        **params: Any,
    ) -> None: ...

    @overload
    def __init__(
        self,
        stream: SortedItemExport[T],
        item: Any,
        /,
        *,
        client: NP6Client | None = None,
        checkpoint: Checkpoint | None = None,
        start: datetime.datetime | int | None = None,
        **params: Any,
    ) -> None: ...

    @overload
    def __init__(
        self,
        stream: Callable[..., EventStream[T]],
        /,
        *args: Any,
        client: NP6Client,
        checkpoint: Checkpoint | None = None,
        start: datetime.datetime | int | None = None,
        **params: Any,
    ) -> None: ...

    def __init__(
        self,
        stream: Callable[..., EventStream[T]],
        /,
        *args: Any,
        client: NP6Client | None = None,
        checkpoint: Checkpoint | None = None,
        start: datetime.datetime | int | None = None,
        **params: Any,
    ) -> None:
        # A namespaced `.stream` is bound to its client; a module function is handed one.
        takes_client = "client" in inspect.signature(stream).parameters
        if takes_client and client is None:
            raise InvalidRequestError("client", "is required with a module-level stream function")
        for reserved in ("sort", "end"):
            if reserved in params:
                raise InvalidRequestError(reserved, "is set by the poller (sorted ascending, up to now)")
        if isinstance(start, bool) or not isinstance(start, datetime.datetime | int | None):
            raise InvalidRequestError("start", f"must be a datetime or milliseconds, not {type(start).__name__}")
        if isinstance(start, datetime.datetime) and start.tzinfo is None:
            raise InvalidRequestError("start", NAIVE_DATETIME)
        self._stream = stream
        self._args = args
        self._params: dict[str, Any] = {**params, "client": client} if takes_client else params
        self._start = start
        state = checkpoint or Checkpoint()
        self._last_timestamp = state.last_timestamp
        self._at_last = state.at_last_timestamp
        self._digests: list[str] = list(state.digests)
        self._seen = set(self._digests)
        self._keys = EventKeys()
        self._position = 0  # events of the last timestamp met in this poll, delivered or not
        self.delivered = state.delivered
        self.polls = 0

    @property
    def checkpoint(self) -> Checkpoint:
        """The state to store: JSON-able through `to_json()`, its size bounded."""
        return Checkpoint(self._last_timestamp, self._at_last, tuple(self._digests), self.delivered)

    @property
    def last_timestamp(self) -> int | None:
        """Timestamp (ms) of the last event delivered."""
        return self._last_timestamp

    async def poll(self) -> AsyncIterator[T]:
        """One poll: every event from the checkpoint up to now that was not delivered before."""
        start = self._start if self._last_timestamp is None else self._last_timestamp
        params: dict[str, Any] = {**self._params, "sort": EventSort.ASC}
        if start is not None:
            params["start"] = start
        self.polls += 1
        self._keys.restart()
        self._position = 0
        async with self._stream(*self._args, **params) as stream:
            async for event in stream:
                if self._take(stream.last_timestamp, event):
                    yield event

    async def run(self, *, every: float = DEFAULT_INTERVAL, polls: int | None = None) -> AsyncIterator[T]:
        """Poll now, then every `every` seconds (`polls` times, or forever); yields each new event."""
        if isinstance(every, bool) or not isinstance(every, int | float) or not (math.isfinite(every) and every >= 0):
            raise InvalidRequestError("every", f"must be a finite number of seconds >= 0, not {every!r}")
        if polls is not None and (isinstance(polls, bool) or not isinstance(polls, int) or polls < 0):
            raise InvalidRequestError("polls", f"must be an integer >= 0 or None, not {polls!r}")
        done = 0
        while polls is None or done < polls:
            if done:
                await asyncio.sleep(every)
            async for event in self.poll():
                yield event
            done += 1

    def _take(self, timestamp: int | None, event: object) -> bool:
        """Whether an event is new, moving the checkpoint past it if so."""
        if timestamp is None:
            # Nowhere to place it in the order: hand it over, the checkpoint cannot move.
            self.delivered += 1
            return True
        last = self._last_timestamp
        if last is not None and timestamp < last:
            return False
        if timestamp != last:
            self._last_timestamp = timestamp
            self._at_last = 0
            self._digests.clear()
            self._seen.clear()
            self._keys.restart()
            self._position = 0
        key = self._keys.key(event)
        self._position += 1
        if key in self._seen:
            return False
        if self._at_last > len(self._digests) and self._position <= self._at_last:
            return False  # past the digests kept: one of the events delivered at this timestamp, by position
        if len(self._digests) < MAX_DIGESTS:
            self._digests.append(key)
            self._seen.add(key)
        self._at_last += 1
        self.delivered += 1
        return True

    def __repr__(self) -> str:
        name = (getattr(self._stream, "__module__", None) or "?").rpartition(".")[2]
        return f"EventPoller({name}, delivered={self.delivered}, last_timestamp={self._last_timestamp})"
