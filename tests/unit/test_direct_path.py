"""Calls sent without httpx's client machinery put the same bytes on the wire as calls sent through it.

The same operations run against fresh fakes three times: every request built and sent by httpx's
client (as before the direct path), on a client with nothing configured (the direct path), and on
a client whose httpx client has an event hook (built directly, sent by httpx's client). What the
fake's transport receives (method, URL, headers in order, body, extensions) must be the same,
request for request.
"""

from __future__ import annotations

import base64
import datetime
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, NoReturn

import httpx
import pytest

from np6_client import ClientOptions, NP6Client, NP6Error
from np6_client._client import DirectSender
from np6_client.api import contact, notification, segment
from np6_client.models import EventSort, TargetUpdate
from np6_client.testing import FakeNP6

KEY = "direct-path-key"
FAST = ClientOptions(backoff_base=0.001, backoff_cap=0.002, max_retries=0, min_retry_delay=0.001)
Received = tuple[Any, ...]


class Receiving(httpx.AsyncBaseTransport):
    """The fake in process, noting each request as its transport receives it."""

    def __init__(self) -> None:
        self._inner = httpx.ASGITransport(app=FakeNP6(api_keys=(KEY,), event_count=3).app)
        self.received: list[Received] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        url = request.url
        extensions = dict(request.extensions)
        extensions.pop("np6_stream_progress", None)  # a weak reference to the stream, another each time
        attempt = extensions["np6_attempt"]  # its waits, if any, hold the clock's time
        extensions["np6_attempt"] = (attempt.template, attempt.operation_id, attempt.resend_count)
        self.received.append(
            (
                request.method,
                url.scheme,
                url.raw_host,
                url.port,
                url.raw_path,
                list(request.headers.raw),
                body,
                extensions,
                str(url),
            )
        )
        return await self._inner.handle_async_request(request)


Sample = Callable[[NP6Client], Awaitable[object]]


async def _events(np6: NP6Client) -> object:
    stream = notification.list_notification_activations.stream(5, client=np6, sort=EventSort.ASC)
    return [event.id async for event in stream]


async def _raw_events(np6: NP6Client) -> object:
    async with np6.request_stream("GET", "/notifications/{id}/events/activations", path={"id": 5}) as stream:
        return [item async for item in stream]


async def _view(np6: NP6Client) -> object:
    view = np6.with_options(
        extra_headers={"X-Tenant": "t", "user-agent": "mine/1"}, extra_query={"lang": "fr", "region": "eu"}
    )
    view.get_async_httpx_client().event_hooks = np6.get_async_httpx_client().event_hooks  # a view has its own
    return await view.request("DELETE", "/targets/{id}", path={"id": "A2"}, params={"lang": "de", "z": "1"})


SAMPLES: list[Sample] = [
    lambda np6: np6.request("POST", "/anything/{id}", path={"id": 1}, json={"email": "é@x.fr", "n": [1, None]}),
    lambda np6: segment.add_segment_targets.asyncio(4, client=np6, body=["A1", "A 2/é"]),  # PUT, JSON body
    lambda np6: segment.list_segment_targets.asyncio(4, client=np6),  # GET
    lambda np6: contact.get_target.asyncio("a b/é?x=1#f%2F..", client=np6),  # a path value needing encoding
    lambda np6: contact.update_target.asyncio(
        "A1", client=np6, body=TargetUpdate.from_dict({"fields": {}})
    ),  # PUT, a model
    lambda np6: contact.delete_target.asyncio("A1", client=np6),  # DELETE
    lambda np6: contact.find_target_activations.asyncio(client=np6, hash_="h é&=", sort="desc", start=1),  # query
    lambda np6: np6.request("GET", "/segments/{id}/targets", path={"id": 4}, params={"tag": ["x y", "é", 3]}),
    lambda np6: np6.request(
        "PATCH", "/anything/{id}", path={"id": "%zz"}, content=b"\x00raw", content_type="application/octet-stream"
    ),
    lambda np6: np6.request("GET", "/segments/4/targets", timeout=7.5, extra_headers={"X-Trace": "t1"}),
    _view,
    lambda np6: np6.request("GET", "/segments/{id}/targets#part?x", path={"id": 4}),  # httpx's own join
    _events,
    _raw_events,
]
BASES = [
    "https://api-cm.np6.com",
    "https://user:p%40ss@api-cm.np6.com",  # httpx's client turns these into Basic auth
    "https://gateway.example.com/np6/",
    "http://127.0.0.1:8089",
    "http://[::1]:9000/a b",
]


