"""Where a sorted event stream stands, so that a resumed request delivers each event once.

After a cut, the stream asks again from the last timestamp delivered (`start` is inclusive), so
the answer repeats the events of that timestamp it already delivered: their keys are kept here,
and only theirs, since the events of a timestamp arrive together in ascending order.

The spec does not require an event's `id`, so an event is known by its key: its id when it has
one, else a digest of its content and how many identical events came before it at the same
timestamp (two identical id-less events are two events, the first and the second of their kind).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from typing import TypeVar

from .._generated.types import Unset

T = TypeVar("T")
DIGEST_CHARS = 16
"""Hex characters of a key: 64 bits, so two different events of one timestamp never share one."""


def _timestamp(item: object) -> object:
    return getattr(item, "timestamp", None)


def _content(item: object) -> object:
    to_dict = getattr(item, "to_dict", None)
    return to_dict() if callable(to_dict) else item


class EventKeys:
    """The key of each event of one timestamp, in the order they come; `restart()` at a new timestamp."""

    def __init__(self) -> None:
        self._seen: Counter[str] = Counter()

    def restart(self) -> None:
        """Forget the occurrences counted: the next event starts a timestamp (or a fresh answer)."""
        self._seen.clear()

    def key(self, item: object) -> str:
        """A short digest naming this event among those of its timestamp."""
        event_id = getattr(item, "id", None)
        if event_id is not None and not isinstance(event_id, Unset):
            text = f"id:{event_id}"
        else:
            content = json.dumps(_content(item), sort_keys=True, separators=(",", ":"), default=str)
            self._seen[content] += 1
            text = f"item:{self._seen[content]}:{content}"
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:DIGEST_CHARS]


class ResumePoint:
    """The keys delivered at the last timestamp, and whether a resumed answer is still repeating them."""

    def __init__(self) -> None:
        self._timestamp: object = None
        self._keys: set[str] = set()
        self._delivered_keys = EventKeys()
        self._resumed_keys = EventKeys()
        self.skipping = False

    @property
    def remembered(self) -> int:
        """How many keys are kept: those of one timestamp, so a long stream keeps flat memory."""
        return len(self._keys)

    def remember(self, delivered: Sequence[object]) -> None:
        """Note a batch just delivered, in order: once per batch, not per item."""
        if not delivered:
            return
        timestamp = _timestamp(delivered[-1])
        start = len(delivered)
        while start and _timestamp(delivered[start - 1]) == timestamp:
            start -= 1  # only the run at the last timestamp matters; earlier ones never come again
        if start or timestamp != self._timestamp:
            self._keys = set()
            self._timestamp = timestamp
            self._delivered_keys.restart()
        for item in delivered[start:]:
            self._keys.add(self._delivered_keys.key(item))

    def resume(self) -> None:
        """A resumed answer starts: it repeats the last timestamp's events from the first."""
        self.skipping = True
        self._resumed_keys.restart()

    def unseen(self, items: list[T], last_timestamp: int | None) -> list[T]:
        """`items` without those delivered before the resume; the first later timestamp ends the skipping."""
        kept: list[T] = []
        for number, item in enumerate(items):
            if _timestamp(item) != last_timestamp:
                self.skipping = False
                kept.extend(items[number:])
                break
            if self._resumed_keys.key(item) not in self._keys:
                kept.append(item)
        return kept
