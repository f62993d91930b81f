"""The transport's decisions, against mocked answers (loopback behaviour is in tests/loopback)."""

import asyncio
import datetime as dt
import json
import logging
import traceback
from collections.abc import AsyncIterator

import attrs
import httpx
import pytest
import respx

from np6_client import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ClientOptions,
    ConflictError,
    InternalServerError,
    InvalidRequestError,
    NotFoundError,
    NP6Client,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    UnsupportedMediaTypeError,
)
from np6_client._transport.call import Call
from np6_client._transport.models import read_response
from np6_client.api import contact, email_sms, notification, segment
from np6_client.models import RenderLinksDefinition

KEY = "sk-transport-secret-42"
BASE = "https://api-cm.np6.com"
FAST = ClientOptions(backoff_base=0.001, backoff_cap=0.002, max_retries=2, min_retry_delay=0.001)


@pytest.fixture
async def np6() -> AsyncIterator[NP6Client]:
    client = NP6Client(api_key=KEY, options=FAST)
    yield client
    await client.aclose()


@respx.mock
async def test_every_request_carries_the_key_and_the_request_keeps_none(np6: NP6Client) -> None:
    route = respx.get(f"{BASE}/segments/3/targets").respond(200, json=["A", "B"])
    assert await segment.list_segment_targets.asyncio(3, client=np6) == ["A", "B"]
    assert route.calls.last.request.headers["x-key"] == KEY
    response = await np6.get_async_httpx_client().get("/segments/3/targets")
    assert "x-key" not in response.request.headers  # stripped once the answer came back


@respx.mock
async def test_key_header_value_on_the_wire(np6: NP6Client) -> None:
    seen: list[str] = []

    def capture(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["X-Key"])
        return httpx.Response(204)

    respx.delete(f"{BASE}/targets/T1").mock(side_effect=capture)
    await contact.delete_target.asyncio("T1", client=np6)
    assert seen == [KEY]


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (415, UnsupportedMediaTypeError),
        (422, UnprocessableEntityError),
        (418, APIStatusError),
        (501, InternalServerError),
    ],
)
@respx.mock
async def test_every_non_2xx_raises_its_typed_error(np6: NP6Client, status: int, error: type[Exception]) -> None:
    respx.get(f"{BASE}/targets/T9").respond(
        status, text="nope " * 100, headers={"x-request-id": "req-77", "X-RateLimit-Remaining": "5"}
    )
    with pytest.raises(error) as info:
        await contact.get_target.asyncio("T9", client=np6)
    exc = info.value
    assert isinstance(exc, APIStatusError)
    assert (exc.status_code, exc.method, exc.path, exc.request_id) == (status, "GET", "/targets/T9", "req-77")
    assert exc.headers == {"x-ratelimit-remaining": "5"}
    assert exc.body_excerpt.startswith("nope nope")
    assert len(exc.body_excerpt) <= 300
    assert exc.response.status_code == status
    assert exc.response.text.startswith("nope")
    assert "x-key" not in exc.response.request.headers


@respx.mock
async def test_get_retries_5xx_then_succeeds(np6: NP6Client) -> None:
    route = respx.get(f"{BASE}/segments/1/targets")
    route.side_effect = [httpx.Response(503), httpx.Response(502), httpx.Response(200, json=["X"])]
    assert await segment.list_segment_targets.asyncio(1, client=np6) == ["X"]
    assert route.call_count == 3


@respx.mock
async def test_get_gives_up_after_max_retries(np6: NP6Client) -> None:
    route = respx.get(f"{BASE}/segments/1/targets").respond(500)
    with pytest.raises(InternalServerError):
        await segment.list_segment_targets.asyncio(1, client=np6)
    assert route.call_count == 1 + FAST.max_retries


@respx.mock
async def test_post_is_never_retried_on_5xx_or_a_dropped_answer(np6: NP6Client) -> None:
    route = respx.post(f"{BASE}/actions/7/render/links")
    route.side_effect = [httpx.Response(500)]
    with pytest.raises(InternalServerError):
        await email_sms.render_action_links.asyncio("7", client=np6, body=RenderLinksDefinition())
    route.side_effect = httpx.RemoteProtocolError("server disconnected")
    with pytest.raises(APIConnectionError):
        await email_sms.render_action_links.asyncio("7", client=np6, body=RenderLinksDefinition())
    assert route.call_count == 2


