import email.utils
import random

import httpx
import pytest

from np6_client import ClientOptions, Quota
from np6_client._transport.retry import (
    backoff,
    may_have_applied,
    may_retry_error,
    may_retry_status,
    parse_reset,
    parse_retry_after,
    rate_limit_wait,
    read_quota,
    retry_wait,
)

NOW = 1_800_000_000.0


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("7", 7.0),
        ("1", 1.0),  # the shortest wait there is
        (" 12 ", 12.0),
        ("Fri, 15 Jan 2027 08:00:10 GMT", 10.0),  # IMF-fixdate
        ("Friday, 15-Jan-27 08:00:10 GMT", 10.0),  # RFC 850
        ("Fri Jan 15 08:00:10 2027", 10.0),  # asctime
    ],
)
def test_retry_after_accepts_seconds_and_every_http_date_form(value: str, expected: float) -> None:
    now = email.utils.parsedate_to_datetime("Fri, 15 Jan 2027 08:00:00 GMT").timestamp()
    assert parse_retry_after(value, now=now) == pytest.approx(expected)


@pytest.mark.parametrize("value", ["", "soon", "-", "0", "Fri, 15 Jan 2027 07:00:00 GMT"])
def test_retry_after_garbage_is_ignored(value: str) -> None:
    assert parse_retry_after(value, now=NOW) is None


def test_reset_read_as_delta_or_epoch() -> None:
    assert parse_reset("30", "auto", now=NOW) == 30
    assert parse_reset(str(int(NOW) + 12), "auto", now=NOW) == 12
    assert parse_reset("12", "epoch", now=NOW) is None  # an epoch in 1970 is long past: no usable wait
    assert parse_reset(str(int(NOW) + 12), "delta", now=NOW) == int(NOW) + 12
    assert parse_reset("x", "auto", now=NOW) is None


def test_rate_limit_wait_prefers_retry_after_then_reset() -> None:
    options = ClientOptions(reset_style="delta")
    assert rate_limit_wait(httpx.Headers({"retry-after": "3", "x-ratelimit-reset": "9"}), options) == 3
    assert rate_limit_wait(httpx.Headers({"x-ratelimit-reset": "9"}), options) == 9
    assert rate_limit_wait(httpx.Headers({}), options) is None


def test_quota_headers_are_read_and_the_wait_capped() -> None:
    options = ClientOptions(reset_style="delta", max_wait=10)
    headers = {"x-ratelimit-limit": "50", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "4"}
    assert read_quota(httpx.Headers(headers), options) == Quota(limit=50, remaining=0, reset_in=4)
    assert read_quota(httpx.Headers({"retry-after": "3600"}), options) == Quota(reset_in=10)
    assert read_quota(httpx.Headers({"x-ratelimit-limit": "lots"}), options) == Quota()


@pytest.mark.parametrize(
    ("method", "status", "expected"),
    [
        ("GET", 503, True),
        ("PUT", 500, True),
        ("DELETE", 502, True),
        ("POST", 503, False),
        ("PATCH", 500, False),
        ("POST", 429, True),
        ("GET", 429, True),
        ("GET", 409, False),
        ("PUT", 409, False),
        ("GET", 404, False),
        ("GET", 400, False),
    ],
)
def test_status_retry_matrix(method: str, status: int, expected: bool) -> None:
    assert may_retry_status(method, status) is expected


@pytest.mark.parametrize(
    ("method", "error", "expected"),
    [
        ("POST", httpx.ConnectError("refused"), True),
        ("POST", httpx.ConnectTimeout("slow"), True),
        ("POST", httpx.PoolTimeout("busy"), True),
        ("POST", httpx.ReadTimeout("slow"), False),
        ("POST", httpx.RemoteProtocolError("dropped"), False),
        ("PATCH", httpx.ReadError("reset"), False),
        ("GET", httpx.ReadTimeout("slow"), True),
        ("PUT", httpx.RemoteProtocolError("dropped"), True),
        ("GET", httpx.LocalProtocolError("cannot encode"), False),
        ("GET", httpx.UnsupportedProtocol("ftp"), False),
    ],
)
def test_error_retry_matrix(method: str, error: httpx.TransportError, expected: bool) -> None:
    assert may_retry_error(method, error) is expected


def test_backoff_is_full_jitter_under_a_growing_cap() -> None:
    options = ClientOptions(backoff_base=0.5, backoff_cap=4.0)
    for attempt, ceiling in [(1, 0.5), (2, 1.0), (3, 2.0), (4, 4.0), (9, 4.0)]:
        samples = [backoff(attempt, options) for _ in range(200)]
        assert all(0 <= s <= ceiling for s in samples)
        assert max(samples) > ceiling / 2  # spread over the range, not a constant


def test_a_resumption_wait_is_the_jittered_backoff_kept_between_the_floor_and_max_wait(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    options = ClientOptions(backoff_base=1.0, backoff_cap=100.0, min_retry_delay=0.5, max_wait=3.0)
    monkeypatch.setattr(random, "uniform", lambda low, high: high)  # the top of the jitter
    assert [retry_wait(attempt, options) for attempt in (1, 2, 3)] == [1.0, 2.0, 3.0]  # 4.0 capped at max_wait
    monkeypatch.setattr(random, "uniform", lambda low, high: low)  # the bottom of the jitter
    assert retry_wait(1, options) == 0.5  # never under min_retry_delay


def test_backoff_doubling_is_bounded_for_any_attempt_count() -> None:
    options = ClientOptions(backoff_base=0.5, backoff_cap=4.0)
    assert 0 <= backoff(10_000, options) <= 4.0  # no OverflowError from 2 ** 9999 as a float


@pytest.mark.parametrize(
    ("method", "outcome", "expected"),
    [
        ("PUT", httpx.Response(429), False),
        ("PUT", httpx.Response(503), True),
        ("DELETE", httpx.ReadTimeout("lost"), True),
        ("DELETE", httpx.ConnectError("refused"), False),
        ("GET", httpx.ReadTimeout("lost"), False),
        ("HEAD", httpx.Response(503), False),
    ],
)
def test_which_failed_attempts_may_have_changed_something(
    method: str, outcome: httpx.Response | httpx.TransportError, expected: bool
) -> None:
    assert may_have_applied(method, outcome) is expected


def test_quota_headers_are_found_whatever_their_case_and_repeats_are_refused() -> None:
    options = ClientOptions()
    mixed = httpx.Headers([("X-RateLimit-Limit", "50"), ("X-RATELIMIT-REMAINING", "7"), ("Content-Type", "x")])
    assert read_quota(mixed, options) == Quota(limit=50, remaining=7)
    # Two values read as one joined value, which is no number: the header counts as absent.
    repeated = httpx.Headers([("x-ratelimit-remaining", "7"), ("X-RateLimit-Remaining", "9")])
    assert read_quota(repeated, options) == Quota()
    assert read_quota({"x-ratelimit-remaining": "3"}, options) == Quota(remaining=3)
