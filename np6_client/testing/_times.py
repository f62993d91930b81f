"""Reading the time values of queries: `EventTime` (epoch ms or ISO 8601) and date-time filters."""

from __future__ import annotations

from datetime import UTC, datetime

from np6_client._spec.schema_validator import parse_datetime


def moment_ms(text: str) -> int:
    """An `EventTime` query value in milliseconds (integer ms, or an ISO 8601 date-time)."""
    if text.lstrip("+-").isdigit():
        return int(text)
    moment = parse_datetime(text)
    if moment is None:
        raise ValueError(f"not an event time: {text!r}")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    microseconds = (moment - datetime(1970, 1, 1, tzinfo=UTC)) // datetime.resolution
    return -(-microseconds // 1000)