@respx.mock
async def test_post_is_retried_when_it_provably_never_left(np6: NP6Client) -> None:
    route = respx.post(f"{BASE}/actions/7/render/links")
    route.side_effect = [
        httpx.ConnectError("refused"),
        httpx.Response(429, headers={"Retry-After": "0"}),
        httpx.Response(200, json={"type": "success", "links": ["https://x"]}),
    ]
    result = await email_sms.render_action_links.asyncio("7", client=np6, body=RenderLinksDefinition())
    assert result.links == ["https://x"]
    assert route.call_count == 3


@respx.mock
async def test_conflict_is_never_retried(np6: NP6Client) -> None:
    route = respx.put(f"{BASE}/segments/1/targets").respond(409)
    with pytest.raises(ConflictError):
        await segment.add_segment_targets.asyncio(1, client=np6, body=["A"])
    assert route.call_count == 1


@respx.mock
async def test_rate_limit_budget_then_typed_error() -> None:
    options = ClientOptions(backoff_base=0.001, backoff_cap=0.002, max_rate_limit_retries=3, min_retry_delay=0.001)
    async with NP6Client(api_key=KEY, options=options) as np6:
        route = respx.get(f"{BASE}/segments/1/targets").respond(429, headers={"Retry-After": "0"})
        with pytest.raises(RateLimitError) as info:
            await segment.list_segment_targets.asyncio(1, client=np6)
    assert route.call_count == 4
    assert info.value.retry_after == "0"


@respx.mock
async def test_one_wait_above_the_total_cap_is_not_attempted() -> None:
    options = ClientOptions(max_total_wait=5)
    async with NP6Client(api_key=KEY, options=options) as np6:
        route = respx.get(f"{BASE}/segments/1/targets").respond(429, headers={"Retry-After": "30"})
        with pytest.raises(RateLimitError):
            await asyncio.wait_for(segment.list_segment_targets.asyncio(1, client=np6), timeout=2)
    assert route.call_count == 1


@respx.mock
async def test_too_many_targets_fail_before_sending(np6: NP6Client) -> None:
    route = respx.put(f"{BASE}/segments/1/targets").respond(200, json=51)
    with pytest.raises(InvalidRequestError) as info:
        await segment.add_segment_targets.asyncio(1, client=np6, body=[f"T{i}" for i in range(51)])
    assert info.value.field == "body"
    assert "51 items" in info.value.problem
    assert "50" in info.value.problem
    assert route.call_count == 0


@respx.mock
async def test_wrong_item_type_names_the_item(np6: NP6Client) -> None:
    route = respx.put(f"{BASE}/segments/1/targets").respond(200, json=1)
    with pytest.raises(InvalidRequestError) as info:
        await segment.add_segment_targets.asyncio(1, client=np6, body=["ok", 5])  # type: ignore[list-item]
    assert info.value.field == "body[1]"
    assert route.call_count == 0


@respx.mock
async def test_empty_path_id_fails_before_sending(np6: NP6Client) -> None:
    route = respx.route().respond(200, json={})
    with pytest.raises(InvalidRequestError) as info:
        await contact.get_target.asyncio("", client=np6)
    assert info.value.field == "id"
    assert route.call_count == 0


@respx.mock
async def test_with_options_shares_the_pool_and_overrides_retries(np6: NP6Client) -> None:
    route = respx.get(f"{BASE}/segments/1/targets").respond(503)
    no_retry = np6.with_options(max_retries=0)
    with pytest.raises(InternalServerError):
        await segment.list_segment_targets.asyncio(1, client=no_retry)
    assert route.call_count == 1
    await no_retry.aclose()
    # closing the view left the client's pool usable
    route.side_effect = [httpx.Response(200, json=[])]
    assert await segment.list_segment_targets.asyncio(1, client=np6) == []
    assert np6._http._transport._inner is no_retry._http._transport._inner  # type: ignore[attr-defined]


