"""OpenTelemetry through opentelemetry-instrumentation-httpx: one span per attempt, never the key."""

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import Span, SpanKind

from np6_client import ConfigurationError, NotFoundError, NP6Client
from np6_client.api import contact, segment
from np6_client.testing import FakeNP6, Fault
from np6_client.tracing import refuse_key_capture, traced_transport

from .conftest import API_KEY, FAST_RETRIES

pytestmark = pytest.mark.timeout(60)
CAPTURE = "OTEL_INSTRUMENTATION_HTTP_CAPTURE_HEADERS_CLIENT_REQUEST"
SANITIZE = "OTEL_INSTRUMENTATION_HTTP_CAPTURE_HEADERS_SANITIZE_FIELDS"


@pytest.fixture
def exporter() -> InMemorySpanExporter:
    return InMemorySpanExporter()


@pytest.fixture
def provider(exporter: InMemorySpanExporter) -> TracerProvider:
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return provider


@pytest.fixture
async def traced(fake_url: str, provider: TracerProvider) -> AsyncIterator[NP6Client]:
    async with (
        traced_transport(tracer_provider=provider) as transport,
        NP6Client(api_key=API_KEY, base_url=fake_url, options=FAST_RETRIES, transport=transport) as client,
    ):
        yield client


def status(span: ReadableSpan) -> Any:
    attributes = span.attributes or {}
    return attributes.get("http.response.status_code", attributes.get("http.status_code"))


def assert_no_key(spans: tuple[ReadableSpan, ...]) -> None:
    assert spans
    for span in spans:
        assert API_KEY not in span.to_json()
        assert API_KEY not in json.dumps(dict(span.attributes or {}), default=str)


async def test_one_span_per_attempt_none_with_the_key(
    traced: NP6Client, fake: FakeNP6, exporter: InMemorySpanExporter
) -> None:
    fake.faults.add(Fault(method="GET", path="/segments/1/targets", status=503, times=2))
    fake.faults.add(Fault(method="GET", path="/segments/2/targets", status=429, headers={"Retry-After": "0.02"}))
    assert await segment.list_segment_targets.asyncio(1, client=traced) == []
    assert await segment.list_segment_targets.asyncio(2, client=traced) == []
    with pytest.raises(NotFoundError):
        await contact.get_target.asyncio("nobody", client=traced)
    spans = exporter.get_finished_spans()
    assert [status(s) for s in spans] == [503, 503, 200, 429, 200, 404]
    assert all(s.kind is SpanKind.CLIENT and s.name == "GET" for s in spans)
    assert len(fake.requests) == len(spans)
    # the trace context went out with each attempt, the key stayed out of every span
    assert [r.headers.get("traceparent", "")[36:52] for r in fake.requests] == [
        format(s.context.span_id, "016x") for s in spans if s.context is not None
    ]
    assert_no_key(spans)


async def test_capturing_every_request_header_is_refused_unless_the_key_is_sanitized(
    fake_url: str, provider: TracerProvider, exporter: InMemorySpanExporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CAPTURE, ".*")
    with pytest.raises(ConfigurationError, match="add x-key to OTEL_INSTRUMENTATION_HTTP_CAPTURE_HEADERS_SANITIZE"):
        traced_transport(tracer_provider=provider)
    monkeypatch.setenv(CAPTURE, "X-Key")
    with pytest.raises(ConfigurationError):
        refuse_key_capture()
    monkeypatch.setenv(SANITIZE, "x-key")
    async with (
        traced_transport(tracer_provider=provider) as transport,
        NP6Client(api_key=API_KEY, base_url=fake_url, transport=transport) as np6,
    ):
        await segment.list_segment_targets.asyncio(1, client=np6)
    (span,) = exporter.get_finished_spans()
    assert (span.attributes or {}).get("http.request.header.x_key") == ("[REDACTED]",)
    assert_no_key((span,))


async def test_hooks_see_the_request_without_the_key(
    fake_url: str, provider: TracerProvider, exporter: InMemorySpanExporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[dict[str, str]] = []

    async def on_request(span: Span, info: Any) -> None:
        seen.append(dict(info.headers))
        span.set_attribute("np6.headers", json.dumps(dict(info.headers)))

    async def on_response(span: Span, info: Any, response: Any) -> None:
        seen.append(dict(info.headers))

    transport = traced_transport(tracer_provider=provider, request_hook=on_request, response_hook=on_response)
    async with transport, NP6Client(api_key=API_KEY, base_url=fake_url, transport=transport) as np6:
        await segment.list_segment_targets.asyncio(1, client=np6)
    assert len(seen) == 2
    assert all("x-key" not in headers and "user-agent" in headers for headers in seen)
    assert_no_key(exporter.get_finished_spans())


async def test_global_instrumentation_also_gives_one_span_per_attempt(
    fake_url: str, fake: FakeNP6, provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    instrumentor = HTTPXClientInstrumentor()
    instrumentor.instrument(tracer_provider=provider)
    try:
        # The global instrumentation patches httpx.AsyncHTTPTransport: httpx's own connections.
        async with NP6Client(api_key=API_KEY, base_url=fake_url, options=FAST_RETRIES, network="httpcore") as np6:
            fake.faults.add(Fault(method="GET", path="/segments/1/targets", status=502))
            await segment.list_segment_targets.asyncio(1, client=np6)
    finally:
        instrumentor.uninstrument()
    spans = exporter.get_finished_spans()
    assert [status(s) for s in spans] == [502, 200]
    assert_no_key(spans)
