"""Numbers in headers are hostile: junk, signs, infinities and past dates never start a burst or a crash."""

import email.utils
import random
from collections.abc import AsyncIterator

import httpx
import pytest

from np6_client import APIConnectionError, ClientOptions, NP6Client, Quota
from np6_client._transport.retry import parse_reset, parse_retry_after, rate_limit_wait, read_quota
from np6_client.api import segment

KEY = "sk-numbers-secret-5"
NOW = email.utils.parsedate_to_datetime("Fri, 15 Jan 2027 08:00:00 GMT").timestamp()
FLOOR = 0.01
OPTIONS = ClientOptions(
    backoff_base=0.04, backoff_cap=0.04, min_retry_delay=FLOOR, max_wait=5.0, max_rate_limit_retries=20
)


class OpenLimiter:
    """Lets every attempt through at once, so only the transport's own waits are recorded."""

    def __init__(self) -> None:
        self.observed: list[Quota] = []

    async def acquire(self) -> None:
        return None

    def release(self) -> None:
        return None

    def pause_for(self, seconds: float) -> None:
        return None

    def observe(self, quota: Quota, *, refused: bool) -> None:
        self.observed.append(quota)


def answering(*responses: httpx.Response) -> httpx.MockTransport:
    queue = list(responses)

    def handler(_: httpx.Request) -> httpx.Response:
        return queue.pop(0) if len(queue) > 1 else queue[0]

    return httpx.MockTransport(handler)


def client(transport: httpx.AsyncBaseTransport, limiter: OpenLimiter | None = None) -> NP6Client:
    return NP6Client(api_key=KEY, transport=transport, options=OPTIONS, limiter=limiter or OpenLimiter())


JUNK_RETRY_AFTER = [
    "-1",
    "nan",
    "inf",
    "-inf",
    "1e3",
    "1.5",
    "+5",
    "0",
    "0x10",
    "tomorrow",
    "5 seconds",
    "2027-01-15T08:00:10Z",  # ISO 8601 is no HTTP-date
    "Fri, 15 Jan 2027 08:00:10",  # no GMT
    "Fri, 32 Jan 2027 08:00:10 GMT",  # no such day
    "Fri, 15 Jan 2016 07:59:00 GMT",  # long past
    "Friday, 15-Jan-16 07:59:00 GMT",
    "Fri Jan 15 07:59:00 2016",
    "",
]


@pytest.mark.parametrize("value", JUNK_RETRY_AFTER)
def test_an_unusable_retry_after_is_absent(value: str) -> None:
    assert parse_retry_after(value, now=NOW) is None


@pytest.mark.parametrize("value", ["-5", "nan", "inf", "1.5", "x", str(int(NOW) - 10), ""])
def test_an_unusable_or_past_reset_is_absent(value: str) -> None:
    assert parse_reset(value, "auto", now=NOW) is None


def test_a_huge_wait_is_read_as_far_future_then_capped_by_max_wait() -> None:
    assert parse_retry_after("9" * 5000, now=NOW) == pytest.approx(1e12)
    assert read_quota(httpx.Headers({"retry-after": "9" * 5000}), OPTIONS).reset_in == OPTIONS.max_wait


@pytest.mark.parametrize("value", ["inf", "nan", "-3", "1e999", "9" * 5000, "12abc"])
def test_counts_are_digits_only_and_capped(value: str) -> None:
    quota = read_quota(httpx.Headers({"x-ratelimit-remaining": value, "x-ratelimit-limit": value}), OPTIONS)
    if value.isdigit():
        assert quota.remaining == quota.limit == 1_000_000_000
    else:
        assert quota.remaining is None and quota.limit is None


@pytest.mark.parametrize("value", JUNK_RETRY_AFTER)
async def test_a_429_with_junk_retry_after_backs_off_exponentially_above_the_floor(
    sleeps: list[float], value: str
) -> None:
    refused = httpx.Response(429, headers={"retry-after": value, "x-ratelimit-reset": "-1"})
    np6 = client(answering(refused, refused, refused, httpx.Response(200, json=["A"])))
    assert await segment.list_segment_targets.asyncio(1, client=np6) == ["A"]
    assert len(sleeps) == 3
    assert all(FLOOR <= wait <= OPTIONS.backoff_cap for wait in sleeps)


