"""OpenTelemetry spans, one per attempt, through opentelemetry-instrumentation-httpx (`otel` extra).

The instrumentation's transport goes *under* `NP6Transport`, around the network transport, so a
call retried twice gives three CLIENT spans, each with its own status. Instrumenting the client
`get_async_httpx_client()` returns would wrap `NP6Transport` itself: one span for the whole call,
its retries and pauses hidden.

`X-Key` is on the request while the span is open, so the key is kept out of what reaches spans:
a header-capture setting that would record it is refused, and your hooks get the headers without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ._auth import API_KEY_HEADER
from ._constants import pool_limits
from ._exceptions import ConfigurationError

if TYPE_CHECKING:
    from opentelemetry.metrics import MeterProvider
    from opentelemetry.trace import Span, TracerProvider

_PROBE = "np6-key-probe"
_DEFAULT_LIMITS = pool_limits()

__all__ = ["refuse_key_capture", "traced_transport"]


def refuse_key_capture() -> None:
    """Raise `ConfigurationError` if `OTEL_INSTRUMENTATION_HTTP_CAPTURE_HEADERS_*` would record `X-Key`.

    The instrumentation reads those variables when its transport is built; this asks it, with a
    probe value, what it would record for `X-Key`. Also useful before `HTTPXClientInstrumentor().instrument()`.
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


def _without_key(info: Any) -> Any:
    headers = httpx.Headers(info.headers)
    headers.pop(API_KEY_HEADER, None)
    return info._replace(headers=headers)


def traced_transport(
    transport: httpx.AsyncBaseTransport | None = None,
    *,
    tracer_provider: TracerProvider | None = None,
    meter_provider: MeterProvider | None = None,
    request_hook: Any = None,
    response_hook: Any = None,
) -> httpx.AsyncBaseTransport:
    """A network transport that opens one span per attempt; pass it as `NP6Client(transport=...)`.

    `transport` is the one to wrap (default: an `httpx.AsyncHTTPTransport` with the client's
    default pool limits). Like any transport you pass, close it after the client
    (`async with traced_transport() as transport, NP6Client(transport=transport) as np6:`).
    Hooks are async callables `(span, request_info)` and `(span, request_info, response_info)`.
    """
    try:
        from opentelemetry.instrumentation.httpx import AsyncOpenTelemetryTransport
    except ImportError as exc:
        raise ConfigurationError("tracing needs the otel extra: pip install 'np6-client[otel]'") from exc
    refuse_key_capture()

    async def on_request(span: Span, info: Any) -> None:
        await request_hook(span, _without_key(info))

    async def on_response(span: Span, info: Any, response: Any) -> None:
        await response_hook(span, _without_key(info), response)

    return AsyncOpenTelemetryTransport(
        transport or httpx.AsyncHTTPTransport(limits=_DEFAULT_LIMITS, retries=0),
        tracer_provider=tracer_provider,
        meter_provider=meter_provider,
        request_hook=on_request if request_hook else None,
        response_hook=on_response if response_hook else None,
    )
