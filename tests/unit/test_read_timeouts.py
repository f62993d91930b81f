"""aiohttp's read timeouts on one shared timer: each connection still times out as aiohttp says, and only then."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import aiohttp
import httpx
import pytest
from aiohttp.client_exceptions import SocketTimeoutError
from aiohttp.client_proto import ResponseHandler

from np6_client._constants import STREAM_EXTENSION
from np6_client._transport import read_timeouts
from np6_client._transport.network import AiohttpNetwork
from np6_client._transport.read_timeouts import ReadTimeouts, TimedResponseHandler, hooked, time_reads
from tests.fake_timers import FakeTimers
from tests.network_reads import fetch


@pytest.fixture
def timeouts(timers: FakeTimers) -> ReadTimeouts:
    return ReadTimeouts(timers)


def handler(timeouts: ReadTimeouts, read_timeout: float | None) -> TimedResponseHandler:
    made = TimedResponseHandler(asyncio.get_running_loop(), timeouts)
    made.read_timeout = read_timeout
    return made


def timed_out(connection: ResponseHandler) -> bool:
    return isinstance(connection.exception(), SocketTimeoutError)


async def test_a_connection_times_out_its_read_timeout_after_its_last_restart(
    timers: FakeTimers, timeouts: ReadTimeouts
) -> None:
    connection = handler(timeouts, 5.0)
    connection.start_timeout()  # the request is written
    timers.advance_to(1003.0)
    connection._reschedule_timeout()  # bytes arrived at 1003
    timers.advance_to(1007.9)
    assert not timed_out(connection)
    timers.advance_to(1008.0)
    assert timed_out(connection)
    assert connection.timed_for is None
    assert timeouts._queues == {}


async def test_a_timed_out_read_fails_the_body_being_read_too(timers: FakeTimers, timeouts: ReadTimeouts) -> None:
    connection = handler(timeouts, 2.0)
    body = aiohttp.StreamReader(connection, 2**16, loop=asyncio.get_running_loop())
    connection._payload = body
    connection.start_timeout()
    timers.advance_to(1002.0)
    assert isinstance(body.exception(), SocketTimeoutError)


async def test_a_dropped_timeout_never_fires(timers: FakeTimers, timeouts: ReadTimeouts) -> None:
    connection = handler(timeouts, 5.0)
    connection.start_timeout()
    connection._drop_timeout()  # the answer ended
    assert timeouts._queues == {}
    timers.advance_to(2000.0)
    assert not timed_out(connection)
    connection._drop_timeout()  # twice is harmless
    assert connection.timed_for is None


async def test_no_read_timeout_files_nothing_and_drops_an_earlier_one(
    timers: FakeTimers, timeouts: ReadTimeouts
) -> None:
    connection = handler(timeouts, 5.0)
    connection.start_timeout()
    connection.read_timeout = None  # the next request has none
    connection._reschedule_timeout()
    assert timeouts._queues == {}
    assert connection.timed_for is None
    timers.advance_to(2000.0)
    assert not timed_out(connection)


async def test_a_connection_whose_timeout_changes_is_due_by_the_new_one_only(
    timers: FakeTimers, timeouts: ReadTimeouts
) -> None:
    connection = handler(timeouts, 5.0)
    connection.start_timeout()
    connection.read_timeout = 30.0
    connection._reschedule_timeout()
    assert timeouts._queues == {30.0: {connection: 1030.0}}
    timers.advance_to(1029.0)
    assert not timed_out(connection)
    timers.advance_to(1030.0)
    assert timed_out(connection)


async def test_connections_share_one_timer_and_each_times_out_at_its_own_moment(
    timers: FakeTimers, timeouts: ReadTimeouts
) -> None:
    first, second, third = (handler(timeouts, 5.0) for _ in range(3))
    for connection in (first, second, third):
        connection.start_timeout()
    timers.advance_to(1004.0)
    first._reschedule_timeout()  # due at 1009 now
    second._drop_timeout()
    assert len(timers.pending) == 1
    timers.advance_to(1005.0)
    assert (timed_out(first), timed_out(second), timed_out(third)) == (False, False, True)
    assert timers.pending == [1009.0]
    timers.advance_to(1009.0)
    assert timed_out(first)
    assert not timed_out(second)


async def test_closing_stops_the_timer(timers: FakeTimers, timeouts: ReadTimeouts) -> None:
    connection = handler(timeouts, 5.0)
    connection.start_timeout()
    timeouts.close()
    assert timers.pending == []
    assert timeouts._queues == {}
    timers.advance_to(2000.0)
    assert not timed_out(connection)


async def test_the_connector_makes_timed_connections_on_the_installed_aiohttp() -> None:
    assert hooked()
    connector = aiohttp.TCPConnector()
    try:
        timeouts = time_reads(connector, asyncio.get_running_loop())
        assert timeouts is not None
        made = connector._factory()
        assert type(made) is TimedResponseHandler
        assert made.timeouts is timeouts
    finally:
        await connector.close()


def test_an_aiohttp_without_the_replaced_methods_keeps_its_own_protocol() -> None:
    class Renamed:
        def _reschedule_timeout(self) -> None: ...
        def _drop_timeout(self) -> None: ...

    assert hooked(ResponseHandler)
    assert not hooked(Renamed)  # no `_on_read_timeout`
    for missing in read_timeouts._REPLACED:
        assert not hooked(
            type("Partial", (), {name: lambda self: None for name in read_timeouts._REPLACED if name != missing})
        )


async def test_a_connector_kept_on_aiohttps_own_timers_is_left_as_it_was(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read_timeouts, "hooked", lambda: False)
    connector = aiohttp.TCPConnector()
    try:
        original = connector._factory
        assert time_reads(connector, asyncio.get_running_loop()) is None
        assert connector._factory is original
    finally:
        await connector.close()


# Against a real server, on the real clock: the timeouts are long against the gaps, so load cannot
# turn a pass into a timeout; a stalled read is bounded by `wait_for`.

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


@pytest.fixture
async def serve() -> AsyncIterator[Callable[[Handler], Awaitable[str]]]:
    servers: list[asyncio.Server] = []

    async def start(handle: Handler) -> str:
        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        servers.append(server)
        return f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/"

    yield start
    for server in servers:
        server.close()


def dripping(pieces: int, gap: float, stall: bool = False) -> Handler:
    """An answer of `pieces` chunks `gap` seconds apart; with `stall`, it stops after the first."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        for number in range(pieces):
            writer.write(b"1\r\n%d\r\n" % (number % 10))
            await writer.drain()
            await asyncio.sleep(60 if stall else gap)
        writer.write(b"0\r\n\r\n")
        await writer.drain()
        writer.close()

    return handle


