"""The one place where every request is checked, authenticated, paced, retried and judged.

`NP6Transport` wraps the transport that really talks to the network, so it applies to every
generated function, to streaming, and to a caller's own httpx client alike. Every exception it
lets out is an `NP6Error` (cancellation aside), with the key blanked out of its cause.
"""

from __future__ import annotations

import asyncio
import datetime
import functools
import ipaddress
import re
import time

import attrs
import httpx

from .._auth import API_KEY_HEADER, APIKey
from .._constants import (
    ATTEMPT_EXTENSION,
    CALL_EXTENSION,
    CLIENT_CLOSED,
    MAYBE_APPLIED_EXTENSION,
    RATE_LIMIT_HEADERS,
    STREAM_EXTENSION,
)
from .._exceptions import (
    REDACTOR_EXTENSION,
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    ConfigurationError,
    InvalidRequestError,
    MalformedResponseError,
    NP6Error,
    ResponseTooLargeError,
    status_error,
)
from .._options import ClientOptions
from .._ratelimit.limiter import RateLimiter, RateLimitTracker
from .._ratelimit.pacing import NO_QUOTA
from .._spec.index import Operation, index
from .._spec.response_types import answer_kinds
from .._spec.validation import operation_checks, validate_operation, validate_request
from .._telemetry import LISTENING_LEVEL, UNKNOWN_PATH, Telemetry, failure_reason, logger
from .attempt import Attempt, Wait, first_attempt
from .body_reader import read_capped
from .call import NO_OPTIONS, Call
from .deadline import Deadlines
from .models import close_if_whole, drop, has_any, origin_of, put, replace_values, value_of
from .retry import (
    backoff,
    bounded_wait,
    may_have_applied,
    may_retry_error,
    may_retry_status,
    rate_limit_wait,
    read_quota,
)

# What is read of an error answer: enough for its excerpt and a JSON error object, never more.
ERROR_BODY_BYTES = 1 << 16
_FIRST_BYTE = re.compile(rb"[ \t\r\n]*(.)", re.DOTALL)
_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})
_FIRST_BYTES = {
    "array": b"[",
    "object": b"{",
    "string": b'"',
    "integer": b"-0123456789",
    "number": b"-0123456789",
    "boolean": b"tf",
}
_NOTABLE_WAIT = 0.001  # seconds held by the limiter worth reporting to a tracing transport
_QUOTA_HEADERS = frozenset(name.encode() for name in RATE_LIMIT_HEADERS)
_LENGTH_SPOILERS = frozenset({b"content-encoding", b"content-length"})  # once length is known
_KEY_NAME = API_KEY_HEADER.encode()
_KEY_LOWER = _KEY_NAME.lower()
_MAX_LENGTH_DIGITS = 18  # a longer Content-Length is beyond any cap (and int() of thousands of digits is slow)


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


def _within(headers: httpx.Headers, limit: int) -> bool:
    """Whether a body is declared no longer than `limit` bytes and sent as it is (no content encoding)."""
    length = None
    for _, name, value in headers._list:  # one pass: a repeated length or any encoding says no
        if name == b"content-length" and length is None:
            length = value
        elif name in _LENGTH_SPOILERS:
            return False
    return (
        length is not None
        and length.isascii()
        and length.isdigit()
        and len(length) <= _MAX_LENGTH_DIGITS
        and int(length) <= limit
    )


class Lifecycle:
    """Whether the client owning the pool was closed; its views share this and stop with it."""

    __slots__ = ("closed",)

    def __init__(self) -> None:
        self.closed = False


def _shape_problem(response: httpx.Response, expected: str | None) -> str | None:
    """Why a whole body cannot be what the spec says (an object where an array is due, ...)."""
    allowed = _FIRST_BYTES.get(expected or "")
    if allowed is None:
        return None
    content = response.content
    first = content[:1]
    if first and first in allowed:  # most bodies start at once; else after JSON whitespace
        return None
    match = _FIRST_BYTE.match(content)  # no copy of a large body
    if match and match.group(1) in allowed:
        return None
    return f"expected a JSON {expected}"


