"""Every answer is read in bounded memory: error excerpts from endless or compressed bodies,
whole bodies past `max_body_bytes`, streamed items past `max_item_bytes`."""

import asyncio
import gzip
import tracemalloc
import zlib
from collections.abc import Awaitable, Callable

import attrs
import pytest

from np6_client import (
    InternalServerError,
    MalformedResponseError,
    NP6Client,
    NP6Error,
    ResponseTooLargeError,
)

from .conftest import API_KEY, FAST_RETRIES
from .raw_server import Seen, chunk, head, serve, whole

MiB = 1 << 20
NO_RETRIES = attrs.evolve(FAST_RETRIES, max_retries=0)
# 200 MB of zeros, 200 kB on the wire.
BOMB = gzip.compress(b"0" * (200 * MiB), compresslevel=9)


def endless(status: int, piece: bytes = b"x" * 65536) -> Callable[[Seen, asyncio.StreamWriter], Awaitable[None]]:
    async def answer(request: Seen, writer: asyncio.StreamWriter) -> None:
        writer.write(head(status, {"Content-Type": "application/json"}))
        for _ in range(8000):  # 500 MB at most, should the client never stop reading
            writer.write(chunk(piece))
            await writer.drain()
        writer.transport.abort()

    return answer


def once(reply: bytes) -> Callable[[Seen, asyncio.StreamWriter], Awaitable[None]]:
    async def answer(request: Seen, writer: asyncio.StreamWriter) -> None:
        writer.write(reply)

    return answer


async def peak_while(answer, call, options=NO_RETRIES) -> tuple[BaseException, int]:  # type: ignore[no-untyped-def]
    """The error the call raised and the peak of memory Python allocated meanwhile."""
    async with serve(answer) as (url, _seen), NP6Client(api_key=API_KEY, base_url=url, options=options) as np6:
        tracemalloc.start()
        try:
            with pytest.raises(NP6Error) as info:
                await asyncio.wait_for(call(np6), 30)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    return info.value, peak


def get_target(np6: NP6Client):  # type: ignore[no-untyped-def]
    return np6.contact.get_target("000PKXK4")


def raw(np6: NP6Client):  # type: ignore[no-untyped-def]
    return np6.request("GET", "/anything")


def detailed(np6: NP6Client):  # type: ignore[no-untyped-def]
    return np6.contact.get_target.detailed("000PKXK4")


@pytest.mark.parametrize("call", [get_target, raw, detailed])
async def test_an_endless_500_keeps_an_excerpt_not_the_body(call) -> None:  # type: ignore[no-untyped-def]
    error, peak = await peak_while(endless(500), call)
    assert isinstance(error, InternalServerError)
    assert error.body_excerpt.startswith("xxxx") and len(error.body_excerpt) <= 300
    assert len(error.response.content) == 65536  # what is kept of an error answer
    assert peak < 8 * MiB


@pytest.mark.parametrize("call", [get_target, raw])
async def test_a_gzip_bomb_as_an_error_answer(call) -> None:  # type: ignore[no-untyped-def]
    reply = head(500, {"Content-Type": "application/json", "Content-Encoding": "gzip"}, length=len(BOMB)) + BOMB
    error, peak = await peak_while(once(reply), call)
    assert isinstance(error, InternalServerError)
    assert error.body_excerpt.startswith("0000")
    assert peak < 4 * MiB


@pytest.mark.parametrize("call", [get_target, raw, detailed])
async def test_a_gzip_bomb_as_a_whole_2xx_body_is_refused_past_the_limit(call) -> None:  # type: ignore[no-untyped-def]
    reply = head(200, {"Content-Type": "application/json", "Content-Encoding": "gzip"}, length=len(BOMB)) + BOMB
    error, peak = await peak_while(once(reply), call, attrs.evolve(NO_RETRIES, max_body_bytes=MiB))
    assert isinstance(error, ResponseTooLargeError)
    assert (error.what, error.limit, error.status_code) == ("body", MiB, 200)
    assert peak < 4 * MiB


async def test_an_endless_2xx_body_is_refused_past_the_default_limit() -> None:
    error, peak = await peak_while(endless(200), raw, NO_RETRIES)
    assert isinstance(error, ResponseTooLargeError)
    assert error.limit == 64 * MiB
    assert peak < 72 * MiB  # the default limit once, not the 500 MB on offer


async def test_a_body_within_the_limit_is_read_whole() -> None:
    body = b'{"id": "000PKXK4", "pad": "' + b"y" * (MiB - 100) + b'"}'
    packed = zlib.compress(body)
    reply = head(200, {"Content-Type": "application/json", "Content-Encoding": "deflate"}, length=len(packed)) + packed
    async with serve(once(reply)) as (url, _), NP6Client(api_key=API_KEY, base_url=url, options=NO_RETRIES) as np6:
        answer = await np6.request("GET", "/anything")
    assert answer.content == body


async def test_an_encoding_not_asked_for_is_malformed() -> None:
    reply = whole(200, b"{}", {"Content-Encoding": "br"})
    error, _ = await peak_while(once(reply), raw)
    assert isinstance(error, MalformedResponseError)


async def test_a_streamed_item_past_the_item_limit_is_refused_after_the_items_before_it() -> None:
    body = b'[{"id": "a"}, {"id": "b", "pad": "' + b"0" * (50 * MiB) + b'"}]'
    packed = gzip.compress(body)
    reply = head(200, {"Content-Type": "application/json", "Content-Encoding": "gzip"}, length=len(packed)) + packed
    options = attrs.evolve(NO_RETRIES, max_item_bytes=MiB)
    seen: list[object] = []

    async def consume(np6: NP6Client) -> None:
        async for item in np6.request_stream("GET", "/anything"):
            seen.append(item["id"])

    error, peak = await peak_while(once(reply), consume, options)
    assert isinstance(error, ResponseTooLargeError)
    assert (error.what, error.limit) == ("item", MiB)
    assert seen == ["a"]
    assert peak < 6 * MiB