def timed_request(url: str, read: float) -> httpx.Request:
    sent = httpx.Request("GET", url)
    sent.extensions["timeout"] = {"connect": 5.0, "read": read, "write": 5.0, "pool": 5.0}
    sent.extensions[STREAM_EXTENSION] = True
    return sent


async def test_a_body_that_keeps_arriving_is_read_past_its_read_timeout(serve: Any) -> None:
    url = await serve(dripping(pieces=12, gap=0.25))
    network = AiohttpNetwork(httpx.Limits(max_connections=2))
    try:
        started = asyncio.get_running_loop().time()
        body = await asyncio.wait_for(fetch(network, timed_request(url, read=2.0)), 30)
        took = asyncio.get_running_loop().time() - started
    finally:
        await network.aclose()
    assert body == b"012345678901"
    assert took > 2.0  # longer than the read timeout in all, never that long between two pieces


async def test_a_body_that_stops_arriving_is_a_read_timeout(serve: Any) -> None:
    url = await serve(dripping(pieces=3, gap=0.0, stall=True))
    network = AiohttpNetwork(httpx.Limits(max_connections=2))
    try:
        response = await network.handle_async_request(timed_request(url, read=0.3))
        assert type(response.extensions["network_stream"]._response.connection.protocol) is TimedResponseHandler
        with pytest.raises(httpx.ReadTimeout):
            await asyncio.wait_for(response.aread(), 10)
        await response.aclose()
    finally:
        await network.aclose()


async def test_closing_the_network_stops_its_read_timer(serve: Any) -> None:
    url = await serve(dripping(pieces=1, gap=0.0))
    network = AiohttpNetwork(httpx.Limits(max_connections=2))
    await fetch(network, timed_request(url, read=60.0))
    timeouts = network._read_timeouts
    assert timeouts is not None
    assert timeouts._timer is not None  # armed by the call, due in a minute
    await network.aclose()
    assert timeouts._timer is None