class NP6Transport(httpx.AsyncBaseTransport):
    """Validation, `X-Key`, shared rate-limit pauses, safe retries, one deadline and typed errors."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        api_key: APIKey,
        options: ClientOptions,
        limiter: RateLimiter,
        owns_inner: bool,
        base_url: httpx.URL,
        lifecycle: Lifecycle,
        telemetry: Telemetry | None = None,
        rate_limit: RateLimitTracker | None = None,
    ) -> None:
        self._telemetry = telemetry or Telemetry()
        self._rate_limit = rate_limit or RateLimitTracker(limiter)
        self._inner = inner
        self._api_key = api_key
        self._options = options
        self._limiter = limiter
        self._owns_inner = owns_inner
        self._base_url = base_url
        require_safe_url(base_url)
        self._base_origin = origin_of(base_url)
        self._base_netloc = base_url.netloc
        self._base_path = base_url.path.rstrip("/")
        self._lifecycle = lifecycle
        self._budget = options.call_budget()  # options are frozen: one computation per client or view
        self._deadlines: Deadlines | None = None  # made in the event loop of the first call

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._lifecycle.closed:
            raise ClientClosedError(CLIENT_CLOSED)
        url = request.url
        netloc = self._require_origin(url)
        host = value_of(request.headers, b"host")
        if host is not None and host != netloc:
            raise InvalidRequestError("headers['Host']", "set from the base URL; a request may not change it")
        call = request.extensions.get(CALL_EXTENSION)
        if not isinstance(call, Call):
            call = None
        if call is not None and call.operation_id is not None:
            operation = index().by_id.get(call.operation_id)
            # Decided per operation once: a bodiless request on its own path may have nothing to check.
            if operation is not None and (
                request.content
                or operation_checks(operation).without_body
                or not operation.pattern.match(self._api_path(url))
            ):
                validate_operation(operation, request, self._api_path(url))
        else:  # np6.request() or the httpx client used directly: only the path says which operation
            operation = validate_request(request, self._api_path(url))
        options = self._options
        budget = self._budget
        if call is not None and call.options is not NO_OPTIONS and call.options.changes_settings:
            options = call.options.applied_to(options)
            budget = options.call_budget()
        deadlines = self._deadlines
        if deadlines is None or deadlines.loop is not asyncio.get_running_loop():
            deadlines = self._deadlines = Deadlines(asyncio.get_running_loop())
        clock = deadlines.start(budget)
        try:
            response = await self._send(request, operation, options, clock.when)
        except BaseException as exc:
            if (timeout := clock.end(exc)) is not None:
                raise APITimeoutError(
                    f"no answer within the call's deadline of {budget:g}s", method=request.method, path=url.path
                ) from timeout
            if isinstance(exc, NP6Error) or not isinstance(exc, Exception):
                raise
            raise self._unexpected(request, exc) from exc
        clock.end(None)
        return response

    def _unexpected(self, request: httpx.Request, exc: Exception) -> APIConnectionError:
        self._api_key.scrub(exc)
        return APIConnectionError(
            f"the transport failed unexpectedly ({type(exc).__name__})", method=request.method, path=request.url.path
        )

    def _require_origin(self, url: httpx.URL) -> bytes:
        """Refuse any origin but the base URL's, where alone the key may go; the URL's netloc.

        The base URL's scheme and host were checked when this transport was made, so a URL with
        the same ones is as safe. One the SDK built on the base URL has the base's very text for
        them: only another URL is parsed to compare.
        """
        if origin_of(url) == self._base_origin:
            return self._base_netloc
        base = self._base_url
        if (url.scheme, url.host, url.port) != (base.scheme, base.host, base.port):
            raise InvalidRequestError("url", f"{url.host!r} is not the client's base URL host; the key goes only there")
        return url.netloc

    def _api_path(self, url: httpx.URL) -> str:
        """The path as the spec writes it, without the base URL's prefix (a gateway's `/np6`)."""
        path = url.path
        return path[len(self._base_path) :] if path.startswith(self._base_path + "/") else path

    async def _send(
        self, request: httpx.Request, operation: Operation | None, options: ClientOptions, deadline: float
    ) -> httpx.Response:
        streaming = bool(request.extensions.get(STREAM_EXTENSION))
        failures = rate_limited = 0
        waited = 0.0
        maybe_applied = False
        template = UNKNOWN_PATH if operation is None else operation.template
        telemetry = self._telemetry
        # `Telemetry.listening`, read here so that a call nobody observes never enters telemetry;
        # read per call, as the logger's level may change at any time.
        listening = telemetry.observer is not None or logger.isEnabledFor(LISTENING_LEVEL)
        call = telemetry.call(request.method, template, self._api_key.redact) if listening else None
        sent = first_attempt(None, None) if operation is None else first_attempt(template, operation.operation_id)
        while True:
            attempt = self._attempt(request, streaming, options, sent)
            outcome = await (call.attempt(attempt) if call else attempt)
            if isinstance(outcome, httpx.Response) and 200 <= outcome.status_code < 300:  # `is_success`
                return self._judged(outcome, operation, streaming, maybe_applied)
            wait = self._plan_retry(request, template, options, outcome, failures, rate_limited, waited)
            if wait is not None and asyncio.get_running_loop().time() + wait >= deadline:
                wait = None  # sleeping would only end in the deadline's error; give the real one now
            if wait is None:
                if isinstance(outcome, httpx.Response):
                    raise status_error(outcome, uncertain=maybe_applied)
                uncertain = maybe_applied or may_have_applied(request.method, outcome)
                raise self._connection_error(request, outcome, uncertain) from outcome
            if call:
                call.retry_scheduled(outcome, wait)
            retry = Wait("retry", failure_reason(outcome), wait, time.time_ns())
            sent = attrs.evolve(sent, resend_count=sent.resend_count + 1, waits=(retry,))
            if isinstance(outcome, httpx.Response) and outcome.status_code == 429:
                rate_limited += 1
            else:
                failures += 1
                maybe_applied = maybe_applied or may_have_applied(request.method, outcome)
            waited += wait
            await asyncio.sleep(wait)

    @staticmethod
    def _judged(
        response: httpx.Response, operation: Operation | None, streaming: bool, maybe_applied: bool
    ) -> httpx.Response:
        if maybe_applied:
            response.extensions[MAYBE_APPLIED_EXTENSION] = True
        if not streaming and operation is not None:
            problem = _shape_problem(response, answer_kinds(operation).get(response.status_code))
            if problem:
                raise MalformedResponseError(response, problem)
        return response

    async def _attempt(
        self, request: httpx.Request, streaming: bool, options: ClientOptions, sent: Attempt
    ) -> httpx.Response | httpx.TransportError:
        pause_reason = self._rate_limit.state.pause_reason
        began_ns, began = time.time_ns(), time.monotonic()
        await self._limiter.acquire()
        held = time.monotonic() - began
        if held >= _NOTABLE_WAIT:
            wait = Wait("rate_limit", pause_reason or "pacing", held, began_ns)
            sent = attrs.evolve(sent, waits=(*sent.waits, wait))
        request.extensions[ATTEMPT_EXTENSION] = sent
        try:
            put(request.headers, _KEY_NAME, self._api_key.reveal().encode())
            sent_at = time.monotonic()
            response = await self._inner.handle_async_request(request)
        except httpx.TransportError as exc:
            self._api_key.scrub(exc)
            return exc
        finally:
            # Whoever holds the request later (a response, an error, a log) never sees the key.
            drop(request.headers, _KEY_LOWER)
            self._limiter.release()
        response._request = request  # `response.request = request`, without the property's call
        response.extensions = {**response.extensions, REDACTOR_EXTENSION: self._api_key}
        try:
            await self._read_body(response, streaming, options)
            if response.is_closed:  # read whole: timed as httpx's client times an answer, up to its close
                response._elapsed = datetime.timedelta(0, time.monotonic() - sent_at)  # `elapsed`, in seconds
            self._observe_quota(response, request.method, sent.template or UNKNOWN_PATH, options)
        except httpx.TransportError as exc:
            await response.aclose()
            self._api_key.scrub(exc)
            return exc
        except httpx.DecodingError as exc:
            await response.aclose()
            raise MalformedResponseError(response, "the body's content encoding is corrupt", cause=exc) from exc
        except BaseException:
            await response.aclose()
            raise
        return response

    def _observe_quota(self, response: httpx.Response, method: str, template: str, options: ClientOptions) -> None:
        """Tell the limiter and `np6.rate_limit` what the answer says of the rate limit.

        An answer without rate-limit headers, other than a 429, is not reported to a limiter that
        says it would learn nothing from it (`idle`): no header is parsed and no pacer is asked.
        """
        refused = response.status_code == 429
        if refused or has_any(response.headers, _QUOTA_HEADERS):
            quota = read_quota(response.headers, options)
        elif getattr(self._limiter, "idle", False):
            return
        else:
            quota = NO_QUOTA
        self._limiter.observe(quota, refused=refused)
        self._rate_limit.observe(quota, refused=refused, method=method, template=template)

    async def _read_body(self, response: httpx.Response, streaming: bool, options: ClientOptions) -> None:
        """Read what the call needs, in bounded memory; a stream's 2xx body is left to the stream.

        An error answer keeps its first `ERROR_BODY_BYTES`, with the key blanked out of them and of
        its headers (a server may echo it); a whole 2xx body larger than `max_body_bytes` is refused.
        """
        if 200 <= response.status_code < 300:  # `is_success`
            if streaming:
                return
            limit = options.max_body_bytes
            if _within(response.headers, limit):
                # Nothing to inflate and a declared length within the cap: the connection's framing
                # bounds the read. A transport that sends more than it declares is refused all the same.
                if not close_if_whole(response):  # a body that arrived whole is read without its stream
                    await response.aread()
                    await response.aclose()
                if len(response.content) > limit:
                    response._content = b""
                    raise ResponseTooLargeError(response, what="body", limit=limit)
                return
            if await read_capped(response, limit, keep_start=False):
                raise ResponseTooLargeError(response, what="body", limit=limit)
            return
        await read_capped(response, ERROR_BODY_BYTES, keep_start=True)
        redact = self._api_key.redact_bytes
        response._content = redact(response.content)
        replace_values(response.headers, redact)

    def _plan_retry(  # noqa: PLR0917 - one attempt's whole state, called from one place
        self,
        request: httpx.Request,
        template: str,
        options: ClientOptions,
        outcome: httpx.Response | httpx.TransportError,
        failures: int,
        rate_limited: int,
        waited: float,
    ) -> float | None:
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
        wait = bounded_wait(wait, options)
        if waited + wait > options.max_total_wait:
            return None
        if isinstance(outcome, httpx.Response) and outcome.status_code == 429:
            self._limiter.pause_for(wait)
            self._rate_limit.paused(wait, method=request.method, template=template)
            self._telemetry.pause_begun(request.method, template, wait)
        return wait

    @staticmethod
    def _connection_error(request: httpx.Request, error: httpx.TransportError, uncertain: bool) -> APIConnectionError:
        kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
        if isinstance(error, httpx.LocalProtocolError):
            # Its text quotes the refused header or URL part; say what happened without it.
            message = "the request is not valid HTTP (a header or the URL holds a character HTTP forbids)"
        else:
            message = f"{type(error).__name__}: {error}"
        return kind(message, method=request.method, path=request.url.path, uncertain=uncertain)

    async def aclose(self) -> None:
        if self._owns_inner:
            await self._inner.aclose()

    def __repr__(self) -> str:
        return f"NP6Transport(options={self._options!r}, limiter={self._limiter!r})"
