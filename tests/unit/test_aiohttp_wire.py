"""What the aiohttp connection layer puts on the wire and hands back, against a raw loopback server."""

import asyncio
import gzip
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import aiohttp
import httpx
import pytest

from np6_client._constants import STREAM_EXTENSION
from np6_client._transport.network import WHOLE_BODY_BYTES, AiohttpNetwork, _small_plain_body

Answer = Callable[[bytes], bytes | None]  # the raw request -> the raw answer (None: never answer)


class RawServer:
    """Records each request's head and body, and each connection it was read on."""

    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        self.requests: list[tuple[int, bytes]] = []  # (connection number, raw request)
        self.connections = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        number = self.connections
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                body = b""
                if b"transfer-encoding: chunked" in head.lower():
                    while (size := int((await reader.readline()).strip(), 16)) > 0:
                        body += (await reader.readexactly(size + 2))[:-2]
                    await reader.readline()
                elif b"content-length:" in head.lower():
                    length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
                    body = await reader.readexactly(length)
                self.requests.append((number, head + body))
                raw = self.answer(head + body)
                if raw is None:
                    await asyncio.sleep(30)
                    return
                writer.write(raw)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


@pytest.fixture
async def serve() -> AsyncIterator[Callable[[Answer], Awaitable[tuple[str, RawServer]]]]:
    servers: list[asyncio.Server] = []

    async def start(answer: Answer) -> tuple[str, RawServer]:
        raw = RawServer(answer)
        server = await asyncio.start_server(raw.handle, "127.0.0.1", 0)
        servers.append(server)
        return f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}", raw

    yield start
    for server in servers:
        server.close()


def plain(body: bytes = b"ok", status: str = "200 OK", extra: bytes = b"") -> Answer:
    return lambda _: b"HTTP/1.1 " + status.encode() + b"\r\nContent-Length: %d\r\n" % len(body) + extra + b"\r\n" + body


BIG = b"x" * (1 << 20)  # more than aiohttp reads ahead: an answer unread keeps its connection
TIMEOUTS = {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}


def request(url: str, **kwargs: object) -> httpx.Request:
    built = httpx.Request("GET", url, **kwargs)  # type: ignore[arg-type]
    built.extensions["timeout"] = dict(TIMEOUTS)
    return built


async def test_the_request_goes_as_httpx_encoded_it_and_the_answer_comes_back_as_sent(serve: Any) -> None:
    answer = plain(gzip.compress(b"[1]"), "302 Moved Elsewhere", b"Location: /other\r\nContent-Encoding: gzip\r\n")
    url, server = await serve(answer)
    network = AiohttpNetwork(httpx.Limits(max_connections=2))
    try:
        sent = request(f"{url}/a/%2E%2E/b%2Fc?q=1", headers={"X-Key": "k1"})
        response = await network.handle_async_request(sent)
        raw = b"".join([piece async for piece in response.aiter_raw()])
        await response.aclose()
    finally:
        await network.aclose()
    head = server.requests[0][1]
    assert head.startswith(b"GET /a/%2E%2E/b%2Fc?q=1 HTTP/1.1\r\n")  # no dot segment resolved or decoded
    assert b"\r\nx-key: k1\r\n" in head
    assert (response.status_code, response.reason_phrase, response.http_version) == (302, "Moved Elsewhere", "HTTP/1.1")
    assert response.request is sent
    assert response.headers.multi_items() == [
        ("content-length", str(len(gzip.compress(b"[1]")))),
        ("location", "/other"),
        ("content-encoding", "gzip"),
    ]
    assert len(server.requests) == 1  # the redirect is not followed
    assert gzip.decompress(raw) == b"[1]"  # the body is handed over as sent: httpx decodes it


