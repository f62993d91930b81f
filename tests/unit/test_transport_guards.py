"""Guards of the transport that no other test would miss if they went: slots, reports, timeouts, closes."""

import asyncio
import logging
import random
import traceback
from collections.abc import AsyncIterator

import attrs
import httpx
import pytest

from np6_client import (
    DEFAULT_TIMEOUT,
    APIConnectionError,
    APIKey,
    APITimeoutError,
    ClientOptions,
    ConfigurationError,
    InProcessRateLimiter,
    InternalServerError,
    InvalidRequestError,
    MalformedResponseError,
    NotFoundError,
    NP6Client,
    Observer,
    PauseBegun,
    Quota,
    RateLimitError,
)
from np6_client._transport.seam import Lifecycle, NP6Transport
from np6_client.api import segment

KEY = "sk-guards-secret-4"
FAST = ClientOptions(backoff_base=0.001, backoff_cap=0.002, max_retries=1, min_retry_delay=0.001, deadline=5)


class RecordingLimiter:
    def __init__(self) -> None:
        self.held = 0
        self.events: list[tuple[str, object]] = []

    async def acquire(self) -> None:
        self.held += 1

    def release(self) -> None:
        self.held -= 1

    def pause_for(self, seconds: float) -> None:
        self.events.append(("pause", seconds))

    def observe(self, quota: Quota, *, refused: bool) -> None:
        self.events.append(("observe", refused))


def answering(*responses: httpx.Response | Exception) -> httpx.MockTransport:
    queue = list(responses)

    def handler(_: httpx.Request) -> httpx.Response:
        item = queue.pop(0)
        if isinstance(item, Exception):
            raise item
        return item

    return httpx.MockTransport(handler)


async def test_every_slot_is_given_back_on_success_error_and_retry() -> None:
    limiter = RecordingLimiter()
    transport = answering(httpx.ConnectError("refused"), httpx.Response(200, json=[]), httpx.Response(404))
    np6 = NP6Client(api_key=KEY, transport=transport, limiter=limiter, options=FAST)
    assert await segment.list_segment_targets.asyncio(1, client=np6) == []
    assert limiter.held == 0
    with pytest.raises(NotFoundError) as info:
        await segment.list_segment_targets.asyncio(1, client=np6)
    assert info.value.status_code == 404
    assert info.value.uncertain is False  # a GET changes nothing: the answer is the whole truth
    assert limiter.held == 0


async def test_a_429_is_reported_to_the_limiter_as_refused_and_pauses_everyone() -> None:
    limiter = RecordingLimiter()
    transport = answering(httpx.Response(429, headers={"retry-after": "1"}), httpx.Response(200, json=[]))
    np6 = NP6Client(api_key=KEY, transport=transport, limiter=limiter, options=attrs.evolve(FAST, max_wait=0.01))
    await segment.list_segment_targets.asyncio(1, client=np6)
    assert limiter.events == [("observe", True), ("pause", 0.01), ("observe", False)]


async def test_a_429_pause_is_told_with_the_call_that_met_it(sleeps: list[float]) -> None:
    begun: list[PauseBegun] = []

    class Recorder(Observer):
        def pause_begun(self, event: PauseBegun) -> None:
            begun.append(event)

    transport = answering(httpx.Response(429, headers={"retry-after": "3"}), httpx.Response(200, json=[]))
    np6 = NP6Client(api_key=KEY, transport=transport, limiter=RecordingLimiter(), options=FAST, observer=Recorder())
    await segment.list_segment_targets.asyncio(1, client=np6)
    assert sleeps == [3.0]
    assert np6.rate_limit.pause_reason == "HTTP 429 on GET /segments/{id}/targets"
    assert begun == [PauseBegun("GET", "/segments/{id}/targets", 3.0)]


class IdleLimiter(RecordingLimiter):
    idle = True  # would learn nothing from an answer without rate-limit headers


