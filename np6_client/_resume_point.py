"""Where a sorted event stream stands, so that a resumed request delivers each event once.

After a cut, the stream asks again from the last timestamp delivered (`start` is inclusive), so
the answer repeats the events of that timestamp it already delivered: their ids are kept here,
and only theirs, since the events of a timestamp arrive together in ascending order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def _timestamp(item: object) -> object:
    return getattr(item, "timestamp", None)


def _id(item: object) -> object:
    return getattr(item, "id", None)


class ResumePoint:
    """The ids delivered at the last timestamp, and whether a resumed answer is still repeating them."""

    def __init__(self) -> None:
        self._timestamp: object = None
        self._ids: set[object] = set()
        self.skipping = False

    @property
    def remembered(self) -> int:
        """How many ids are kept: those of one timestamp, so a long stream keeps flat memory."""
        return len(self._ids)

    def remember(self, delivered: Sequence[object]) -> None:
        """Note a batch just delivered, in order: once per batch, not per item."""
        if not delivered:
            return
        timestamp = _timestamp(delivered[-1])
        if timestamp != self._timestamp:
            self._ids = set()
            self._timestamp = timestamp
        for item in reversed(delivered):
            if _timestamp(item) != timestamp:
                break
            self._ids.add(_id(item))

    def unseen(self, items: list[T], last_timestamp: int | None) -> list[T]:
        """`items` without those delivered before the resume; the first later timestamp ends the skipping."""
        kept: list[T] = []
        for number, item in enumerate(items):
            if _timestamp(item) != last_timestamp:
                self.skipping = False
                kept.extend(items[number:])
                break
            if _id(item) not in self._ids:
                kept.append(item)
        return kept