async def test_own_http_client_keeps_auth_retries_and_errors() -> None:
    calls: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            return httpx.Response(503)
        return httpx.Response(404, json={"error": "gone"})

    async with httpx.AsyncClient(transport=httpx.MockTransport(answer)) as own:
        async with NP6Client(api_key=KEY, http_client=own, options=FAST) as np6:
            with pytest.raises(NotFoundError):
                await contact.get_target.asyncio("T1", client=np6)
        assert not own.is_closed  # the caller owns it
    assert len(calls) == 2
    assert all(c.url.host == "api-cm.np6.com" for c in calls)


@respx.mock
async def test_no_key_in_logs_errors_or_tracebacks(np6: NP6Client, caplog: pytest.LogCaptureFixture) -> None:
    respx.get(f"{BASE}/targets/T1").side_effect = [httpx.Response(500), httpx.Response(401, text="bad key")]
    respx.get(f"{BASE}/targets/T2").respond(200, json={"id": "T2"})
    caplog.set_level(logging.DEBUG)
    with pytest.raises(AuthenticationError) as info:
        await contact.get_target.asyncio("T1", client=np6)
    await contact.get_target.asyncio("T2", client=np6)
    assert caplog.records, "expected DEBUG records from httpx/np6_client"
    for record in caplog.records:
        assert KEY not in record.getMessage()
    exc = info.value
    text = "".join(traceback.TracebackException.from_exception(exc, capture_locals=True).format())
    assert KEY not in text
    assert KEY not in repr(exc.args)
    assert KEY not in json.dumps(vars(exc), default=repr)


@respx.mock
@pytest.mark.parametrize(
    ("start", "problem"),
    [
        (dt.datetime(2024, 1, 15, 9, 30), "needs a UTC offset"),  # naive: a different instant at NP6
        ("yesterday", "neither an ISO 8601 date-time nor milliseconds"),
    ],
)
async def test_naive_datetimes_fail_before_sending(np6: NP6Client, start: dt.datetime | str, problem: str) -> None:
    route = respx.get(f"{BASE}/notifications/1/events/activations").respond(200, json=[])
    with pytest.raises(InvalidRequestError) as info:
        await notification.list_notification_activations.asyncio(1, client=np6, start=start)  # type: ignore[arg-type]
    assert info.value.field == "start"
    assert problem in info.value.problem
    assert route.call_count == 0


@respx.mock
@pytest.mark.parametrize("start", [dt.datetime(2024, 1, 15, 9, 30, tzinfo=dt.UTC), 1_705_311_000_000])
async def test_aware_datetimes_and_milliseconds_are_sent(np6: NP6Client, start: dt.datetime | int) -> None:
    route = respx.get(f"{BASE}/notifications/1/events/activations").respond(200, json=[])
    await notification.list_notification_activations.asyncio(1, client=np6, start=start)
    assert route.calls.last.request.url.params["start"] in {"2024-01-15T09:30:00+00:00", "1705311000000"}


@respx.mock
async def test_a_429_naming_only_its_reset_is_not_retried_when_that_reset_is_beyond_max_total_wait() -> None:
    route = respx.get(f"{BASE}/custom").mock(
        side_effect=[httpx.Response(429, headers={"x-ratelimit-reset": "3"}), httpx.Response(200, json=[])]
    )
    options = attrs.evolve(FAST, reset_style="delta", max_total_wait=2.5)  # a backoff alone would retry at once
    async with NP6Client(api_key=KEY, options=options) as np6:
        with pytest.raises(RateLimitError):
            await np6.request("GET", "/custom")
    assert route.call_count == 1


async def test_an_answer_that_arrived_whole_is_closed_once_read_as_a_streamed_one_is() -> None:
    class Whole(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            return read_response(200, [(b"Content-Length", b"9")], b'["A","B"]', request, {})

    async with NP6Client(api_key=KEY, transport=Whole()) as np6:
        sent = await np6.send_call(Call("GET"), {"method": "GET", "url": "/segments/3/targets"})
    assert (sent.is_closed, sent.json()) == (True, ["A", "B"])