async def test_a_limiter_that_says_it_is_idle_hears_only_answers_that_tell_it_something() -> None:
    limiter = IdleLimiter()
    transport = answering(
        httpx.Response(200, json=[]),
        httpx.Response(200, json=[], headers={"x-ratelimit-remaining": "5"}),
        httpx.Response(429),
    )
    options = attrs.evolve(FAST, max_rate_limit_retries=0)
    np6 = NP6Client(api_key=KEY, transport=transport, limiter=limiter, options=options)
    for _ in range(2):
        await segment.list_segment_targets.asyncio(1, client=np6)
    with pytest.raises(RateLimitError):
        await segment.list_segment_targets.asyncio(1, client=np6)
    assert limiter.events == [("observe", False), ("observe", True)]


async def test_a_429_the_limiter_pauses_for_is_told_as_a_429_of_that_call() -> None:
    transport = answering(httpx.Response(429, headers={"retry-after": "3"}))
    options = attrs.evolve(FAST, max_rate_limit_retries=0)  # not retried: only the answer itself is told
    async with NP6Client(api_key=KEY, transport=transport, options=options) as np6:
        with pytest.raises(RateLimitError):
            await segment.list_segment_targets.asyncio(1, client=np6)
        assert np6.rate_limit.pause_reason == "HTTP 429 on GET /segments/{id}/targets"


def test_default_timeouts_are_finite_and_the_client_sends_with_them() -> None:
    assert (DEFAULT_TIMEOUT.connect, DEFAULT_TIMEOUT.read, DEFAULT_TIMEOUT.write, DEFAULT_TIMEOUT.pool) == (
        5.0,
        60.0,
        30.0,
        30.0,
    )
    http = NP6Client(api_key=KEY).get_async_httpx_client()
    assert http.timeout == DEFAULT_TIMEOUT
    assert NP6Client(api_key=KEY, timeout=2).get_async_httpx_client().timeout == httpx.Timeout(2)


def test_environment_proxies_are_never_trusted() -> None:
    assert NP6Client(api_key=KEY).get_async_httpx_client().trust_env is False


class FailingBody(httpx.AsyncByteStream):
    def __init__(self) -> None:
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'["A", '
        raise httpx.ReadError("connection reset mid-body")

    async def aclose(self) -> None:
        self.closed = True


async def test_a_response_whose_body_fails_mid_read_is_closed() -> None:
    bodies: list[FailingBody] = []

    def handler(_: httpx.Request) -> httpx.Response:
        bodies.append(FailingBody())
        return httpx.Response(200, stream=bodies[-1])

    np6 = NP6Client(api_key=KEY, transport=httpx.MockTransport(handler), options=FAST)
    with pytest.raises(APIConnectionError, match="ReadError"):
        await segment.list_segment_targets.asyncio(1, client=np6)
    assert len(bodies) == 2  # a GET is retried once
    assert all(body.closed for body in bodies)


BACKOFF = ClientOptions(backoff_base=0.04, backoff_cap=10.0, min_retry_delay=0.001, max_retries=3, deadline=30)


def highest_jitter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(random, "uniform", lambda low, high: high)