async def test_twenty_refusals_saying_wait_zero_never_come_closer_than_the_floor(
    sleeps: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(random, "uniform", lambda low, high: low)  # the unluckiest jitter: no wait at all
    refused = httpx.Response(429, headers={"retry-after": "0", "x-ratelimit-reset": "0"})
    np6 = client(answering(*[refused] * 20, httpx.Response(200, json=[])))
    assert await segment.list_segment_targets.asyncio(1, client=np6) == []
    assert sleeps == [FLOOR] * 20


async def test_a_valid_retry_after_is_obeyed_and_capped(sleeps: list[float]) -> None:
    np6 = client(
        answering(
            httpx.Response(429, headers={"retry-after": "2"}),
            httpx.Response(429, headers={"retry-after": "3600"}),
            httpx.Response(200, json=[]),
        )
    )
    await segment.list_segment_targets.asyncio(1, client=np6)
    assert sleeps == [2.0, OPTIONS.max_wait]


async def test_infinite_remaining_does_not_crash_and_is_capped(sleeps: list[float]) -> None:
    limiter = OpenLimiter()
    headers = {"x-ratelimit-remaining": "inf", "x-ratelimit-limit": "1e999", "x-ratelimit-reset": "nan"}
    np6 = client(answering(httpx.Response(200, json=["A"], headers=headers)), limiter)
    assert await segment.list_segment_targets.asyncio(1, client=np6) == ["A"]
    assert limiter.observed == [Quota()]


def test_the_floor_must_be_positive() -> None:
    with pytest.raises(ValueError, match="min_retry_delay"):
        ClientOptions(min_retry_delay=0)


class TrackedStream(httpx.AsyncByteStream):
    def __init__(self) -> None:
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"[]"

    async def aclose(self) -> None:
        self.closed = True


class BrokenObserver(OpenLimiter):
    def observe(self, quota: Quota, *, refused: bool) -> None:
        raise OverflowError("cannot convert float infinity to integer")


async def test_a_streamed_answer_is_closed_when_reading_its_headers_fails() -> None:
    body = TrackedStream()
    transport = httpx.MockTransport(lambda _: httpx.Response(200, stream=body))
    np6 = client(transport, BrokenObserver())
    request = np6.get_async_httpx_client().build_request("GET", "/segments/1/targets", extensions={"np6_stream": True})
    with pytest.raises(APIConnectionError) as info:
        await np6.get_async_httpx_client().send(request, stream=True)
    assert body.closed
    assert isinstance(info.value.__cause__, OverflowError)


def test_digit_strings_up_to_twelve_digits_are_read_exactly_longer_ones_as_far_future() -> None:
    assert parse_retry_after("1" * 12, now=NOW) == 111_111_111_111.0
    assert parse_retry_after("1" * 13, now=NOW) == 1e12
    assert parse_reset("1" * 12, "delta", now=NOW) == 111_111_111_111.0
    assert parse_reset("1" * 13, "delta", now=NOW) == 1e12


def test_an_http_date_exactly_now_or_just_ahead() -> None:
    date = "Fri, 15 Jan 2027 08:00:00 GMT"
    assert parse_retry_after(date, now=NOW) is None
    assert parse_retry_after(date, now=NOW - 0.5) == pytest.approx(0.5)


def test_an_asctime_date_is_gmt_whatever_the_local_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        assert parse_retry_after("Fri Jan 15 08:00:10 2027", now=NOW) == pytest.approx(10.0)
    finally:
        monkeypatch.undo()
        time.tzset()


def test_reset_edges() -> None:
    import time

    assert parse_reset("0", "delta", now=NOW) is None
    assert parse_reset("1000000000", "auto", now=NOW) is None  # the threshold itself is an epoch, long past
    assert parse_reset(str(int(NOW)), "epoch", now=NOW - 0.5) == pytest.approx(0.5)
    soon = parse_reset(str(int(time.time()) + 100), "epoch")  # against the real clock
    assert soon is not None and 98 < soon <= 100


def test_the_reset_style_option_is_applied() -> None:
    import time

    epoch = str(int(time.time()) + 50)
    wait = rate_limit_wait(httpx.Headers({"x-ratelimit-reset": "500"}), ClientOptions(reset_style="epoch"))
    assert wait is None  # 500 s after 1970 is long past
    wait = rate_limit_wait(httpx.Headers({"x-ratelimit-reset": epoch}), ClientOptions(reset_style="epoch"))
    assert wait is not None and 48 < wait <= 50
