"""The connection layer under `NP6Transport`: aiohttp's pool by default, httpx's own (httpcore) on request.

Measured by bench/throughput.py: at 100 and 500 calls in flight, httpcore 1.0's pool spends its
time rescanning connections for each waiting request (encode/httpcore#1035), while aiohttp's
hands a freed connection straight to one waiter; the SDK on aiohttp runs several times the calls
per second with a fraction of the CPU per call. Everything above this layer (httpx's client,
`NP6Transport`) is the same either way.

`AiohttpNetwork` is a small httpx transport over one aiohttp session rather than the
`httpx-aiohttp` package, which does four things the SDK cannot accept: it reports a server that
hung up after the request as `httpx.ConnectTimeout` (so a POST would be retried after NP6 may
have applied it), lets aiohttp send a PUT or DELETE a second time on a failed kept-alive
connection (the second answer would pass for the first), has yarl decode `%2E%2E` in a path back
into a dot segment that it then resolves (a path parameter `..` would address another resource),
and keeps its own cookie jar beside httpx's.
"""

from __future__ import annotations

import asyncio
import functools
import socket
import ssl
import struct
from collections.abc import AsyncIterator, Mapping
from contextlib import suppress
from typing import TYPE_CHECKING, Any

import httpx

from .._constants import STREAM_EXTENSION, Network, pool_limits
from .models import as_text, origin_and_path, read_response

_RESET_ON_CLOSE = struct.pack("ii", 1, 0)  # SO_LINGER on, 0 s
# A body declared this small, and not compressed, is read whole at once: less work than a stream,
# in memory bounded all the same (every cap above this layer still applies to it).
WHOLE_BODY_BYTES = 1 << 16
_LENGTH_DIGITS = len(str(WHOLE_BODY_BYTES))

if TYPE_CHECKING:
    import aiohttp
    import yarl

    from .read_timeouts import ReadTimeouts


def build_network(network: Network, max_concurrency: int) -> httpx.AsyncBaseTransport:
    """The transport a client opens its connections with, sized for `max_concurrency` calls in flight."""
    limits = pool_limits(max_concurrency)
    if network == "aiohttp":
        return AiohttpNetwork(limits)
    if network == "httpcore":
        return httpx.AsyncHTTPTransport(limits=limits, retries=0)
    raise ValueError(f"network must be 'aiohttp' or 'httpcore', not {network!r}")


def _mapped(error: Exception, *, answered: bool) -> httpx.TransportError:
    """The httpx error saying what is known of a failure: never sent, timed out, or maybe received."""
    import aiohttp

    kinds: list[tuple[Any, type[httpx.TransportError]]] = [
        (asyncio.TimeoutError, httpx.ReadTimeout),  # aiohttp's read timeouts subclass it
        (aiohttp.ServerDisconnectedError | aiohttp.ClientPayloadError, httpx.RemoteProtocolError),  # as httpcore says
    ]
    if not answered:
        kinds[:0] = [
            (aiohttp.ClientConnectorError, httpx.ConnectError),
            (aiohttp.ConnectionTimeoutError, httpx.ConnectTimeout),  # no connection in time: nothing was written
            (aiohttp.InvalidURL | aiohttp.NonHttpUrlClientError, httpx.UnsupportedProtocol),
        ]
        if not isinstance(error, aiohttp.ClientError | OSError | asyncio.TimeoutError):
            kinds.insert(0, (Exception, httpx.LocalProtocolError))  # refused before sending (a newline in a header)
    kind = next((mapped for caught, mapped in kinds if isinstance(error, caught)), httpx.ReadError)
    return kind(str(error) or type(error).__name__)


@functools.lru_cache(maxsize=16)
def _client_timeout(connect: float | None, read: float | None, pool: float | None) -> aiohttp.ClientTimeout:
    """The aiohttp form of httpx's timeouts, made once per value (a client has one or a few)."""
    import aiohttp

    return aiohttp.ClientTimeout(sock_connect=connect, sock_read=read, connect=pool)


def _small_plain_body(headers: Mapping[str, str]) -> bool:
    """Whether an answer declares a body of at most `WHOLE_BODY_BYTES`, sent without content encoding."""
    length = headers.get("content-length")
    return (
        length is not None
        and len(length) <= _LENGTH_DIGITS
        and length.isascii()
        and length.isdigit()
        and int(length) <= WHOLE_BODY_BYTES
        and "content-encoding" not in headers
    )


def abandon(sock: Any) -> None:
    """End a half-read connection now, and make its eventual close a reset.

    Shutting down sends a FIN at once, but a server blocked writing into a full window never reads
    it; and once the socket's queue has been read out before the close, the close is an orderly
    one the server waits on until the kernel gives up (a minute). With linger 0, closing resets.
    """
    with suppress(OSError, AttributeError, TypeError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, _RESET_ON_CLOSE)
    with suppress(OSError, AttributeError, TypeError):
        sock.shutdown(socket.SHUT_RDWR)


class _Socket:
    """The `network_stream` extension httpcore sets: lets a stream shut its socket down at once."""

    def __init__(self, response: aiohttp.ClientResponse) -> None:
        self._response = response

    def get_extra_info(self, name: str) -> Any:
        connection = self._response.connection
        transport = connection.transport if connection is not None else None
        return transport.get_extra_info(name) if transport is not None else None