async def test_429s_without_a_wait_back_off_from_the_base_and_double(
    sleeps: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    highest_jitter(monkeypatch)
    transport = answering(httpx.Response(429), httpx.Response(429), httpx.Response(200, json=[]))
    np6 = NP6Client(api_key=KEY, transport=transport, limiter=RecordingLimiter(), options=BACKOFF)
    await segment.list_segment_targets.asyncio(1, client=np6)
    assert sleeps == [0.04, 0.08]


async def test_only_a_503_is_asked_how_long_to_wait(sleeps: list[float], monkeypatch: pytest.MonkeyPatch) -> None:
    highest_jitter(monkeypatch)
    transport = answering(
        httpx.Response(500, headers={"retry-after": "3"}),
        httpx.Response(503, headers={"x-ratelimit-reset": "2"}),
        httpx.Response(200, json=[]),
    )
    np6 = NP6Client(api_key=KEY, transport=transport, limiter=RecordingLimiter(), options=BACKOFF)
    await segment.list_segment_targets.asyncio(1, client=np6)
    assert sleeps == [0.04, 2.0]


async def test_a_timeout_after_the_last_retry_is_a_timeout_error_naming_the_call() -> None:
    transport = answering(httpx.ReadTimeout("slow"), httpx.ReadTimeout("slow"))
    np6 = NP6Client(api_key=KEY, transport=transport, limiter=RecordingLimiter(), options=FAST)
    with pytest.raises(APITimeoutError) as info:
        await segment.list_segment_targets.asyncio(1, client=np6)
    assert str(info.value) == "GET /segments/1/targets: ReadTimeout: slow"
    assert (info.value.method, info.value.path, info.value.uncertain) == ("GET", "/segments/1/targets", False)


async def test_a_request_http_cannot_encode_is_named_without_its_text() -> None:
    transport = answering(httpx.LocalProtocolError("Illegal header value b'x'"))
    np6 = NP6Client(api_key=KEY, transport=transport, limiter=RecordingLimiter(), options=FAST)
    with pytest.raises(APIConnectionError) as info:
        await segment.list_segment_targets.asyncio(1, client=np6)
    assert str(info.value) == (
        "GET /segments/1/targets: the request is not valid HTTP (a header or the URL holds a character HTTP forbids)"
    )


async def test_an_unexpected_failure_names_the_call() -> None:
    transport = answering(RuntimeError("bug"))
    np6 = NP6Client(api_key=KEY, transport=transport, limiter=RecordingLimiter(), options=FAST)
    with pytest.raises(APIConnectionError) as info:
        await segment.list_segment_targets.asyncio(1, client=np6)
    assert str(info.value) == "GET /segments/1/targets: the transport failed unexpectedly (RuntimeError)"
    assert (info.value.method, info.value.path) == ("GET", "/segments/1/targets")


def test_a_view_sends_with_its_own_timeout() -> None:
    view = NP6Client(api_key=KEY).with_options(timeout=2)
    assert view.get_async_httpx_client().timeout == httpx.Timeout(2)
    assert view.options.timeout == httpx.Timeout(2)


async def test_connection_errors_back_off_from_the_base_and_double(
    sleeps: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    highest_jitter(monkeypatch)
    transport = answering(httpx.ConnectError("no"), httpx.ConnectError("no"), httpx.Response(200, json=[]))
    np6 = NP6Client(api_key=KEY, transport=transport, limiter=RecordingLimiter(), options=BACKOFF)
    await segment.list_segment_targets.asyncio(1, client=np6)
    assert sleeps == [0.04, 0.08]


@pytest.mark.parametrize(
    ("max_total_wait", "success_at", "calls", "succeeds"),
    [(0.08, 3, 3, True), (0.079, 3, 2, False), (0.1, 4, 3, False)],
)
async def test_the_total_wait_counts_every_retry_and_its_bound_is_inclusive(
    sleeps: list[float],
    monkeypatch: pytest.MonkeyPatch,
    max_total_wait: float,
    success_at: int,
    calls: int,
    succeeds: bool,
) -> None:
    monkeypatch.setattr(random, "uniform", lambda low, high: 0.04)
    sent: list[int] = []

    def handler(_: httpx.Request) -> httpx.Response:
        sent.append(1)
        return httpx.Response(200, json=[]) if len(sent) == success_at else httpx.Response(503)

    options = attrs.evolve(BACKOFF, max_total_wait=max_total_wait, max_retries=5)
    np6 = NP6Client(api_key=KEY, transport=httpx.MockTransport(handler), limiter=RecordingLimiter(), options=options)
    if succeeds:
        assert await segment.list_segment_targets.asyncio(1, client=np6) == []
    else:
        with pytest.raises(InternalServerError):
            await segment.list_segment_targets.asyncio(1, client=np6)
    assert len(sent) == calls


async def test_each_retry_is_logged_with_the_call_the_reason_and_the_wait(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    highest_jitter(monkeypatch)
    caplog.set_level(logging.INFO, logger="np6_client")
    transport = answering(httpx.Response(503), httpx.ConnectError("no"), httpx.Response(200, json=[]))
    np6 = NP6Client(api_key=KEY, transport=transport, limiter=RecordingLimiter(), options=BACKOFF)
    await segment.list_segment_targets.asyncio(1, client=np6)
    assert [r.getMessage() for r in caplog.records if r.name == "np6_client"] == [
        "np6: GET /segments/{id}/targets attempt 1 failed (HTTP 503); retrying in 0.040s",
        "np6: GET /segments/{id}/targets attempt 2 failed (ConnectError); retrying in 0.080s",
    ]


async def test_a_put_whose_only_answer_was_lost_is_an_uncertain_error() -> None:
    transport = answering(httpx.ReadError("lost"))
    np6 = NP6Client(api_key=KEY, transport=transport, options=attrs.evolve(FAST, max_retries=0))
    with pytest.raises(APIConnectionError) as info:
        await segment.add_segment_targets.asyncio(1, client=np6, body=["A"])
    assert info.value.uncertain is True


@pytest.mark.parametrize(
    ("first", "uncertain"),
    [(httpx.ReadError("lost"), True), (httpx.ConnectError("refused"), False)],  # applied perhaps, or never sent
)
async def test_an_error_answer_to_a_retried_put_is_uncertain_when_the_first_may_have_been_applied(
    first: Exception, uncertain: bool
) -> None:
    transport = answering(first, httpx.Response(500))
    np6 = NP6Client(api_key=KEY, transport=transport, limiter=RecordingLimiter(), options=FAST)
    with pytest.raises(InternalServerError) as info:
        await segment.add_segment_targets.asyncio(1, client=np6, body=["A"])
    assert info.value.uncertain is uncertain


async def test_a_post_that_never_reached_np6_is_not_uncertain() -> None:
    transport = answering(httpx.ConnectError("refused"))
    np6 = NP6Client(api_key=KEY, transport=transport, options=attrs.evolve(FAST, max_retries=0))
    with pytest.raises(APIConnectionError) as info:
        await np6.request("POST", "/custom", json={})
    assert info.value.uncertain is False


async def test_a_retry_whose_wait_would_end_at_the_deadline_itself_is_not_made(
    sleeps: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(asyncio.get_running_loop(), "time", lambda: 1000.0)  # the loop's clock stands still
    transport = answering(httpx.Response(429, headers={"retry-after": "3"}), httpx.Response(200, json=[]))
    options = attrs.evolve(FAST, deadline=3.0)
    np6 = NP6Client(api_key=KEY, transport=transport, limiter=RecordingLimiter(), options=options)
    with pytest.raises(RateLimitError):
        await segment.list_segment_targets.asyncio(1, client=np6)
    assert sleeps == []


async def test_an_empty_body_where_an_array_is_due_is_malformed() -> None:
    np6 = NP6Client(api_key=KEY, transport=answering(httpx.Response(200)), options=FAST)
    with pytest.raises(MalformedResponseError, match="expected a JSON array"):
        await segment.list_segment_targets.asyncio(1, client=np6)


async def test_another_host_is_named_in_the_refusal() -> None:
    np6 = NP6Client(api_key=KEY, transport=answering(httpx.Response(200)), options=FAST)
    with pytest.raises(InvalidRequestError) as info:
        await np6.get_async_httpx_client().get("https://other.example.org/segments")
    assert info.value.problem == "'other.example.org' is not the client's base URL host; the key goes only there"


def recording(sent: list[httpx.Request]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=[])

    return httpx.MockTransport(answer)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9999/segments/1/targets",  # another port
        "https://127.0.0.1:8080/segments/1/targets",  # another scheme
        "http://localhost:8080/segments/1/targets",  # another name for the same machine
    ],
)
async def test_any_origin_but_the_base_urls_is_refused_before_anything_is_sent(url: str) -> None:
    sent: list[httpx.Request] = []
    transport = recording(sent)
    np6 = NP6Client(api_key=KEY, base_url="http://127.0.0.1:8080", transport=transport, options=FAST)
    with pytest.raises(InvalidRequestError, match="not the client's base URL host") as info:
        await np6.get_async_httpx_client().get(url)
    assert info.value.field == "url"
    assert sent == []
    await np6.get_async_httpx_client().get("http://127.0.0.1:8080/segments/1/targets")
    assert [str(request.url) for request in sent] == ["http://127.0.0.1:8080/segments/1/targets"]


async def test_credentials_in_the_url_do_not_change_the_origin_it_is_judged_by() -> None:
    sent: list[httpx.Request] = []
    transport = recording(sent)
    np6 = NP6Client(api_key=KEY, base_url="http://127.0.0.1:8080", transport=transport, options=FAST)
    with pytest.raises(InvalidRequestError, match=r"'evil\.example' is not the client's base URL host"):
        await np6.get_async_httpx_client().get("http://127.0.0.1:8080@evil.example/segments")
    assert sent == []


def test_the_transport_itself_refuses_a_base_url_the_key_may_not_travel_to() -> None:
    with pytest.raises(ConfigurationError, match="refusing to send the API key over http://"):
        NP6Transport(
            httpx.MockTransport(lambda _: httpx.Response(200)),
            api_key=APIKey(KEY),
            options=FAST,
            limiter=InProcessRateLimiter(),
            owns_inner=False,
            base_url=httpx.URL("http://api-cm.np6.com"),
            lifecycle=Lifecycle(),
        )


async def test_a_corrupt_encoding_is_named_as_such() -> None:
    body = httpx.ByteStream(b"\x1f\x8b\x08\x00" + b"\xff" * 20)
    transport = httpx.MockTransport(lambda _: httpx.Response(200, stream=body, headers={"content-encoding": "gzip"}))
    np6 = NP6Client(api_key=KEY, transport=transport, options=FAST)
    with pytest.raises(MalformedResponseError) as info:
        await segment.list_segment_targets.asyncio(1, client=np6)
    assert "answer could not be parsed (the body's content encoding is corrupt)" in str(info.value)


async def test_a_decoding_error_quoting_the_key_is_scrubbed_from_the_malformed_answer_s_traceback() -> None:
    class Quoting(httpx.AsyncByteStream):
        async def __aiter__(self) -> AsyncIterator[bytes]:
            raise httpx.DecodingError(f"cannot decode the answer sent for {KEY}")
            yield b""  # an async generator

    transport = httpx.MockTransport(lambda _: httpx.Response(200, stream=Quoting()))
    np6 = NP6Client(api_key=KEY, transport=transport, options=FAST)
    with pytest.raises(MalformedResponseError) as info:
        await segment.list_segment_targets.asyncio(1, client=np6)
    rendered = "".join(traceback.format_exception(info.value))
    assert "cannot decode the answer sent for" in rendered
    assert KEY not in rendered


async def test_a_host_header_set_on_the_httpx_client_s_own_request_is_refused_before_sending() -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(200, json=[]))  # type: ignore[func-returns-value]
    np6 = NP6Client(api_key=KEY, transport=transport, options=FAST)
    refused = r"^headers\['Host'\]: set from the base URL; a request may not change it$"
    with pytest.raises(InvalidRequestError, match=refused) as info:
        await np6.get_async_httpx_client().get("/segments/1/targets", headers={"Host": "tenant-b.example"})
    assert info.value.field == "headers['Host']"
    assert sent == []