async def _run(base: str, *, hooked: bool = False) -> tuple[list[Received], list[str], int]:
    transport = Receiving()
    outcomes: list[str] = []
    hook_runs = 0
    async with NP6Client(api_key=KEY, base_url=base, transport=transport, options=FAST) as np6:
        http = np6.get_async_httpx_client()
        if hooked:

            async def count(_: httpx.Request) -> None:
                nonlocal hook_runs
                hook_runs += 1

            http.event_hooks["request"].append(count)
        for sample in SAMPLES:
            try:
                outcomes.append(repr(await sample(np6)))
            except NP6Error as exc:
                outcomes.append(type(exc).__name__)
    return transport.received, outcomes, hook_runs


def _through_httpx_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every request built and sent by httpx's client, as before the direct path."""

    def build_request(self: DirectSender, method: str, url: str, **kwargs: Any) -> httpx.Request:
        return self.client.build_request(method, url, **kwargs)

    async def send(self: DirectSender, request: httpx.Request, *, stream: bool = False) -> httpx.Response:
        return await self.client.send(request, stream=stream)

    monkeypatch.setattr(DirectSender, "build_request", build_request)
    monkeypatch.setattr(DirectSender, "send", send)


@pytest.mark.parametrize("base", BASES)
async def test_the_direct_path_sends_what_httpx_client_sends(base: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as patched:
        _through_httpx_only(patched)
        through_httpx, httpx_outcomes, _ = await _run(base)
    hooked, hooked_outcomes, hook_runs = await _run(base, hooked=True)  # built here, sent by httpx's client
    sends: list[httpx.Request] = []
    real_send = httpx.AsyncClient.send

    async def counted(self: httpx.AsyncClient, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        sends.append(request)
        return await real_send(self, request, **kwargs)

    monkeypatch.setattr(httpx.AsyncClient, "send", counted)
    direct, direct_outcomes, _ = await _run(base)
    assert len(through_httpx) == hook_runs == len(SAMPLES)  # every sample was sent once, through the hook too
    assert direct == hooked == through_httpx
    assert direct_outcomes == hooked_outcomes == httpx_outcomes
    credentials = bool(httpx.URL(base).userinfo)
    assert len(sends) == (len(SAMPLES) if credentials else 0)  # else nothing went through httpx's client
    # Independently of the paths: what the first requests must look like.
    method, _, _, _, raw_path, headers, body, extensions, _ = direct[0]
    prefix = httpx.URL(base).raw_path.rstrip(b"/")
    assert (method, raw_path, body) == ("POST", prefix + b"/anything/1", b'{"email":"\xc3\xa9@x.fr","n":[1,null]}')
    assert headers == [
        (b"Host", httpx.URL(base).netloc),
        (b"Accept", b"*/*"),
        (b"Connection", b"keep-alive"),
        (b"User-Agent", b"np6-client/0.2.0"),
        (b"Accept-Encoding", b"gzip, deflate"),
        (b"Content-Type", b"application/json"),
        (b"Content-Length", b"32"),
        *([(b"Authorization", b"Basic " + base64.b64encode(b"user:p@ss"))] if credentials else []),
        (b"X-Key", KEY.encode()),
    ]
    assert extensions["timeout"] == {"connect": 5.0, "read": 60.0, "write": 30.0, "pool": 30.0}
    assert direct[3][4] == prefix + b"/targets/a%20b%2F%C3%A9%3Fx%3D1%23f%252F.."
    assert direct[7][4] == prefix + b"/segments/4/targets?tag=x+y&tag=%C3%A9&tag=3"
    assert direct[9][7]["timeout"] == {"connect": 7.5, "read": 7.5, "write": 7.5, "pool": 7.5}
    assert (b"X-Trace", b"t1") in direct[9][5]
    assert direct[10][4] == prefix + b"/targets/A2?lang=de&region=eu&z=1"
    assert (b"user-agent", b"mine/1") in direct[10][5]


async def test_a_callers_http_client_with_an_event_hook_still_runs_it() -> None:
    seen: list[str] = []

    async def on_request(request: httpx.Request) -> None:
        seen.append(f"request {request.method} {request.url.path}")

    async def on_response(response: httpx.Response) -> None:
        seen.append(f"response {response.status_code}")

    async with (
        httpx.AsyncClient(
            transport=Receiving(), event_hooks={"request": [on_request], "response": [on_response]}
        ) as own,
        NP6Client(api_key=KEY, http_client=own, options=FAST) as np6,
    ):
        await segment.add_segment_targets.asyncio(4, client=np6, body=["A1"])
        events = await _events(np6)
    assert events
    assert seen == [
        "request PUT /segments/4/targets",
        "response 200",
        "request GET /notifications/5/events/activations",
        "response 200",
    ]


async def test_a_hook_added_to_the_sdks_own_client_runs_and_sees_the_request() -> None:
    seen: list[httpx.URL] = []

    async def on_request(request: httpx.Request) -> None:
        seen.append(request.url)

    async with NP6Client(api_key=KEY, transport=Receiving(), options=FAST) as np6:
        assert await segment.add_segment_targets.asyncio(4, client=np6, body=["A1"]) == 1
        np6.get_async_httpx_client().event_hooks["request"].append(on_request)
        assert await segment.list_segment_targets.asyncio(4, client=np6) == ["A1"]
    assert seen == [httpx.URL("https://api-cm.np6.com/segments/4/targets")]


class CookieSetting(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.cookies: list[str | None] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.cookies.append(request.headers.get("cookie"))
        return httpx.Response(200, json=[], headers={"set-cookie": "lb=node-2; Path=/"})


async def test_a_cookie_np6_sets_is_sent_back_as_httpxs_client_would() -> None:
    transport = CookieSetting()
    async with NP6Client(api_key=KEY, transport=transport, options=FAST) as np6:
        await segment.list_segment_targets.asyncio(4, client=np6)
        await segment.list_segment_targets.asyncio(4, client=np6)
        assert np6.get_async_httpx_client().cookies.get("lb") == "node-2"
    assert transport.cookies == [None, "lb=node-2"]


async def test_answers_carry_their_request_and_a_closed_stream_its_elapsed_time(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="httpx")
    async with NP6Client(api_key=KEY, transport=Receiving(), options=FAST) as np6:
        answer = await np6.request("GET", "/segments/{id}/targets", path={"id": 4})
        stream = np6.request_stream("GET", "/notifications/{id}/events/activations", path={"id": 5})
        assert len([item async for item in stream]) == 3
    opened = stream._opened
    assert opened is not None
    assert opened.request.url.path == "/notifications/5/events/activations"
    assert opened.is_closed
    assert datetime.timedelta(0) < opened.elapsed < datetime.timedelta(seconds=60)
    assert answer.status_code == 200
    assert [record.getMessage() for record in caplog.records if record.name == "httpx"] == [
        'HTTP Request: GET https://api-cm.np6.com/segments/4/targets "HTTP/1.1 200 OK"',
        'HTTP Request: GET https://api-cm.np6.com/notifications/5/events/activations "HTTP/1.1 200 OK"',
    ]


async def test_a_plain_call_builds_and_sends_without_httpx_s_client_machinery(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> NoReturn:
        raise AssertionError("httpx's client was asked")

    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=[request.url.path]))
    async with NP6Client(api_key=KEY, transport=transport, options=FAST) as np6:
        own = np6.get_async_httpx_client()
        monkeypatch.setattr(own, "build_request", refuse)
        monkeypatch.setattr(own, "send", refuse)
        assert (await np6.request("GET", "/segments/{id}/targets", path={"id": 4})).parsed == ["/segments/4/targets"]


async def test_a_response_hook_alone_or_auth_set_on_the_sdks_own_client_applies() -> None:
    sent: list[str | None] = []
    hooked: list[int] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers.get("authorization"))
        return httpx.Response(200, json=[])

    async def on_response(response: httpx.Response) -> None:
        hooked.append(response.status_code)

    async with NP6Client(api_key=KEY, transport=httpx.MockTransport(answer), options=FAST) as np6:
        own = np6.get_async_httpx_client()
        own.event_hooks["response"].append(on_response)  # a response hook, no request hook
        await np6.request("GET", "/custom")
        assert hooked == [200]
        own.event_hooks["response"].clear()
        own.auth = httpx.BasicAuth("user", "secret")
        await np6.request("GET", "/custom")
    assert sent == [None, "Basic " + base64.b64encode(b"user:secret").decode()]


async def test_a_stream_sent_through_the_sdks_own_client_still_arrives_item_by_item() -> None:
    chunks = 30
    item = "T" * 70_000  # 30 of them are more than the splitter buffers before it looks for items
    pulled = 0

    class Counted(httpx.AsyncByteStream):
        async def __aiter__(self) -> AsyncIterator[bytes]:
            nonlocal pulled
            for index in range(chunks):
                pulled += 1
                yield (
                    ("[" if index == 0 else ",").encode()
                    + f'"{item}"'.encode()
                    + (b"]" if index == chunks - 1 else b"")
                )

    async def on_request(request: httpx.Request) -> None:
        pass

    transport = httpx.MockTransport(lambda _: httpx.Response(200, stream=Counted()))
    pulled_at_first = None
    async with NP6Client(api_key=KEY, transport=transport, options=FAST) as np6:
        np6.get_async_httpx_client().event_hooks["request"].append(on_request)  # httpx's client sends it
        async for _ in np6.request_stream("GET", "/segments/1/targets"):
            if pulled_at_first is None:
                pulled_at_first = pulled
    assert pulled_at_first is not None
    assert pulled_at_first < chunks


async def _parts() -> AsyncIterator[bytes]:
    yield b"x"


@pytest.mark.parametrize("url", ["/targets/T1", "/a b/é", "/a/./b/../c", "/x?y=1", "/targets/%2E%2E", "/"])
@pytest.mark.parametrize("body", ["none", "bytes", "json", "streamed"])
async def test_a_request_is_built_as_httpx_s_client_builds_it_whatever_its_path_or_body(url: str, body: str) -> None:
    def content() -> dict[str, Any]:  # a fresh stream for each side
        bodies: dict[str, dict[str, Any]] = {
            "none": {},
            "bytes": {"content": b"x"},
            "json": {"json": {"a": 1}},
            "streamed": {"content": _parts()},
        }
        return bodies[body]

    async with httpx.AsyncClient(base_url="https://api-cm.np6.com/np6", headers={"User-Agent": "u/1"}) as client:
        built = DirectSender(client, httpx.AsyncHTTPTransport()).build_request("PUT", url, **content())
        expected = client.build_request("PUT", url, **content())

    def fields(request: httpx.Request) -> tuple[object, ...]:
        return (request.method, str(request.url), request.headers.raw, request.extensions, type(request.stream))

    assert fields(built) == fields(expected)
    if body != "streamed":
        assert built.content == expected.content


async def test_a_plain_call_builds_its_url_and_request_without_httpx_s_constructors(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=[str(request.url)]))
    async with NP6Client(api_key=KEY, transport=transport, options=FAST) as np6:
        await np6.request("GET", "/segments/{id}/targets", path={"id": 1})  # caches filled first

        def refuse(*args: object, **kwargs: object) -> NoReturn:
            raise AssertionError("built through httpx's constructor")

        monkeypatch.setattr(httpx.URL, "__init__", refuse)
        monkeypatch.setattr(httpx.Request, "__init__", refuse)
        listed = await np6.request("GET", "/segments/{id}/targets", path={"id": 4})
        posted = await np6.request("POST", "/anything/{id}", path={"id": 5}, json={"a": 1})
    assert (listed.parsed, posted.parsed) == (
        ["https://api-cm.np6.com/segments/4/targets"],
        ["https://api-cm.np6.com/anything/5"],
    )


async def test_an_answer_read_whole_knows_how_long_it_took_on_every_path() -> None:
    import asyncio

    class Slow(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            await asyncio.sleep(0.05)
            return httpx.Response(200 if request.url.path.endswith("targets") else 404, json=[])

    async with NP6Client(api_key=KEY, transport=Slow(), options=FAST) as np6:
        direct = await np6.send_call(
            segment.list_segment_targets._CALL, {"method": "GET", "url": "/segments/1/targets"}
        )
        hatch = await np6.get_async_httpx_client().get("/segments/1/targets")
        with pytest.raises(NP6Error) as info:
            await np6.get_async_httpx_client().get("/targets/T1")
    failed = info.value.response  # type: ignore[attr-defined]
    for response in (direct, hatch, failed):
        assert datetime.timedelta(seconds=0.05) <= response.elapsed < datetime.timedelta(seconds=60)
