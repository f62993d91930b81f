"""OpenTelemetry spans, one per attempt, under the stable HTTP semantic conventions (`otel` extra).

`traced_transport()` goes *under* `NP6Transport`, around the network transport, so a call retried
twice gives three CLIENT spans, each with its own status. Each span is named `GET
/segments/{id}/targets` and carries `http.request.method`, `url.template` (the spec's path
template: the concrete path, which holds contact ids, is never recorded), `server.address`,
`server.port`, `http.response.status_code`, `error.type`, `http.request.resend_count` on a retry,
`np6.operation` and `np6.request_id` (NP6's `x-request-id`, the key blanked out of it). The time
an attempt waited before it was sent (a retry's backoff, a rate-limit pause and its cause, pacing)
is a `np6.wait` event with `np6.wait.kind`, `np6.wait.reason` and `np6.wait.seconds`. A span ends
when its answer is done with: for a call, once the body is read; for an event stream, when the
stream lets the answer go (closed, read to its end, or broken), with `np6.stream.items` (the items
the stream had delivered by then, earlier answers included) and `np6.stream.resumption` (0 for the
first request, n for the n-th resumption after a break).

`OTEL_SEMCONV_STABILITY_OPT_IN=http/dup` also writes the names of the older conventions
(`http.method`, `http.status_code`, `net.peer.name`, `net.peer.port`) for dashboards that
still read them; any other value, or none, gives the stable names only.

No header is recorded, so `X-Key`, which is on the request while the span is open, never reaches
a span; your hooks get the headers without it. Global httpx instrumentation
(`HTTPXClientInstrumentor().instrument()`) still works; `refuse_key_capture()` guards its
header-capture settings.
"""

from __future__ import annotations

import functools
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Any, NamedTuple

import httpx

from ._auth import API_KEY_HEADER, blank_out
from ._constants import (
    ATTEMPT_EXTENSION,
    CALL_EXTENSION,
    SPAN_END_EXTENSION,
    STREAM_PROGRESS_EXTENSION,
    pool_limits,
)
from ._exceptions import ConfigurationError
from ._telemetry import request_id
from ._transport.attempt import Attempt
from ._transport.call import Call

if TYPE_CHECKING:
    from opentelemetry.metrics import Histogram, MeterProvider
    from opentelemetry.trace import Span, Tracer, TracerProvider

_PROBE = "np6-key-probe"
_DEFAULT_LIMITS = pool_limits()
_SCOPE = "np6_client"
_OPT_IN = "OTEL_SEMCONV_STABILITY_OPT_IN"
_KNOWN_METHODS = frozenset({"CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE"})

__all__ = ["RequestInfo", "ResponseInfo", "refuse_key_capture", "traced_transport"]


class RequestInfo(NamedTuple):
    """What a request hook sees: the request without `X-Key`."""

    method: bytes
    url: httpx.URL
    headers: httpx.Headers
    stream: Any
    extensions: dict[str, Any]


class ResponseInfo(NamedTuple):
    """What a response hook sees of the answer."""

    status_code: int
    headers: httpx.Headers
    stream: Any
    extensions: dict[str, Any]


RequestHook = Callable[["Span", RequestInfo], Awaitable[None]]
ResponseHook = Callable[["Span", RequestInfo, ResponseInfo], Awaitable[None]]


def refuse_key_capture() -> None:
    """Raise `ConfigurationError` if `OTEL_INSTRUMENTATION_HTTP_CAPTURE_HEADERS_*` would record `X-Key`.

    Those settings are read by opentelemetry-instrumentation-httpx; this asks it, with a probe
    value, what it would record for `X-Key`. Call it before `HTTPXClientInstrumentor().instrument()`.
    """
    from opentelemetry.util.http import (
        OTEL_INSTRUMENTATION_HTTP_CAPTURE_HEADERS_CLIENT_REQUEST,
        OTEL_INSTRUMENTATION_HTTP_CAPTURE_HEADERS_SANITIZE_FIELDS,
        get_custom_header_attributes,
        get_custom_headers,
        normalise_request_header_name,
    )

    recorded = get_custom_header_attributes(
        {API_KEY_HEADER.lower(): [_PROBE]},
        get_custom_headers(OTEL_INSTRUMENTATION_HTTP_CAPTURE_HEADERS_CLIENT_REQUEST),
        get_custom_headers(OTEL_INSTRUMENTATION_HTTP_CAPTURE_HEADERS_SANITIZE_FIELDS),
        normalise_request_header_name,
    )
    if any(_PROBE in values for values in recorded.values()):
        raise ConfigurationError(
            f"{OTEL_INSTRUMENTATION_HTTP_CAPTURE_HEADERS_CLIENT_REQUEST} would put the API key ({API_KEY_HEADER}) "
            f"in spans; add {API_KEY_HEADER.lower()} to {OTEL_INSTRUMENTATION_HTTP_CAPTURE_HEADERS_SANITIZE_FIELDS}"
        )


