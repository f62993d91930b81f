"""The fake's clock: dates of created items, timestamps of events, and which events exist yet.

It follows the wall clock until a test sets it; a set clock stands still until it is advanced
or told to run again, so that a test decides when a recipient's open or bounce arrives.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def to_ms(moment: datetime) -> int:
    """Milliseconds since the Unix epoch, as NP6 stamps events."""
    return (moment - _EPOCH) // timedelta(milliseconds=1)


def from_ms(ms: int) -> datetime:
    """The UTC moment of an epoch-milliseconds timestamp."""
    return _EPOCH + timedelta(milliseconds=ms)


class FakeClock:
    """A clock tests can set, advance and let run; thread-safe (the server thread reads it)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._frozen_at: datetime | None = None
        self._offset = timedelta()

    def now(self) -> datetime:
        """The fake's current moment (UTC, millisecond precision)."""
        with self._lock:
            moment = self._frozen_at or datetime.fromtimestamp(time.time(), UTC) + self._offset
        return moment.replace(microsecond=moment.microsecond // 1000 * 1000)

    def now_ms(self) -> int:
        """The current moment in epoch milliseconds."""
        return to_ms(self.now())

    def set(self, moment: datetime) -> None:
        """Stop the clock at `moment` (naive datetimes are taken as UTC)."""
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        with self._lock:
            self._frozen_at = moment.astimezone(UTC)

    def advance(self, delta: timedelta | float) -> datetime:
        """Move the clock forward by `delta` (seconds or a timedelta); answers the new moment."""
        step = delta if isinstance(delta, timedelta) else timedelta(seconds=delta)
        if step < timedelta():
            raise ValueError("the fake's clock only moves forward")
        with self._lock:
            if self._frozen_at is not None:
                self._frozen_at += step
            else:
                self._offset += step
        return self.now()

    def run(self) -> None:
        """Let a set clock run again from where it stands."""
        with self._lock:
            if self._frozen_at is not None:
                self._offset = self._frozen_at - datetime.fromtimestamp(time.time(), UTC)
                self._frozen_at = None

    @property
    def is_running(self) -> bool:
        """Whether the clock follows the wall clock."""
        return self._frozen_at is None