async def test_a_streamed_body_is_framed_once(serve: Any) -> None:
    url, server = await serve(plain())

    async def parts() -> AsyncIterator[bytes]:
        yield b'{"a":'
        yield b"1}"

    network = AiohttpNetwork(httpx.Limits(max_connections=2))
    try:
        sent = httpx.Request("POST", url, content=parts(), headers={"X-Key": "k1"})
        sent.extensions["timeout"] = dict(TIMEOUTS)
        response = await network.handle_async_request(sent)
        await response.aread()
    finally:
        await network.aclose()
    raw = server.requests[0][1]
    head, _, body = raw.partition(b"\r\n\r\n")
    assert head.lower().count(b"transfer-encoding") == 1
    assert b"\r\nx-key: k1\r\n" in head
    assert body == b'{"a":1}'


async def test_a_plain_body_is_sent(serve: Any) -> None:
    url, server = await serve(plain())
    network = AiohttpNetwork(httpx.Limits(max_connections=2))
    try:
        sent = httpx.Request("PUT", url, content=b'["T1"]')
        sent.extensions["timeout"] = dict(TIMEOUTS)
        await (await network.handle_async_request(sent)).aread()
    finally:
        await network.aclose()
    assert server.requests[0][1].endswith(b'\r\n\r\n["T1"]')


async def test_a_read_past_its_timeout_is_a_read_timeout(serve: Any) -> None:
    url, _ = await serve(lambda _: None)
    network = AiohttpNetwork(httpx.Limits(max_connections=2))
    try:
        sent = httpx.Request("GET", url)
        sent.extensions["timeout"] = {**TIMEOUTS, "read": 0.2}
        with pytest.raises(httpx.ReadTimeout):
            await asyncio.wait_for(network.handle_async_request(sent), 10)
    finally:
        await network.aclose()


async def test_a_wait_for_a_pooled_connection_past_its_timeout_is_a_connect_timeout(serve: Any) -> None:
    url, _ = await serve(plain(BIG))
    network = AiohttpNetwork(httpx.Limits(max_connections=1))
    try:
        held = await network.handle_async_request(request(url))  # its body unread: it keeps the connection
        waiting = httpx.Request("GET", url)
        waiting.extensions["timeout"] = {**TIMEOUTS, "pool": 0.2}
        with pytest.raises(httpx.ConnectTimeout):
            await asyncio.wait_for(network.handle_async_request(waiting), 10)
        await held.aclose()
    finally:
        await network.aclose()


async def test_answers_in_use_are_counted_and_a_read_connection_is_reused(serve: Any) -> None:
    url, server = await serve(plain(BIG))
    network = AiohttpNetwork(httpx.Limits(max_connections=4))
    try:
        assert network.in_use == 0
        first = await network.handle_async_request(request(url))
        second = await network.handle_async_request(request(url))
        assert network.in_use == 2
        peer = first.extensions["network_stream"].get_extra_info("socket").getpeername()
        assert f"http://{peer[0]}:{peer[1]}" == url
        await first.aread()
        await first.aclose()
        await first.aclose()
        body = first.stream
        assert isinstance(body, httpx.AsyncByteStream)
        await body.aclose()  # closing twice gives back once
        assert network.in_use == 1
        await second.aclose()  # unread: its connection is not kept
        assert network.in_use == 0
        third = await network.handle_async_request(request(url))
        await third.aread()
        await third.aclose()
    finally:
        await network.aclose()
    # the first connection, read to its end, carried the third request; the second's was dropped
    assert [number for number, _ in server.requests] == [1, 2, 1]


# A small plain body comes whole with its head: read at once, its connection straight back in the pool.


async def test_a_small_plain_body_is_read_whole_and_its_connection_pooled_at_once(serve: Any) -> None:
    url, server = await serve(plain(b"x" * WHOLE_BODY_BYTES, "203 Fine"))
    network = AiohttpNetwork(httpx.Limits(max_connections=1))
    try:
        sent = request(url)
        first = await network.handle_async_request(sent)
        assert first.content == b"x" * WHOLE_BODY_BYTES  # known without reading
        assert (first.status_code, first.reason_phrase, first.request) == (203, "Fine", sent)
        assert network.in_use == 0
        second = await network.handle_async_request(request(url))  # the only connection is free already
        assert second.content == first.content
    finally:
        await network.aclose()
    assert [number for number, _ in server.requests] == [1, 1]


