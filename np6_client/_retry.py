"""When a failed attempt may be sent again, and how long to wait first.

The rule that keeps sends single: a method that changes state (POST, PATCH) is retried only when
NP6 provably did not act on it, i.e. the connection was never made or NP6 answered 429.
"""

from __future__ import annotations

import random
import time
from collections.abc import Mapping
from datetime import UTC

import httpx
from dateutil import parser as date_parser

from ._options import ClientOptions, ResetStyle
from ._ratelimit import Quota

IDEMPOTENT_METHODS = frozenset({"GET", "PUT", "DELETE", "HEAD", "OPTIONS"})
RETRYABLE_STATUSES = frozenset({408, 500, 502, 503, 504})
NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_EPOCH_THRESHOLD = 1_000_000_000


def may_retry_error(method: str, error: httpx.TransportError) -> bool:
    """A transport failure: always if the request never left, else only for idempotent methods."""
    return isinstance(error, NOT_SENT_ERRORS) or method in IDEMPOTENT_METHODS


def may_retry_status(method: str, status: int) -> bool:
    """429 means NP6 refused without acting; 5xx and 408 may hide a completed change."""
    if status == 429:
        return True
    return status in RETRYABLE_STATUSES and method in IDEMPOTENT_METHODS


def backoff(attempt: int, options: ClientOptions) -> float:
    """Exponential backoff with full jitter (attempt counts from 1)."""
    ceiling = min(options.backoff_cap, options.backoff_base * 2 ** (attempt - 1))
    return random.uniform(0, ceiling)


def parse_retry_after(value: str, *, now: float | None = None) -> float | None:
    """Seconds to wait from a `Retry-After` value: delta seconds or any HTTP date form.

    dateutil reads the three date forms HTTP allows (IMF-fixdate, RFC 850, asctime).
    """
    value = value.strip()
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = date_parser.parse(value)
    except (ValueError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


def parse_reset(value: str, style: ResetStyle, *, now: float | None = None) -> float | None:
    """Seconds until `X-RateLimit-Reset`, read as a delta or as epoch seconds."""
    try:
        number = float(value.strip())
    except ValueError:
        return None
    is_epoch = style == "epoch" or (style == "auto" and number >= _EPOCH_THRESHOLD)
    if not is_epoch:
        return max(0.0, number)
    current = time.time() if now is None else now
    return max(0.0, number - current)


def rate_limit_wait(headers: Mapping[str, str], options: ClientOptions) -> float | None:
    """What NP6 asked for: `Retry-After`, else the time to `X-RateLimit-Reset`; None if neither."""
    retry_after = headers.get("retry-after")
    if retry_after is not None:
        seconds = parse_retry_after(retry_after)
        if seconds is not None:
            return seconds
    reset = headers.get("x-ratelimit-reset")
    if reset is not None:
        return parse_reset(reset, options.reset_style)
    return None


def _int_header(headers: Mapping[str, str], name: str) -> int | None:
    try:
        return int(float(headers[name].strip()))
    except (KeyError, ValueError):
        return None


def read_quota(headers: Mapping[str, str], options: ClientOptions) -> Quota:
    """The `X-RateLimit-*` headers of one answer (and `Retry-After`), the wait capped by `max_wait`."""
    reset_in = rate_limit_wait(headers, options)
    return Quota(
        limit=_int_header(headers, "x-ratelimit-limit"),
        remaining=_int_header(headers, "x-ratelimit-remaining"),
        reset_in=None if reset_in is None else min(reset_in, options.max_wait),
    )