def _old_names_too() -> bool:
    return "http/dup" in {part.strip() for part in os.environ.get(_OPT_IN, "").split(",")}


def _request_info(request: httpx.Request) -> RequestInfo:
    headers = httpx.Headers(request.headers)
    headers.pop(API_KEY_HEADER, None)
    return RequestInfo(request.method.encode(), request.url, headers, request.stream, request.extensions)


def _template(request: httpx.Request) -> tuple[str | None, Attempt | None]:
    attempt = request.extensions.get(ATTEMPT_EXTENSION)
    if isinstance(attempt, Attempt):
        return attempt.template, attempt
    call = request.extensions.get(CALL_EXTENSION)
    return (call.template if isinstance(call, Call) else None), None


class _Progress:
    """How far an event stream got, read when its answer's span ends (the stream is held weakly)."""

    __slots__ = ("_delivered", "_stream", "resumption")

    def __init__(self, stream: Callable[[], Any]) -> None:
        self._stream = stream
        current = stream()
        self._delivered = 0 if current is None else int(current.delivered)
        self.resumption = 0 if current is None else int(current.resumptions)  # this answer's

    def items(self) -> int:
        current = self._stream()
        if current is not None:
            self._delivered = int(current.delivered)
        return self._delivered


class _AttemptSpan:
    """One attempt's span, ended once: at an error, when its answer is closed, or by an event stream."""

    __slots__ = ("_duration", "_ended", "_metric", "_progress", "_started", "claimed", "span", "status")

    def __init__(self, span: Span, metric: dict[str, Any], duration: Histogram | None, progress: _Progress | None):
        self.span = span
        self._metric = metric
        self._duration = duration
        self._progress = progress
        self._started = time.perf_counter()
        self._ended = False
        self.claimed = False  # an event stream ends it when it lets the answer go
        self.status: int | None = None

    def __call__(self, error: BaseException | None) -> None:
        """End the span; `error` is what broke the answer's body, if anything did."""
        failed = str(self.status) if self.status is not None and self.status >= 400 else None
        self.end(failed or (None if error is None else type(error).__qualname__))

    def end(self, error: str | None) -> None:
        if self._ended:
            return
        self._ended = True
        span = self.span
        if error is not None:
            from opentelemetry.trace import StatusCode

            span.set_attribute("error.type", error)
            span.set_status(StatusCode.ERROR, error)
            self._metric["error.type"] = error
        if self.status is not None:
            self._metric["http.response.status_code"] = self.status
        if self._progress is not None:
            span.set_attribute("np6.stream.items", self._progress.items())
            span.set_attribute("np6.stream.resumption", self._progress.resumption)
        if self._duration is not None:
            self._duration.record(time.perf_counter() - self._started, self._metric)
        span.end()


class _SpanUntilClosed(httpx.AsyncByteStream):
    """The answer's body; closing it (read to the end, or `aclose()`) ends the attempt's span.

    An event stream's answer is closed as soon as its body is read, before the stream has handed
    out the items of the last piece; the stream claims the end and calls it when it lets the
    answer go, so the span lasts as long as the stream reads that answer.
    """

    def __init__(self, inner: httpx.AsyncByteStream, attempt: _AttemptSpan) -> None:
        self._inner = inner
        self._attempt = attempt
        self._error: BaseException | None = None

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._inner:
                yield chunk
        except BaseException as exc:
            self._error = exc
            raise

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        finally:
            if not self._attempt.claimed:
                self._attempt(self._error)