def _streamed(response: httpx.Response) -> bool:
    try:
        response.content  # noqa: B018 - what is checked is whether it raises
    except httpx.ResponseNotRead:
        return True
    return False


@pytest.mark.parametrize(
    "answer",
    [
        plain(b"x" * (WHOLE_BODY_BYTES + 1)),
        plain(gzip.compress(b"[1]"), extra=b"Content-Encoding: gzip\r\n"),  # httpx inflates it, with its limits
        lambda _: b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n[1]\r\n0\r\n\r\n",  # no length said
    ],
    ids=["longer", "compressed", "chunked"],
)
async def test_any_other_body_is_handed_over_as_a_stream(serve: Any, answer: Answer) -> None:
    url, _ = await serve(answer)
    network = AiohttpNetwork(httpx.Limits(max_connections=2))
    try:
        response = await network.handle_async_request(request(url))
        assert _streamed(response)
        assert network.in_use == 1
        await response.aread()
        await response.aclose()
        assert network.in_use == 0
    finally:
        await network.aclose()


async def test_a_streamed_call_gets_a_stream_however_small_its_body(serve: Any) -> None:
    url, _ = await serve(plain(b"[1]"))
    network = AiohttpNetwork(httpx.Limits(max_connections=2))
    try:
        sent = request(url)
        sent.extensions[STREAM_EXTENSION] = True
        response = await network.handle_async_request(sent)
        assert _streamed(response)
        assert [piece async for piece in response.aiter_raw()] == [b"[1]"]
        await response.aclose()
    finally:
        await network.aclose()


async def test_a_small_body_cut_short_is_a_protocol_error_kept_as_its_cause() -> None:
    network = AiohttpNetwork(httpx.Limits(max_connections=2))

    async def cut(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n" + b"x" * 10)
        await writer.drain()
        writer.close()

    hanging_up = await asyncio.start_server(cut, "127.0.0.1", 0)
    try:
        with pytest.raises(httpx.RemoteProtocolError) as caught:  # answered: never taken for "not sent"
            await network.handle_async_request(request(f"http://127.0.0.1:{hanging_up.sockets[0].getsockname()[1]}/"))
        assert isinstance(caught.value.__cause__, aiohttp.ClientPayloadError)
    finally:
        await network.aclose()
        hanging_up.close()


@pytest.mark.parametrize(
    ("headers", "whole"),
    [
        ({"content-length": str(WHOLE_BODY_BYTES)}, True),
        ({"content-length": "0"}, True),
        ({"content-length": str(WHOLE_BODY_BYTES + 1)}, False),
        ({"content-length": "0" * 6 + "1"}, False),  # more digits than any length read whole needs
        ({"content-length": "1e3"}, False),
        ({"content-length": "١٢"}, False),  # digits, but not ASCII ones
        ({}, False),
        ({"content-length": "3", "content-encoding": "identity"}, False),
    ],
)
def test_which_answers_are_read_whole(headers: dict[str, str], whole: bool) -> None:
    assert _small_plain_body(headers) is whole


async def test_a_small_body_whose_read_fails_otherwise_is_a_read_error_never_a_refusal_before_sending(
    serve: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    failure = ValueError("a broken read")

    async def broken(self: aiohttp.ClientResponse) -> bytes:
        raise failure

    url, _ = await serve(plain(b"[1]"))
    network = AiohttpNetwork(httpx.Limits(max_connections=2))
    monkeypatch.setattr(aiohttp.ClientResponse, "read", broken)
    try:
        with pytest.raises(httpx.TransportError) as caught:
            await network.handle_async_request(request(url))
        assert (type(caught.value), caught.value.__cause__) == (httpx.ReadError, failure)  # the request left
    finally:
        await network.aclose()
