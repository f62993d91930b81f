"""Reading an answer's body in bounded memory, whatever it claims or is compressed with.

httpx inflates each network chunk whole, so a 64 kB gzip chunk can become 64 MB at once, and
`aread()` keeps everything. Here the raw bytes are inflated by zlib with an output cap per
step, so no piece handed on exceeds `PIECE_BYTES` however dense the compression, and a reader
stops once it holds what it may keep. Only the encodings the client asks for (gzip, deflate)
are accepted.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator

import httpx

ACCEPT_ENCODING = "gzip, deflate"
PIECE_BYTES = 1 << 16
_IDENTITY = frozenset({"", "identity"})


def _inflater(encoding: str) -> zlib._Decompress:
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(zlib.MAX_WBITS | 16)
    return zlib.decompressobj(zlib.MAX_WBITS | 32)  # deflate: zlib-wrapped, as RFC 9110 says


async def _inflated(source: AsyncIterator[bytes], encoding: str) -> AsyncIterator[bytes]:
    inflater = _inflater(encoding)
    raw_deflate = encoding == "deflate"
    async for chunk in source:
        data = chunk
        while True:
            try:
                out = inflater.decompress(data, PIECE_BYTES)
            except zlib.error as exc:
                if not raw_deflate:
                    raise httpx.DecodingError(f"corrupt {encoding} body: {exc}") from exc
                inflater = zlib.decompressobj(-zlib.MAX_WBITS)  # some servers send deflate without its header
                raw_deflate = False
                continue
            raw_deflate = False
            data = inflater.unconsumed_tail
            if out:
                yield out
            if inflater.eof:
                return  # whatever follows the compressed stream is not part of the body
            if not data and len(out) < PIECE_BYTES:
                break
    if not inflater.eof:
        raise httpx.DecodingError(f"the {encoding} body ends before its end")


async def _sized(source: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
    async for data in source:
        for start in range(0, len(data), PIECE_BYTES):
            yield data[start : start + PIECE_BYTES]


def _already_read(response: httpx.Response) -> bytes | None:
    """The decoded body of a response built in memory (a mock transport's), else None."""
    try:
        return response.content
    except httpx.ResponseNotRead:
        return None


async def _one(data: bytes) -> AsyncIterator[bytes]:
    yield data


async def decoded_pieces(response: httpx.Response) -> AsyncIterator[bytes]:
    """The decoded body in pieces of at most `PIECE_BYTES`; `httpx.DecodingError` for a bad encoding."""
    content = _already_read(response)
    if content is not None:
        async for piece in _sized(_one(content)):
            yield piece
        return
    encodings = [part.strip().lower() for part in response.headers.get_list("content-encoding", split_commas=True)]
    pieces: AsyncIterator[bytes] = _sized(response.aiter_raw())
    for encoding in reversed([e for e in encodings if e not in _IDENTITY]):
        if encoding not in ("gzip", "x-gzip", "deflate"):
            raise httpx.DecodingError(f"content encoding {encoding!r} was not asked for")
        pieces = _inflated(pieces, encoding)
    async for piece in pieces:
        yield piece


async def read_capped(response: httpx.Response, limit: int, *, keep_start: bool) -> bool:
    """Read the decoded body into `response.content`, keeping at most `limit` bytes.

    True when the body held more; what is kept is then its first `limit` bytes if `keep_start`,
    else nothing (so a refused body never costs twice its limit). The response is closed either way.
    """
    kept: list[bytes] = []
    size = 0
    truncated = False
    try:
        async for piece in decoded_pieces(response):
            room = limit - size
            if len(piece) > room:
                kept.append(piece[:room])
                truncated = True
                if not keep_start:
                    kept.clear()
                break
            kept.append(piece)
            size += len(piece)
    finally:
        await response.aclose()
    response._content = b"".join(kept)  # what `content`, `text` and `json()` read
    return truncated
