"""`record(path)` and `replay(path)`: httpx transports that write and answer from a cassette.

    async with NP6Client(api_key=key, transport=record("session.jsonl")) as np6: ...   # real NP6
    async with NP6Client(api_key="any", transport=replay("session.jsonl")) as np6: ...  # tests

The recorder sits under the SDK's own transport, so it sees each attempt exactly as NP6 does. It
passes answers through as they stream and keeps at most `RECORD_LIMIT` bytes of each for the
cassette. The replayer never opens a connection: a request it holds no answer for raises
`CassetteMissError` at once.
"""

from __future__ import annotations

import json
from collections import defaultdict, deque
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import httpx

from np6_client._constants import CALL_EXTENSION
from np6_client._exceptions import NP6Error
from np6_client._transport.call import Call
from np6_client.testing._cassette import (
    EMAIL,
    KEPT_HEADERS,
    KEY_PLACEHOLDER,
    PHONE,
    Exchange,
    Pseudonyms,
    decode_body,
    iter_personal_query,
    query_pairs,
    read_cassette,
    route_of,
)

RECORD_LIMIT = 1 << 20


class CassetteMissError(NP6Error):
    """A replayed request that the cassette holds no (further) answer for."""


class _TeeStream(httpx.AsyncByteStream):
    """Passes an answer through while keeping its first `RECORD_LIMIT` bytes; reports on close."""

    def __init__(self, inner: httpx.AsyncByteStream, done: Callable[[bytes, bool], None]) -> None:
        self._inner = inner
        self._done = done
        self._kept: list[bytes] = []
        self._size = 0
        self._reported = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            room = RECORD_LIMIT - self._size
            if room > 0:
                self._kept.append(chunk[:room])
            self._size += len(chunk)
            yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()
        if not self._reported:
            self._reported = True
            self._done(b"".join(self._kept), self._size > RECORD_LIMIT)


class RecordingTransport(httpx.AsyncBaseTransport):
    """Sends through `inner` and appends each exchange to a JSON-lines cassette."""

    def __init__(self, path: str | Path, inner: httpx.AsyncBaseTransport | None = None) -> None:
        self._path = Path(path)
        self._inner = inner or httpx.AsyncHTTPTransport()
        self._pseudonyms = Pseudonyms()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Forward the request; the exchange is written once its answer has been read or closed."""
        key = request.headers.get("x-key", "")
        request_body = await request.aread()
        response = await self._inner.handle_async_request(request)

        def done(raw: bytes, truncated: bool) -> None:
            self._write(
                request=request, request_body=request_body, response=response, raw=raw, truncated=truncated, key=key
            )

        stream = response.stream
        if not isinstance(stream, httpx.AsyncByteStream):
            raise TypeError(f"the recorded transport answered a {type(stream).__name__}, not an async stream")
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=_TeeStream(stream, done),
            extensions=response.extensions,
        )

    def _write(
        self,
        *,
        request: httpx.Request,
        request_body: bytes,
        response: httpx.Response,
        raw: bytes,
        truncated: bool,
        key: str,
    ) -> None:
        hide = self._pseudonyms
        content = _decoded(response.headers, raw)
        kind, body = decode_body(_blank(content, key), response.headers.get("content-type"))
        _, sent = decode_body(_blank(request_body, key), request.headers.get("content-type"))
        headers = {
            name: _blank(response.headers[name].encode(), key).decode()
            for name in KEPT_HEADERS
            if name in response.headers
        }
        exchange = Exchange(
            method=request.method,
            route=_template(request),
            path=hide.text(request.url.path),
            query=list(iter_personal_query(query_pairs(request.url.query), hide)),
            request_type=request.headers.get("content-type"),
            request_body=hide.data(sent),
            status=response.status_code,
            headers=headers,
            body=hide.data(body) if kind == "json" else (hide.text(body) if kind == "text" else None),
            body_kind="text" if truncated and kind == "json" else kind,
        )
        if truncated:
            exchange.body = None
            exchange.body_kind = "truncated"
        with self._path.open("a", encoding="utf-8") as cassette:
            cassette.write(exchange.to_line() + "\n")

    async def aclose(self) -> None:
        """Close the inner transport."""
        await self._inner.aclose()


def _decoded(headers: httpx.Headers, raw: bytes) -> bytes:
    """The kept bytes decoded by their content encoding (gzip, ...), at most `RECORD_LIMIT` of them."""
    try:
        return httpx.Response(200, headers=headers, stream=httpx.ByteStream(raw)).read()[:RECORD_LIMIT]
    except httpx.DecodingError:
        return raw


def _blank(content: bytes, key: str) -> bytes:
    """`content` with the API key blanked wherever a server echoed it."""
    return content.replace(key.encode(), KEY_PLACEHOLDER.encode()) if key else content


def record(path: str | Path, *, transport: httpx.AsyncBaseTransport | None = None) -> RecordingTransport:
    """A transport recording every exchange to `path` (JSON lines, appended); `transport` sends."""
    return RecordingTransport(path, transport)


class _Mask(Pseudonyms):
    """Personal values reduced to their kind, so a request matches whatever pseudonym it carries."""

    def value(self, value: str) -> str:
        text = value.strip()
        return "<email>" if EMAIL.fullmatch(text) else "<phone>" if PHONE.fullmatch(text) else "<personal>"


_MASK = _Mask(b"-")
RequestKey = tuple[str, str, tuple[tuple[str, str], ...], str]


def request_key(method: str, path: str, query: list[tuple[str, str]], body: Any) -> RequestKey:
    """What identifies a request in a cassette, personal values masked."""
    masked_query = tuple(sorted(iter_personal_query(query, _MASK)))
    masked_body = json.dumps(_MASK.data(body), sort_keys=True, ensure_ascii=False)
    return method.upper(), _MASK.text(path), masked_query, masked_body


class ReplayTransport(httpx.AsyncBaseTransport):
    """Answers from a cassette: each recorded answer once, in recorded order per request."""

    def __init__(self, path: str | Path) -> None:
        self._answers: dict[RequestKey, deque[Exchange]] = defaultdict(deque)
        for exchange in read_cassette(path):
            key = request_key(exchange.method, exchange.path, exchange.query, exchange.request_body)
            self._answers[key].append(exchange)
        self._path = Path(path)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """The next recorded answer to this request, or `CassetteMissError`."""
        _, sent = decode_body(await request.aread(), request.headers.get("content-type"))
        pairs = query_pairs(request.url.query)
        queue = self._answers.get(request_key(request.method, request.url.path, pairs, sent))
        if not queue:
            raise CassetteMissError(
                f"{request.method} {request.url.path}: the cassette {self._path.name} holds no (further) answer "
                "for this request; record it again or change the test"
            )
        exchange = queue.popleft()
        return httpx.Response(exchange.status, headers=exchange.headers, content=exchange.body_bytes())


def replay(path: str | Path) -> ReplayTransport:
    """A transport answering from the cassette at `path`; it never reaches the network."""
    return ReplayTransport(path)


def _template(request: httpx.Request) -> str | None:
    """The call's path template when the SDK sent it (whatever the base URL's prefix), else a lookup."""
    call = request.extensions.get(CALL_EXTENSION)
    if isinstance(call, Call) and call.template is not None:
        return call.template
    return route_of(request.method, request.url.path)
