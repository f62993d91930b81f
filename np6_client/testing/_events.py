"""Deterministic notification events, generated on the fly as JSON text.

Event `i` of a notification and kind is a pure function of (notification id, kind, i), so a stream
of millions of events needs no memory and any window of it can be selected by arithmetic. The text
is built with plain string formatting, chunk by chunk, so that the fake is never the bottleneck of
a benchmark that reads events.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain, islice
from typing import Any, Literal

BASE_MS = 1_704_067_200_000
"""Timestamp of events 0, 1 and 2 (2024-01-01T00:00:00Z); every next three events are 1 s later."""
KINDS = {"activations": "activation", "executions": "execution", "cancellations": "cancellation"}
"""Route suffix -> event `type`."""
UNKNOWN_TYPE = "future-kind"
CHUNK_BYTES = 64 * 1024
UNSORTED_BLOCK = 64
_KIND_CODES = {"activation": 1, "execution": 2, "cancellation": 3}
_UNKNOWN_MEMBER = ',"extension":{"note":"a member this API version does not describe"}'

Order = Literal["asc", "desc", "unsorted"]


def _template(notification_id: int, event_type: str, code: int, extra: str = "") -> str:
    # Two %-slots remain: the index (last group of the uuid) and the timestamp.
    return (
        f'{{"type":"{event_type}","id":"{notification_id:08x}-{code:04x}-4000-8000-%012x","timestamp":%d,'
        '"identity":{"type":"customer","agency":"DEMO","customer":"028"},'
        f'"source":{{"type":"notification","detail":{{"activation":{{"id":{notification_id},'
        f'"kind":"application"}}}}}}{extra}}}'
    )


def timestamp_of(index: int) -> int:
    """Timestamp (ms) of event `index`: three events share each second."""
    return BASE_MS + index // 3 * 1000


def index_at(moment_ms: int, count: int) -> int:
    """Index of the first event whose timestamp is at or after `moment_ms`, within [0, count]."""
    seconds = -((BASE_MS - moment_ms) // 1000)
    return min(count, max(0, 3 * seconds))


def _is_unknown(index: int, every: int | None) -> bool:
    return every is not None and (index + 1) % every == 0


def render_event(notification_id: int, event_type: str, index: int, unknown_every: int | None = None) -> str:
    """The JSON text of one event, exactly as it appears in a stream."""
    code = _KIND_CODES[event_type]
    if _is_unknown(index, unknown_every):
        template = _template(notification_id, UNKNOWN_TYPE, code, _UNKNOWN_MEMBER)
    else:
        template = _template(notification_id, event_type, code)
    return template % (index, timestamp_of(index))


def event_object(notification_id: int, event_type: str, index: int, unknown_every: int | None = None) -> Any:
    """One event as parsed JSON, for assertions."""
    return json.loads(render_event(notification_id, event_type, index, unknown_every))


@dataclass(frozen=True)
class EventPlan:
    """The events one response streams: a window of indices [start, stop) in a given order."""

    notification_id: int
    event_type: str
    start: int
    stop: int
    order: Order
    unknown_every: int | None = None

    @property
    def total(self) -> int:
        """How many events the complete answer holds."""
        return max(0, self.stop - self.start)

    def indices(self) -> Iterator[int]:
        """Event indices in answer order; unsorted answers send 64-event blocks in reverse."""
        if self.order == "asc":
            return iter(range(self.start, self.stop))
        if self.order == "desc":
            return iter(range(self.stop - 1, self.start - 1, -1))
        first_block = self.start - self.start % UNSORTED_BLOCK
        blocks = range(first_block, self.stop, UNSORTED_BLOCK)
        return chain.from_iterable(
            range(max(self.start, b), min(self.stop, b + UNSORTED_BLOCK)) for b in reversed(blocks)
        )

    def chunks(self, limit: int | None = None, partial_tail: bool = False) -> Iterator[bytes]:
        """The answer body in ~64 KiB pieces.

        With `limit`, only that many events are produced and the array is left open (a cut stream);
        `partial_tail` then appends the first half of the next event, as a body cut mid-object.
        """
        count = self.total if limit is None else min(limit, self.total)
        tail = "]" if limit is None else self._cut_tail(count, partial_tail)
        pending = "["
        first = True
        for text in self._texts(count):
            if not first:
                yield pending.encode()
                pending = ","
            pending += text
            first = False
        yield (pending + tail).encode()

    def _cut_tail(self, count: int, partial_tail: bool) -> str:
        if count >= self.total:
            return ""
        separator = "," if count else ""  # an array cut before its first event is just "["
        if not partial_tail:
            return separator
        following = next(islice(self.indices(), count, None))
        text = render_event(self.notification_id, self.event_type, following, self.unknown_every)
        return separator + text[: len(text) // 2]

    def _texts(self, count: int) -> Iterator[str]:
        code = _KIND_CODES[self.event_type]
        normal = _template(self.notification_id, self.event_type, code)
        per_chunk = max(1, CHUNK_BYTES // len(normal % (0, BASE_MS)))
        every = self.unknown_every
        unknown = _template(self.notification_id, UNKNOWN_TYPE, code, _UNKNOWN_MEMBER)
        order = self.indices()
        base = BASE_MS
        while count > 0:
            batch = islice(order, min(per_chunk, count))
            count -= per_chunk
            if every is None:
                yield ",".join([normal % (i, base + i // 3 * 1000) for i in batch])
            else:
                yield ",".join(
                    [(unknown if (i + 1) % every == 0 else normal) % (i, base + i // 3 * 1000) for i in batch]
                )


class EventSettings:
    """How many events each notification has, and which notifications mix in unknown types."""

    def __init__(self, default_count: int) -> None:
        if default_count < 0:
            raise ValueError("event_count must be >= 0")
        self.default_count = default_count
        self._counts: dict[int, int] = {}
        self._unknown_every: dict[int, int] = {}

    def count(self, notification_id: int) -> int:
        """Events per kind for this notification."""
        return self._counts.get(notification_id, self.default_count)

    def set_count(self, notification_id: int, count: int) -> None:
        """Change the number of events of every kind of one notification."""
        if count < 0:
            raise ValueError("event count must be >= 0")
        self._counts[notification_id] = count

    def unknown_every(self, notification_id: int) -> int | None:
        """Every how many events an unknown `type` appears, or None."""
        return self._unknown_every.get(notification_id)

    def set_unknown_every(self, notification_id: int, every: int | None) -> None:
        """Turn the unknown-type mode on (every k-th event) or off (None)."""
        if every is None:
            self._unknown_every.pop(notification_id, None)
        elif every < 1:
            raise ValueError("every must be >= 1 or None")
        else:
            self._unknown_every[notification_id] = every
