"""How an answer's raw body is decoded and capped: pieces of at most 64 kB, only the asked-for encodings."""

import gzip
import zlib
from collections.abc import AsyncIterator, Iterable

import httpx
import pytest

from np6_client._transport.body_reader import PIECE_BYTES, decoded_pieces, read_capped


class Chunks(httpx.AsyncByteStream):
    def __init__(self, chunks: Iterable[bytes]) -> None:
        self.chunks = list(chunks)
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk

    async def aclose(self) -> None:
        self.closed = True


def streamed(body: bytes, encoding: str | None = None, *, chunk: int = 1000) -> httpx.Response:
    headers = {"content-encoding": encoding} if encoding is not None else {}
    return httpx.Response(200, headers=headers, stream=Chunks(body[i : i + chunk] for i in range(0, len(body), chunk)))


async def pieces(response: httpx.Response) -> list[bytes]:
    return [piece async for piece in decoded_pieces(response)]


PLAIN = bytes(range(256)) * 800  # 204,800 bytes: three full pieces and a 8,192-byte rest
SIZES = [PIECE_BYTES, PIECE_BYTES, PIECE_BYTES, 204_800 - 3 * PIECE_BYTES]


def raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


@pytest.mark.parametrize(
    ("encoding", "body"),
    [
        ("gzip", gzip.compress(PLAIN)),
        ("x-gzip", gzip.compress(PLAIN)),
        (" GZip ", gzip.compress(PLAIN)),
        ("deflate", zlib.compress(PLAIN)),
        ("deflate", raw_deflate(PLAIN)),  # deflate without its zlib header, as some servers send it
        ("deflate", gzip.compress(PLAIN)),  # or with a gzip one
        ("identity, gzip", gzip.compress(PLAIN)),
        ("gzip, deflate", zlib.compress(gzip.compress(PLAIN))),  # applied in order, so undone in reverse
    ],
)
async def test_a_compressed_body_comes_out_whole_in_bounded_pieces(encoding: str, body: bytes) -> None:
    out = await pieces(streamed(body, encoding))
    assert max(len(piece) for piece in out) <= PIECE_BYTES
    assert b"".join(out) == PLAIN


async def test_one_dense_chunk_is_inflated_a_piece_at_a_time() -> None:
    out = await pieces(streamed(gzip.compress(bytes(10 * PIECE_BYTES)), "gzip", chunk=1 << 20))
    assert [len(piece) for piece in out] == [PIECE_BYTES] * 10


async def test_an_uncompressed_body_is_cut_into_pieces() -> None:
    out = await pieces(streamed(PLAIN, chunk=150_000))
    assert [len(piece) for piece in out] == [PIECE_BYTES, PIECE_BYTES, 150_000 - 2 * PIECE_BYTES, 54_800]
    assert b"".join(out) == PLAIN
    assert [len(p) for p in await pieces(streamed(PLAIN, "identity", chunk=1 << 20))] == SIZES


async def test_a_body_already_in_memory_is_cut_into_pieces() -> None:
    out = await pieces(httpx.Response(200, content=PLAIN))
    assert [len(piece) for piece in out] == SIZES
    assert b"".join(out) == PLAIN


async def test_what_follows_the_compressed_stream_is_not_the_body() -> None:
    assert b"".join(await pieces(streamed(gzip.compress(b"[1]") + b"garbage", "gzip"))) == b"[1]"


@pytest.mark.parametrize(
    ("encoding", "body", "message"),
    [
        ("gzip", b"not gzip at all", "corrupt gzip body"),
        ("gzip", zlib.compress(PLAIN), "corrupt gzip body"),  # gzip means gzip's own header
        ("x-gzip", zlib.compress(PLAIN), "corrupt x-gzip body"),
        ("gzip", gzip.compress(PLAIN)[:-20], "the gzip body ends before its end"),
        ("deflate", zlib.compress(PLAIN)[:-20], "the deflate body ends before its end"),
        ("deflate", b"\xff\xff\xff\xff not deflate", "corrupt deflate body"),
        ("br", b"whatever", "content encoding 'br' was not asked for"),
        ("gzip, zstd", b"whatever", "content encoding 'zstd' was not asked for"),
    ],
)
async def test_a_bad_or_unasked_encoding_is_a_decoding_error(encoding: str, body: bytes, message: str) -> None:
    with pytest.raises(httpx.DecodingError) as info:
        await pieces(streamed(body, encoding))
    assert str(info.value).startswith(message)


async def test_a_deflate_body_failing_its_checksum_is_corrupt_not_read_again_without_its_header() -> None:
    body = Chunks([zlib.compress(b"")[:2], raw_deflate(b"tail" * 10) + b"\0\0\0\0"])  # header, data, wrong check
    with pytest.raises(httpx.DecodingError, match="corrupt deflate body"):
        await pieces(httpx.Response(200, headers={"content-encoding": "deflate"}, stream=body))


@pytest.mark.parametrize("body", [raw_deflate(bytes(PIECE_BYTES + 1)), zlib.compress(bytes(PIECE_BYTES + 1))])
async def test_output_still_held_by_the_inflater_after_the_last_byte_is_read_out(body: bytes) -> None:
    out = await pieces(streamed(body, "deflate", chunk=1 << 20))
    assert [len(piece) for piece in out] == [PIECE_BYTES, 1]


@pytest.mark.parametrize("keep_start", [True, False])
async def test_a_body_past_the_limit_is_cut_and_the_response_closed(keep_start: bool) -> None:
    stream = Chunks([PLAIN[:100_000], PLAIN[100_000:]])
    response = httpx.Response(200, stream=stream)
    assert await read_capped(response, 70_000, keep_start=keep_start) is True
    assert response.content == (PLAIN[:70_000] if keep_start else b"")
    assert stream.closed


@pytest.mark.parametrize("limit", [len(PLAIN), len(PLAIN) + 1])
async def test_a_body_within_the_limit_is_kept_whole(limit: int) -> None:
    stream = Chunks([gzip.compress(PLAIN)])
    response = httpx.Response(200, headers={"content-encoding": "gzip"}, stream=stream)
    assert await read_capped(response, limit, keep_start=True) is False
    assert response.content == PLAIN
    assert stream.closed


async def test_a_body_cut_on_a_piece_boundary_keeps_exactly_the_limit() -> None:
    response = streamed(PLAIN, chunk=1 << 20)
    assert await read_capped(response, 2 * PIECE_BYTES, keep_start=True) is True
    assert response.content == PLAIN[: 2 * PIECE_BYTES]
