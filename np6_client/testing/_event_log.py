"""The events the fake's account recorded (sends and what recipients did), and how exports select them.

Each event is stored once, with what its exports filter on (kind, action, target, the activation it
follows). An event only exists once the fake's clock has reached its timestamp, so a recipient's
open scheduled a minute after a send appears when a test advances the clock by a minute.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

Order = Literal["asc", "desc", "unsorted"]


@dataclass(frozen=True)
class LoggedEvent:
    """One event as exports see it; `body` is its JSON form."""

    seq: int
    timestamp: int
    kind: str
    body: Mapping[str, Any]
    action_id: str | None = None
    target_id: str | None = None
    hit: str | None = None
    activation_ms: int | None = None


@dataclass(frozen=True)
class Window:
    """A half-open time window [start, end) in epoch ms; None leaves a side open."""

    start: int | None = None
    end: int | None = None

    def holds(self, ms: int | None) -> bool:
        """Whether `ms` falls in the window (a missing time only fits an open window)."""
        if ms is None:
            return self.start is None and self.end is None
        return (self.start is None or ms >= self.start) and (self.end is None or ms < self.end)


Selector = Callable[[LoggedEvent], bool]


class EventLog:
    """Every recorded event, in the order they were recorded."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._events: list[LoggedEvent] = []

    def record(self, events: Iterable[LoggedEvent]) -> None:
        """Add events (their timestamps may lie ahead of the clock)."""
        with self._lock:
            self._events.extend(events)

    def next_seq(self) -> int:
        """The sequence number the next recorded event gets."""
        with self._lock:
            return len(self._events)

    def select(
        self, selector: Selector, *, now_ms: int, windows: Iterable[tuple[Window, str]] = (), order: Order = "unsorted"
    ) -> list[Mapping[str, Any]]:
        """The bodies of the events that exist at `now_ms`, match and fall in every window.

        A window applies to the event's own `timestamp` or to the time of its `activation`.
        Unsorted answers keep recording order, which is not timestamp order once recipients react.
        """
        checks = list(windows)
        with self._lock:
            chosen = [
                event
                for event in self._events
                if event.timestamp <= now_ms
                and selector(event)
                and all(window.holds(_time(event, on)) for window, on in checks)
            ]
        if order != "unsorted":
            chosen.sort(key=lambda event: (event.timestamp, event.seq), reverse=order == "desc")
        return [event.body for event in chosen]


def _time(event: LoggedEvent, on: str) -> int | None:
    return event.activation_ms if on == "activation" else event.timestamp
