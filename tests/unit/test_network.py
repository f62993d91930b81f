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


@pytest.mark.parametrize(
    ("error", "answered", "expected"),
    [
        (connector_error(), False, httpx.ConnectError),
        (aiohttp.ConnectionTimeoutError("no connection"), False, httpx.ConnectTimeout),
        (aiohttp.ServerDisconnectedError(), False, httpx.RemoteProtocolError),  # the request may have arrived
        (aiohttp.ClientOSError(104, "reset"), False, httpx.ReadError),
        (aiohttp.SocketTimeoutError("read"), False, httpx.ReadTimeout),
        (aiohttp.ClientPayloadError("cut"), True, httpx.RemoteProtocolError),
        (connector_error(), True, httpx.ReadError),  # once answered, nothing is "not sent"
        (ValueError("a header value with a newline"), False, httpx.LocalProtocolError),  # refused before sending
        (ValueError("anything else"), True, httpx.ReadError),
    ],
)
def test_failures_say_whether_the_request_left(error: Exception, answered: bool, expected: type) -> None:
    mapped = _mapped(error, answered=answered)
    assert type(mapped) is expected
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
