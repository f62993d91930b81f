"""The one place where every request is checked, authenticated, paced, retried and judged.

`NP6Transport` wraps the transport that really talks to the network, so it applies to every
generated function, to streaming, and to a caller's own httpx client alike.
"""

from __future__ import annotations

import asyncio
import functools
import ipaddress

import httpx

from ._auth import API_KEY_HEADER, APIKey
from ._exceptions import APIConnectionError, APITimeoutError, ConfigurationError, status_error
from ._options import ClientOptions
from ._ratelimit import RateLimiter
from ._retry import backoff, may_retry_error, may_retry_status, rate_limit_wait, read_quota
from ._telemetry import Telemetry
from ._validation import validate_request

STREAM_EXTENSION = "np6_stream"
_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


@functools.lru_cache(maxsize=64)
def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses, the only hosts plain HTTP may reach."""
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def require_safe_url(url: httpx.URL) -> None:
    """Refuse to send the key in clear text anywhere but this machine."""
    if url.scheme != "https" and not (url.scheme == "http" and is_loopback(url.host)):
        raise ConfigurationError(f"refusing to send the API key over {url.scheme}:// to {url.host}; use https")


class NP6Transport(httpx.AsyncBaseTransport):
    """Validation, `X-Key`, shared rate-limit pauses, safe retries and typed status errors."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        api_key: APIKey,
        options: ClientOptions,
        limiter: RateLimiter,
        owns_inner: bool,
        telemetry: Telemetry | None = None,
    ) -> None:
        self._telemetry = telemetry or Telemetry()
        self._inner = inner
        self._api_key = api_key
        self._options = options
        self._limiter = limiter
        self._owns_inner = owns_inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        require_safe_url(request.url)
        validate_request(request)
        streaming = bool(request.extensions.get(STREAM_EXTENSION))
        failures = rate_limited = 0
        waited = 0.0
        call = self._telemetry.call(request)
        while True:
            attempt = self._attempt(request, streaming)
            outcome = await (call.attempt(attempt) if call else attempt)
            if isinstance(outcome, httpx.Response) and outcome.is_success:
                return outcome
            wait = self._plan_retry(request, outcome, failures, rate_limited, waited)
            if wait is None:
                raise self._final_error(request, outcome)
            if call:
                call.retry_scheduled(outcome, wait)
            if isinstance(outcome, httpx.Response) and outcome.status_code == 429:
                rate_limited += 1
            else:
                failures += 1
            waited += wait
            await asyncio.sleep(wait)

    async def _attempt(self, request: httpx.Request, streaming: bool) -> httpx.Response | httpx.TransportError:
        await self._limiter.acquire()
        try:
            request.headers[API_KEY_HEADER] = self._api_key.reveal()
            response = await self._inner.handle_async_request(request)
        except httpx.TransportError as exc:
            return exc
        finally:
            # Whoever holds the request later (a response, an error, a log) never sees the key.
            request.headers.pop(API_KEY_HEADER, None)
            self._limiter.release()
        response.request = request
        try:
            if not (streaming and response.is_success):
                await response.aread()
        except httpx.TransportError as exc:
            await response.aclose()
            return exc
        except BaseException:
            await response.aclose()
            raise
        self._limiter.observe(read_quota(response.headers, self._options), refused=response.status_code == 429)
        return response

    def _plan_retry(
        self,
        request: httpx.Request,
        outcome: httpx.Response | httpx.TransportError,
        failures: int,
        rate_limited: int,
        waited: float,
    ) -> float | None:
        options = self._options
        if isinstance(outcome, httpx.Response):
            status = outcome.status_code
            if not may_retry_status(request.method, status):
                return None
            if status == 429:
                if rate_limited >= options.max_rate_limit_retries:
                    return None
                asked = rate_limit_wait(outcome.headers, options)
                wait = backoff(rate_limited + 1, options) if asked is None else asked
            else:
                if failures >= options.max_retries:
                    return None
                asked = rate_limit_wait(outcome.headers, options) if status == 503 else None
                wait = backoff(failures + 1, options) if asked is None else asked
        else:
            if failures >= options.max_retries or not may_retry_error(request.method, outcome):
                return None
            wait = backoff(failures + 1, options)
        wait = min(wait, options.max_wait)
        if waited + wait > options.max_total_wait:
            return None
        if isinstance(outcome, httpx.Response) and outcome.status_code == 429:
            self._limiter.pause_for(wait)
            self._telemetry.pause_begun(request, wait)
        return wait

    @staticmethod
    def _final_error(request: httpx.Request, outcome: httpx.Response | httpx.TransportError) -> Exception:
        if isinstance(outcome, httpx.Response):
            return status_error(outcome)
        kind = APITimeoutError if isinstance(outcome, httpx.TimeoutException) else APIConnectionError
        return kind(f"{type(outcome).__name__}: {outcome}", method=request.method, path=request.url.path)

    async def aclose(self) -> None:
        if self._owns_inner:
            await self._inner.aclose()

    def __repr__(self) -> str:
        return f"NP6Transport(options={self._options!r}, limiter={self._limiter!r})"


class ClientAsTransport(httpx.AsyncBaseTransport):
    """Lets a caller's own `httpx.AsyncClient` carry requests under the NP6 transport."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._client.send(request, stream=True)

    async def aclose(self) -> None:
        """The caller owns its client and closes it."""