class _TracedTransport(httpx.AsyncBaseTransport):
    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        tracer: Tracer,
        *,
        duration: Histogram | None,
        hooks: tuple[RequestHook | None, ResponseHook | None],
        old_names: bool,
    ) -> None:
        self._inner = inner
        self._tracer = tracer
        self._duration = duration
        self._request_hook, self._response_hook = hooks
        self._old_names = old_names

    def _start(self, request: httpx.Request) -> _AttemptSpan:
        from opentelemetry.trace import SpanKind

        template, attempt = _template(request)
        method = request.method if request.method in _KNOWN_METHODS else "_OTHER"
        port = request.url.port or (443 if request.url.scheme == "https" else 80)
        common: dict[str, Any] = {
            "http.request.method": method,
            "server.address": request.url.host,
            "server.port": port,
        }
        if template is not None:
            common["url.template"] = template
        attributes = dict(common)
        if method == "_OTHER":
            attributes["http.request.method_original"] = request.method
        if attempt is not None:
            if attempt.resend_count:
                attributes["http.request.resend_count"] = attempt.resend_count
            if attempt.operation_id is not None:
                attributes["np6.operation"] = attempt.operation_id
        if self._old_names:
            attributes.update({"http.method": request.method, "net.peer.name": request.url.host, "net.peer.port": port})
        label = "HTTP" if method == "_OTHER" else method
        span = self._tracer.start_span(f"{label} {template}" if template else label, kind=SpanKind.CLIENT)
        span.set_attributes(attributes)
        for wait in attempt.waits if attempt is not None else ():
            span.add_event(
                "np6.wait",
                {"np6.wait.kind": wait.kind, "np6.wait.reason": wait.reason, "np6.wait.seconds": wait.seconds},
                timestamp=wait.began_ns,
            )
        progress = request.extensions.get(STREAM_PROGRESS_EXTENSION)
        return _AttemptSpan(span, common, self._duration, None if progress is None else _Progress(progress))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        from opentelemetry import trace
        from opentelemetry.propagate import inject

        attempt = self._start(request)
        span = attempt.span
        info = _request_info(request) if self._request_hook or self._response_hook else None
        inject(request.headers, context=trace.set_span_in_context(span))
        if self._request_hook is not None and info is not None:
            await self._request_hook(span, info)
        try:
            with trace.use_span(span, end_on_exit=False, record_exception=False, set_status_on_exception=False):
                response = await self._inner.handle_async_request(request)
        except BaseException as exc:
            attempt.end(type(exc).__qualname__)  # the type only: a message may quote what was sent
            raise
        attempt.status = status = response.status_code
        span.set_attribute("http.response.status_code", status)
        if self._old_names:
            span.set_attribute("http.status_code", status)
        # Under `NP6Transport`, the request still carries the key, which a server may echo in its id.
        found = request_id(response.headers, functools.partial(blank_out, request.headers.get(API_KEY_HEADER)))
        if found is not None:
            span.set_attribute("np6.request_id", found)
        if self._response_hook is not None and info is not None:
            answer = ResponseInfo(status, response.headers, response.stream, response.extensions)
            await self._response_hook(span, info, answer)
        if response.is_closed:  # read already (a mock transport's answer, say)
            attempt(None)
        else:
            response.stream = _SpanUntilClosed(response.stream, attempt)  # type: ignore[arg-type]
            if STREAM_PROGRESS_EXTENSION in request.extensions and response.is_success:
                response.extensions[SPAN_END_EXTENSION] = attempt
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


def traced_transport(
    transport: httpx.AsyncBaseTransport | None = None,
    *,
    tracer_provider: TracerProvider | None = None,
    meter_provider: MeterProvider | None = None,
    request_hook: RequestHook | None = None,
    response_hook: ResponseHook | None = None,
) -> httpx.AsyncBaseTransport:
    """A network transport that opens one span per attempt; pass it as `NP6Client(transport=...)`.

    `transport` is the one to wrap (default: an `httpx.AsyncHTTPTransport` with the client's
    default pool limits). Like any transport you pass, close it after the client
    (`async with traced_transport() as transport, NP6Client(transport=transport) as np6:`).
    Hooks are async callables `(span, RequestInfo)` and `(span, RequestInfo, ResponseInfo)`.
    With a `meter_provider`, each attempt's duration goes to the `http.client.request.duration`
    histogram (seconds) with the span's method, server, template, status and error type.
    """
    try:
        from opentelemetry import metrics, trace
    except ImportError as exc:
        raise ConfigurationError("tracing needs the otel extra: pip install 'np6-client[otel]'") from exc
    refuse_key_capture()
    from np6_client import __version__

    tracer = trace.get_tracer(_SCOPE, __version__, tracer_provider)
    duration = None
    if meter_provider is not None:
        meter = metrics.get_meter(_SCOPE, __version__, meter_provider)
        duration = meter.create_histogram(
            "http.client.request.duration", unit="s", description="Duration of HTTP client requests."
        )
    return _TracedTransport(
        transport or httpx.AsyncHTTPTransport(limits=_DEFAULT_LIMITS, retries=0),
        tracer,
        duration=duration,
        hooks=(request_hook, response_hook),
        old_names=_old_names_too(),
    )
