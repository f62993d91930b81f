"""The connection layer under `NP6Transport`: aiohttp's pool by default, httpx's own (httpcore) on request.

Measured by bench/throughput.py: at 100 and 500 calls in flight, httpcore 1.0's pool spends its
time rescanning connections for each waiting request (encode/httpcore#1035), while aiohttp's
hands a freed connection straight to one waiter; the SDK on aiohttp runs several times the calls
per second and spends a fraction of the CPU per call. `httpx-aiohttp` adapts aiohttp's session to
an httpx transport, so everything above it (httpx's client, `NP6Transport`) is unchanged.

Its exceptions are re-read here, because whether a failed request may be sent again depends on it:
`httpx-aiohttp` reports any `aiohttp.ClientConnectionError` (a server that hung up after the
request was written, a reset) as `httpx.ConnectTimeout`, which would let a POST be retried after
NP6 may have applied it. Here only a connection never made is "not sent"; everything else is a
read error (the request may have arrived), and no aiohttp exception escapes as itself.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Literal

import httpx

from ._constants import pool_limits

if TYPE_CHECKING:
    import aiohttp

Network = Literal["aiohttp", "httpcore"]
DEFAULT_NETWORK: Network = "aiohttp"


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

    cause: BaseException = error.__cause__ if isinstance(error, httpx.TransportError) and error.__cause__ else error
    message = str(cause) or type(cause).__name__
    if not answered:
        if isinstance(cause, aiohttp.ClientConnectorError):
            return httpx.ConnectError(message)
        if isinstance(cause, aiohttp.ConnectionTimeoutError):  # no connection in time: nothing was written
            return httpx.ConnectTimeout(message)
        if isinstance(cause, aiohttp.InvalidURL | aiohttp.NonHttpUrlClientError):
            return httpx.UnsupportedProtocol(message)
    if isinstance(cause, asyncio.TimeoutError):  # aiohttp's read timeouts subclass it
        return httpx.ReadTimeout(message)
    return httpx.ReadError(message)


class _MappedStream(httpx.AsyncByteStream):
    """The answer's body, with read failures reported as httpx read errors."""

    def __init__(self, inner: httpx.AsyncByteStream) -> None:
        self._inner = inner

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._inner:
                yield chunk
        except Exception as exc:
            raise _mapped(exc, answered=True) from exc

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        except Exception as exc:
            raise _mapped(exc, answered=True) from exc


class AiohttpNetwork(httpx.AsyncBaseTransport):
    """`httpx-aiohttp`'s transport over an aiohttp session opened on first use, with exact failures."""

    def __init__(self, limits: httpx.Limits) -> None:
        from httpx_aiohttp import AiohttpTransport

        self.limits = limits
        self._inner = AiohttpTransport(limits=limits, trust_env=False, retries=0, client=self._session)

    def _session(self) -> aiohttp.ClientSession:
        """A session that sends each request once and leaves cookies to httpx's client.

        aiohttp sends an idempotent request (PUT, DELETE) a second time when a kept-alive
        connection fails under it; the transport above would then take the second answer for the
        first, and a DELETE whose answer was lost would come back as a certain 404. Its own test
        client turns that off the same way (`_retry_connection`); retries are the transport's.
        """
        import aiohttp

        connector = aiohttp.TCPConnector(
            limit=self.limits.max_connections or 0,
            keepalive_timeout=self.limits.keepalive_expiry,
            ssl=httpx.create_ssl_context(trust_env=False),
        )
        session = aiohttp.ClientSession(connector=connector, cookie_jar=aiohttp.DummyCookieJar())
        if not hasattr(session, "_retry_connection"):
            raise RuntimeError("this aiohttp version cannot be kept from resending requests; use network='httpcore'")
        session._retry_connection = False
        return session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await self._inner.handle_async_request(request)
        except Exception as exc:
            raise _mapped(exc, answered=False) from exc
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _MappedStream(response.stream)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()