class _Body(httpx.AsyncByteStream):
    """The answer's body as it arrives; closing it before its end closes the connection at once."""

    def __init__(self, response: aiohttp.ClientResponse, network: AiohttpNetwork) -> None:
        self._response = response
        self._network = network
        self._read = False
        self._open = True

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.content.iter_any():
                yield chunk
        except Exception as exc:
            raise _mapped(exc, answered=True) from exc
        self._read = True

    async def aclose(self) -> None:
        if self._open:
            self._open = False
            self._network.in_use -= 1
        if self._read:
            self._response.release()
            return
        # Never hand a half-read connection back to the pool; the transport closes the socket on the
        # loop's next turn, which the pause lets happen before `aclose()` returns.
        abandon(_Socket(self._response).get_extra_info("socket"))
        self._response.close()
        await asyncio.sleep(0)


class AiohttpNetwork(httpx.AsyncBaseTransport):
    """An httpx transport over one aiohttp session, opened on first use (inside the event loop)."""

    def __init__(self, limits: httpx.Limits) -> None:
        self.limits = limits
        self.in_use = 0  # answers handed out whose body is not closed yet: each holds a connection
        self._session: aiohttp.ClientSession | None = None
        self._tls_context: ssl.SSLContext | None = None
        self._origin: tuple[tuple[object, ...], yarl.URL] | None = None  # the last origin, parsed
        self._read_timeouts: ReadTimeouts | None = None  # the session's read timer (None: aiohttp's own)

    def _open(self) -> aiohttp.ClientSession:
        """A session that sends each request once and leaves cookies to httpx's client.

        aiohttp sends an idempotent request a second time when a kept-alive connection fails
        under it; its own test client turns that off the same way (`_retry_connection`).
        Retries are `NP6Transport`'s, which knows what an attempt may have applied.
        """
        import aiohttp

        from .read_timeouts import time_reads

        connector = aiohttp.TCPConnector(
            limit=self.limits.max_connections or 0, keepalive_timeout=self.limits.keepalive_expiry
        )
        self._read_timeouts = time_reads(connector, asyncio.get_running_loop())
        session = aiohttp.ClientSession(connector=connector, cookie_jar=aiohttp.DummyCookieJar())
        if not hasattr(session, "_retry_connection"):
            raise RuntimeError("this aiohttp version cannot be kept from resending requests; use network='httpcore'")
        session._retry_connection = False
        return session

    def _tls(self) -> ssl.SSLContext:
        """The certificates httpx trusts (certifi), as with `network="httpcore"`; built on the first https request."""
        if self._tls_context is None:
            self._tls_context = httpx.create_ssl_context(trust_env=False)
        return self._tls_context

    def _target(self, url: httpx.URL) -> yarl.URL:
        """`url` for aiohttp, sent as httpx encoded it (no dot segment resolved); its origin parsed once."""
        import yarl

        parts = origin_and_path(url)
        if parts is None:
            return yarl.URL(str(url), encoded=True)
        origin, path = parts
        if self._origin is None or self._origin[0] != origin:
            self._origin = origin, yarl.URL(str(url), encoded=True)
        return self._origin[1].with_path(path, encoded=True)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._session is None:
            self._session = self._open()
        timeout = request.extensions.get("timeout", {})
        headers = as_text(request.headers)
        data: Any
        try:
            data = request.content or None
        except httpx.RequestNotRead:  # a streamed body: aiohttp frames it itself
            data = request.stream
            headers = [(name, value) for name, value in headers if name.lower() != "transfer-encoding"]
        try:
            response = await self._session.request(
                request.method,
                self._target(request.url),
                headers=headers,
                data=data,
                allow_redirects=False,
                auto_decompress=False,  # httpx decodes, with its own limits
                timeout=_client_timeout(timeout.get("connect"), timeout.get("read"), timeout.get("pool")),
                server_hostname=request.extensions.get("sni_hostname"),
                ssl=self._tls() if request.url.scheme == "https" else True,
            )
        except Exception as exc:
            raise _mapped(exc, answered=False) from exc
        network_stream = _Socket(response)
        extensions: dict[str, Any] = {"http_version": b"HTTP/1.1", "network_stream": network_stream}
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode()
        if not request.extensions.get(STREAM_EXTENSION) and _small_plain_body(response.headers):
            # aiohttp gives the connection back once the body is read, and closes it when the read
            # fails; the socket, taken first, then gets a reset so the server stops at once too.
            sock = network_stream.get_extra_info("socket")
            try:
                body = await response.read()
            except BaseException as exc:
                abandon(sock)
                if isinstance(exc, Exception):
                    raise _mapped(exc, answered=True) from exc
                raise
            return read_response(response.status, response.raw_headers, body, request, extensions)
        self.in_use += 1
        return httpx.Response(
            response.status,
            headers=response.raw_headers,
            stream=_Body(response, self),
            request=request,
            extensions=extensions,
        )

    async def aclose(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            await session.close()
        if self._read_timeouts is not None:
            self._read_timeouts.close()
