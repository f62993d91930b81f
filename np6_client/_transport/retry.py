"""When a failed attempt may be sent again, and how long to wait first.

The rule that keeps sends single: a method that changes state (POST, PATCH) is retried only when
NP6 provably did not act on it, i.e. the connection was never made or NP6 answered 429.
"""

from __future__ import annotations

import email.utils
import random
import re
import time
from collections.abc import Mapping
from datetime import UTC

import httpx

from .._constants import RATE_LIMIT_HEADERS
from .._options import ClientOptions, ResetStyle
from .._ratelimit.limiter import Quota

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
IDEMPOTENT_METHODS = frozenset({"GET", "PUT", "DELETE", "HEAD", "OPTIONS"})
RETRYABLE_STATUSES = frozenset({408, 500, 502, 503, 504})
NEVER_RETRIED_ERRORS = (httpx.LocalProtocolError, httpx.UnsupportedProtocol)
NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_EPOCH_THRESHOLD = 1_000_000_000
_DIGITS = re.compile(r"[0-9]+", re.ASCII)
_MAX_DIGITS = 12  # about 30 000 years in seconds: longer is "far future" and gets capped by max_wait
_FAR_FUTURE = 1e12
_MAX_COUNT = 1_000_000_000
_MAX_DOUBLINGS = 60
_DAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_LONG_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_TIME = r"[0-9]{2}:[0-9]{2}:[0-9]{2}"
# IMF-fixdate, RFC 850 and asctime, the three forms of RFC 9110 section 5.6.7.
_HTTP_DATE = re.compile(
    rf"{_DAY}, [0-9]{{2}} {_MONTH} [0-9]{{4}} {_TIME} GMT"
    rf"|{_LONG_DAY}, [0-9]{{2}}-{_MONTH}-[0-9]{{2}} {_TIME} GMT"
    rf"|{_DAY} {_MONTH} [ 0-9][0-9] {_TIME} [0-9]{{4}}",
    re.ASCII,
)


def may_retry_error(method: str, error: httpx.TransportError) -> bool:
    """A transport failure: always if the request never left, else only for idempotent methods.

    A request that cannot be encoded would fail the same way again.
    """
    if isinstance(error, NEVER_RETRIED_ERRORS):
        return False
    return isinstance(error, NOT_SENT_ERRORS) or method in IDEMPOTENT_METHODS


def may_retry_status(method: str, status: int) -> bool:
    """429 means NP6 refused without acting; 5xx and 408 may hide a completed change."""
    if status == 429:
        return True
    return status in RETRYABLE_STATUSES and method in IDEMPOTENT_METHODS


def may_have_applied(method: str, outcome: httpx.Response | httpx.TransportError) -> bool:
    """Whether a failed attempt that is about to be retried may have changed something at NP6.

    A 429 or a connection never made did nothing; a lost answer or a 5xx to a PUT or DELETE may
    hide a completed change, so the retry's answer describes the retry only.
    """
    if method in SAFE_METHODS:
        return False
    if isinstance(outcome, httpx.Response):
        return outcome.status_code != 429
    return not isinstance(outcome, NOT_SENT_ERRORS)


def backoff(attempt: int, options: ClientOptions) -> float:
    """Exponential backoff with full jitter (attempt counts from 1); the transport adds the floor."""
    ceiling = min(options.backoff_cap, options.backoff_base * 2 ** min(attempt - 1, _MAX_DOUBLINGS))
    return random.uniform(0, ceiling)


def bounded_wait(wait: float, options: ClientOptions) -> float:
    """A wait between two attempts of one call: at least `min_retry_delay`, at most `max_wait`."""
    return max(options.min_retry_delay, min(wait, options.max_wait))


def retry_wait(attempt: int, options: ClientOptions) -> float:
    """The wait before retry number `attempt` (from 1) when the answer asked for none."""
    return bounded_wait(backoff(attempt, options), options)


def parse_retry_after(value: str, *, now: float | None = None) -> float | None:
    """Seconds to wait from a `Retry-After` value, or None when it tells nothing usable.

    RFC 9110 allows delay-seconds (digits only) or an HTTP-date in one of three forms; anything
    else (a sign, a fraction, `nan`, words) is junk. A zero wait or a date already past says
    nothing about how long to back off, so it counts as absent too.
    """
    value = value.strip()
    if _DIGITS.fullmatch(value):
        seconds = _FAR_FUTURE if len(value) > _MAX_DIGITS else float(value)
        return seconds if seconds > 0 else None
    if not _HTTP_DATE.fullmatch(value):
        return None
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (ValueError, OverflowError):  # a day or hour that does not exist
        return None
    when = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()  # asctime dates are GMT
    current = time.time() if now is None else now
    delay = when - current
    return delay if delay > 0 else None


def parse_reset(value: str, style: ResetStyle, *, now: float | None = None) -> float | None:
    """Seconds until `X-RateLimit-Reset` (a delta or epoch seconds), None when unusable or past."""
    value = value.strip()
    if not _DIGITS.fullmatch(value):
        return None
    number = _FAR_FUTURE if len(value) > _MAX_DIGITS else float(value)
    is_epoch = style == "epoch" or (style == "auto" and number >= _EPOCH_THRESHOLD)
    if is_epoch:
        number -= time.time() if now is None else now
    return number if number > 0 else None


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


def _count_header(headers: Mapping[str, str], name: str) -> int | None:
    """A non-negative count, capped so no later arithmetic can overflow; None when not digits."""
    value = headers.get(name)
    if value is None:
        return None
    value = value.strip()
    if not _DIGITS.fullmatch(value):
        return None
    return _MAX_COUNT if len(value) > _MAX_DIGITS else min(int(value), _MAX_COUNT)


_QUOTA_HEADERS = frozenset(RATE_LIMIT_HEADERS)


def _quota_headers(headers: Mapping[str, str]) -> Mapping[str, str]:
    """The rate-limit headers of an answer in one pass (each lookup in `httpx.Headers` scans them all).

    Repeated headers are joined with ", " as `httpx.Headers.get` joins them.
    """
    if not isinstance(headers, httpx.Headers):
        return headers
    found: dict[str, str] = {}
    for name, value in headers.multi_items():
        if name in _QUOTA_HEADERS:
            found[name] = f"{found[name]}, {value}" if name in found else value
    return found


def read_quota(headers: Mapping[str, str], options: ClientOptions) -> Quota:
    """The `X-RateLimit-*` headers of one answer (and `Retry-After`), the wait capped by `max_wait`."""
    headers = _quota_headers(headers)
    reset_in = rate_limit_wait(headers, options)
    return Quota(
        limit=_count_header(headers, "x-ratelimit-limit"),
        remaining=_count_header(headers, "x-ratelimit-remaining"),
        reset_in=None if reset_in is None else min(reset_in, options.max_wait),
    )
