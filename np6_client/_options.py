"""Client settings; a client and its `with_options()` views differ only here."""

from __future__ import annotations

import math
from typing import Any, Literal

import attrs
import httpx

DEFAULT_BASE_URL = "https://api-cm.np6.com"
# The generated client waits forever by default; a service must not.
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=60.0, write=30.0, pool=30.0)

# A whole (non-streamed) answer, decompressed, larger than this is refused; and so is one item of
# a streamed array. Streams themselves may be any length.
DEFAULT_MAX_BODY_BYTES = 64 << 20
DEFAULT_MAX_ITEM_BYTES = 16 << 20

ResetStyle = Literal["auto", "delta", "epoch"]


def _as_timeout(value: httpx.Timeout | float) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def _is_finite(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _finite(_: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    """NaN passes no comparison and infinity every upper one: neither is a number of seconds."""
    if value is not None and not _is_finite(value):
        raise ValueError(f"'{attribute.name}' must be a finite number, not {value!r}")


def _count(_: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"'{attribute.name}' must be an integer, not {value!r}")


def _timeouts(_: Any, attribute: attrs.Attribute[Any], value: httpx.Timeout) -> None:
    for name in ("connect", "read", "write", "pool"):
        part = getattr(value, name)
        if part is not None and not (_is_finite(part) and part >= 0):
            raise ValueError(f"'timeout.{name}' must be None or a finite number of seconds >= 0, not {part!r}")


@attrs.frozen(kw_only=True)
class ClientOptions:
    """Timeouts, retry budget and rate-limit reading for one client or view.

    `reset_style` tells how to read `X-RateLimit-Reset`: "auto" takes values above one billion as
    epoch seconds and smaller ones as seconds from now.

    `deadline` bounds one call from start to answer, every wait included (limiter slots and
    pauses, each attempt, backoff sleeps); None means `max_total_wait` plus the longest single
    timeout. Two attempts of one call are never closer than `min_retry_delay` seconds.

    `max_body_bytes` caps a whole answer once decompressed (`ResponseTooLargeError` past it) and
    `max_item_bytes` one item of a streamed array; an error answer is read up to 64 KiB only.
    """

    timeout: httpx.Timeout = attrs.field(default=DEFAULT_TIMEOUT, converter=_as_timeout, validator=_timeouts)
    max_retries: int = attrs.field(default=3, validator=[_count, attrs.validators.ge(0)])
    max_rate_limit_retries: int = attrs.field(default=20, validator=[_count, attrs.validators.ge(0)])
    backoff_base: float = attrs.field(default=0.5, validator=[_finite, attrs.validators.ge(0)])
    backoff_cap: float = attrs.field(default=20.0, validator=[_finite, attrs.validators.ge(0)])
    max_wait: float = attrs.field(default=60.0, validator=[_finite, attrs.validators.ge(0)])
    max_total_wait: float = attrs.field(default=300.0, validator=[_finite, attrs.validators.ge(0)])
    min_retry_delay: float = attrs.field(default=0.05, validator=[_finite, attrs.validators.gt(0)])
    deadline: float | None = attrs.field(
        default=None, validator=[_finite, attrs.validators.optional(attrs.validators.gt(0))]
    )
    reset_style: ResetStyle = "auto"
    resume_streams: bool = True
    max_body_bytes: int = attrs.field(default=DEFAULT_MAX_BODY_BYTES, validator=attrs.validators.gt(0))
    max_item_bytes: int = attrs.field(default=DEFAULT_MAX_ITEM_BYTES, validator=attrs.validators.gt(0))

    def call_budget(self) -> float:
        """Seconds one call may take in all: `deadline`, else the retry waits plus one attempt's longest timeout."""
        if self.deadline is not None:
            return self.deadline
        timeouts = (self.timeout.connect, self.timeout.read, self.timeout.write, self.timeout.pool)
        return self.max_total_wait + max((t for t in timeouts if t is not None), default=0.0)
