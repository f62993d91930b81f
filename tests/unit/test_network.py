"""The aiohttp connection layer reports failures as httpx errors that say whether the request left."""

import asyncio
import socket
import struct
from collections.abc import AsyncIterator

import aiohttp
import httpx
import pytest

from np6_client import APIConnectionError, NP6Client
from np6_client._transport.network import AiohttpNetwork, _mapped, abandon
from np6_client._transport.retry import NOT_SENT_ERRORS

KEY = "network-test-key"


def connector_error() -> aiohttp.ClientConnectorError:
    key = aiohttp.client_reqrep.ConnectionKey("h", 1, False, True, None, None, None)
    return aiohttp.ClientConnectorError(key, OSError(111, "refused"))


# Each failure aiohttp raises, the text the SDK's error keeps (the error's own, or its type's name
# when it has none), and what the SDK can say of it before and after an answer began.
FAILURES: list[tuple[Exception, str, type[httpx.TransportError], type[httpx.TransportError]]] = [
    (connector_error(), "Cannot connect to host h:1 ssl:default [refused]", httpx.ConnectError, httpx.ReadError),
    (aiohttp.ConnectionTimeoutError("no connection"), "no connection", httpx.ConnectTimeout, httpx.ReadTimeout),
    (aiohttp.InvalidURL("http://[::1"), "http://[::1", httpx.UnsupportedProtocol, httpx.ReadError),
    (
        aiohttp.NonHttpUrlClientError("ftp://np6.example"),
        "ftp://np6.example",
        httpx.UnsupportedProtocol,
        httpx.ReadError,
    ),
    (aiohttp.ServerDisconnectedError(), "Server disconnected", httpx.RemoteProtocolError, httpx.RemoteProtocolError),
    (aiohttp.ClientPayloadError("cut"), "cut", httpx.RemoteProtocolError, httpx.RemoteProtocolError),
    (aiohttp.ClientOSError(104, "reset"), "[Errno 104] reset", httpx.ReadError, httpx.ReadError),
    (aiohttp.SocketTimeoutError("read"), "read", httpx.ReadTimeout, httpx.ReadTimeout),
    (TimeoutError(), "TimeoutError", httpx.ReadTimeout, httpx.ReadTimeout),
    (BrokenPipeError(32, "broken pipe"), "[Errno 32] broken pipe", httpx.ReadError, httpx.ReadError),
    (ValueError("a newline in a header"), "a newline in a header", httpx.LocalProtocolError, httpx.ReadError),
    (ValueError(), "ValueError", httpx.LocalProtocolError, httpx.ReadError),  # refused before sending
]


@pytest.mark.parametrize("answered", [False, True])
@pytest.mark.parametrize(("error", "message", "before", "after"), FAILURES, ids=lambda value: repr(value)[:40])
def test_failures_say_whether_the_request_left(
    error: Exception,
    message: str,
    before: type[httpx.TransportError],
    after: type[httpx.TransportError],
    answered: bool,
) -> None:
    expected = after if answered else before  # once answered, nothing is "not sent"
    mapped = _mapped(error, answered=answered)
    assert type(mapped) is expected
    assert str(mapped) == message
    assert isinstance(mapped, NOT_SENT_ERRORS) == (expected in (httpx.ConnectError, httpx.ConnectTimeout))


async def hang_up_after_the_request(seen: list[bytes]) -> AsyncIterator[str]:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        seen.append(await reader.readuntil(b"\r\n\r\n"))
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.close()
        await server.wait_closed()


async def test_a_post_whose_answer_is_lost_is_sent_once() -> None:
    seen: list[bytes] = []
    async for url in hang_up_after_the_request(seen):
        async with NP6Client(api_key=KEY, base_url=url, max_retries=3) as np6:
            assert isinstance(np6._shared.network, AiohttpNetwork)
            with pytest.raises(APIConnectionError):
                await np6.request("POST", "/segments", json={"name": "x"})
    assert len(seen) == 1


async def test_a_refused_connection_is_not_sent_and_may_be_retried() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    network = AiohttpNetwork(httpx.Limits(max_connections=1))
    try:
        with pytest.raises(httpx.ConnectError):
            await network.handle_async_request(httpx.Request("GET", f"http://127.0.0.1:{port}/"))
    finally:
        await network.aclose()


def test_an_abandoned_socket_is_shut_down_and_will_close_with_a_reset() -> None:
    with socket.create_server(("127.0.0.1", 0)) as listener:
        client = socket.create_connection(listener.getsockname())
        server, _ = listener.accept()
        with server, client:
            abandon(client)
            assert struct.unpack("ii", client.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)) == (1, 0)
            assert server.recv(1) == b""  # the end of the client's side arrived at once


def test_abandoning_tolerates_a_socket_that_is_gone() -> None:
    abandon(None)
    closed = socket.socket()
    closed.close()
    abandon(closed)


class Unwilling:
    """A socket-like object whose calls are refused with a TypeError (a wrapper taking other arguments)."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def setsockopt(self, *args: object) -> None:
        self.calls.append("setsockopt")
        raise TypeError("setsockopt")

    def shutdown(self, *args: object) -> None:
        self.calls.append("shutdown")
        raise TypeError("shutdown")


def test_abandoning_tolerates_a_socket_that_refuses_the_calls() -> None:
    sock = Unwilling()
    abandon(sock)
    assert sock.calls == ["setsockopt", "shutdown"]  # the shutdown is tried although the linger was refused
