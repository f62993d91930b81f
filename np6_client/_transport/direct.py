"""What a call sent without httpx's client machinery needs besides its per-call path.

`NP6Client` builds each request as `httpx.AsyncClient.build_request` would and hands it straight
to the client's transport while the client has nothing to add (see `DirectSender` in
`_client.py`, which keeps the per-call work in the module every call already runs through). Here
is what runs once per base URL or only now and then: the base URL as text a path joins onto, the
clock that gives a streamed answer its `elapsed` when closed, and httpx's own log line.
"""

from __future__ import annotations

import datetime
import logging
import time
from collections.abc import AsyncIterator

import httpx

httpx_logger = logging.getLogger("httpx")  # httpx's client logs each request here; the direct path too


def base_prefix(base: httpx.URL) -> str | None:
    """The base URL as text a path joins onto, or None for one httpx joins its own way."""
    if base.userinfo or base.query or base.fragment:
        return None  # credentials become Basic auth; a query or fragment ends up inside the path
    netloc = base.netloc.decode("ascii")
    return f"{base.scheme}://{netloc}{base.raw_path.decode('ascii')}"  # httpx keeps it ending in "/"


class TimedStream(httpx.AsyncByteStream):
    """A streamed answer's body that sets `response.elapsed` once closed, as httpx's client does."""

    def __init__(self, inner: httpx.AsyncByteStream, response: httpx.Response, start: float) -> None:
        self._inner = inner
        self._response = response
        self._start = start

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            yield chunk

    async def aclose(self) -> None:
        self._response.elapsed = datetime.timedelta(seconds=time.perf_counter() - self._start)
        await self._inner.aclose()


def log_sent(request: httpx.Request, response: httpx.Response) -> None:
    """The line `httpx.AsyncClient` logs at INFO for each request, word for word."""
    httpx_logger.info(
        'HTTP Request: %s %s "%s %d %s"',
        request.method,
        request.url,
        response.http_version,
        response.status_code,
        response.reason_phrase,
    )
