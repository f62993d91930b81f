"""The parts of the direct path that run once per base URL or now and then, and the pool's sizing."""

import asyncio
import datetime
import logging
import time
from collections.abc import AsyncIterator

import httpx
import pytest

from np6_client._constants import pool_limits
from np6_client._transport.direct import TimedStream, base_prefix, log_sent


@pytest.mark.parametrize(
    ("base", "prefix"),
    [
        ("https://api-cm.np6.com/", "https://api-cm.np6.com/"),
        ("https://api-cm.np6.com", "https://api-cm.np6.com/"),
        ("http://127.0.0.1:8080/np6/v8/", "http://127.0.0.1:8080/np6/v8/"),
        ("https://api.np6.test/a%20b/", "https://api.np6.test/a%20b/"),  # as httpx encoded it
        ("https://bücher.np6.test/", "https://xn--bcher-kva.np6.test/"),
    ],
)
def test_a_plain_base_url_is_the_text_paths_join_onto(base: str, prefix: str) -> None:
    assert base_prefix(httpx.URL(base)) == prefix


@pytest.mark.parametrize(
    "base",
    [
        "https://user:secret@api.np6.test/",  # credentials: httpx turns them into Basic auth
        "https://user@api.np6.test/",
        "https://api.np6.test/?tenant=1",  # a query or fragment would end up inside the path
        "https://api.np6.test/#top",
    ],
)
def test_a_base_url_httpx_joins_its_own_way_has_no_prefix(base: str) -> None:
    assert base_prefix(httpx.URL(base)) is None


class Chunks(httpx.AsyncByteStream):
    def __init__(self) -> None:
        self.closed = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"[1,"
        yield b"2]"

    async def aclose(self) -> None:
        self.closed += 1


async def test_a_timed_stream_passes_the_body_on_and_sets_elapsed_when_closed() -> None:
    inner = Chunks()
    response = httpx.Response(200)
    stream = TimedStream(inner, response, time.perf_counter() - 5)  # sent five seconds ago
    assert [chunk async for chunk in stream] == [b"[1,", b"2]"]
    with pytest.raises(RuntimeError):
        response.elapsed  # noqa: B018  # not known before the close
    await asyncio.sleep(0)
    await stream.aclose()
    assert inner.closed == 1
    assert datetime.timedelta(seconds=5) <= response.elapsed < datetime.timedelta(seconds=65)


def test_each_sent_request_is_logged_as_httpx_logs_it(caplog: pytest.LogCaptureFixture) -> None:
    request = httpx.Request("PATCH", "https://api-cm.np6.com/targets/000PKXK4?x=1")
    response = httpx.Response(204, request=request, extensions={"reason_phrase": b"Done Here"})
    with caplog.at_level(logging.INFO, logger="httpx"):
        log_sent(request, response)
    assert [(r.name, r.levelno, r.getMessage()) for r in caplog.records] == [
        (
            "httpx",
            logging.INFO,
            'HTTP Request: PATCH https://api-cm.np6.com/targets/000PKXK4?x=1 "HTTP/1.1 204 Done Here"',
        )
    ]


@pytest.mark.parametrize(
    ("concurrency", "connections", "kept_alive"),
    [(1, 100, 1), (64, 100, 64), (100, 100, 100), (101, 101, 101), (500, 500, 500)],
)
def test_the_pool_has_room_for_every_call_in_flight(concurrency: int, connections: int, kept_alive: int) -> None:
    limits = pool_limits(concurrency)
    assert (limits.max_connections, limits.max_keepalive_connections) == (connections, kept_alive)
    assert limits == httpx.Limits(max_connections=connections, max_keepalive_connections=kept_alive)


def test_the_default_pool_is_sized_for_the_default_concurrency() -> None:
    assert pool_limits() == httpx.Limits(max_connections=100, max_keepalive_connections=64)
