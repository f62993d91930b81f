"""OpenTelemetry: one span per attempt under the stable HTTP conventions, waits as events, never the key."""

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
from opentelemetry.sdk.trace import Event, ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import Span, SpanKind, StatusCode

from np6_client import ConfigurationError, NotFoundError, NP6Client
from np6_client.api import contact, segment
from np6_client.testing import FakeNP6, Fault
from np6_client.tracing import refuse_key_capture, traced_transport

from .conftest import API_KEY, FAST_RETRIES

pytestmark = pytest.mark.timeout(60)
CAPTURE = "OTEL_INSTRUMENTATION_HTTP_CAPTURE_HEADERS_CLIENT_REQUEST"
SANITIZE = "OTEL_INSTRUMENTATION_HTTP_CAPTURE_HEADERS_SANITIZE_FIELDS"
OPT_IN = "OTEL_SEMCONV_STABILITY_OPT_IN"
STABLE = (
    "http.request.method",
    "url.template",
    "server.address",
    "server.port",
    "http.response.status_code",
    "np6.operation",
)
OLD = ("http.method", "http.status_code", "net.peer.name", "net.peer.port")


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


@pytest.fixture(autouse=True)
def stable_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(OPT_IN, raising=False)


def attributes(span: ReadableSpan) -> dict[str, Any]:
    return dict(span.attributes or {})


def seconds(event: Event) -> float:
    value = (event.attributes or {})["np6.wait.seconds"]
    assert isinstance(value, float)
    return value


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
    assert all(s.kind is SpanKind.CLIENT for s in spans)
    assert [s.name for s in spans] == ["GET /segments/{id}/targets"] * 5 + ["GET /targets/{id}"]
    assert [attributes(s).get("http.request.resend_count") for s in spans] == [None, 1, 2, None, 1, None]
    assert [attributes(s).get("error.type") for s in spans] == ["503", "503", None, "429", None, "404"]
    assert [s.status.status_code for s in spans] == [StatusCode.ERROR] * 2 + [StatusCode.UNSET] + [
        StatusCode.ERROR,
        StatusCode.UNSET,
        StatusCode.ERROR,
    ]
    assert len(fake.requests) == len(spans)
    # NP6's request id of each answer, as the fake sent it
    assert [attributes(s)["np6.request_id"] for s in spans] == [r.request_id for r in fake.requests]
    # the trace context went out with each attempt, the key stayed out of every span
    assert [r.headers.get("traceparent", "")[36:52] for r in fake.requests] == [
        format(s.context.span_id, "016x") for s in spans if s.context is not None
    ]
    assert_no_key(spans)


@pytest.mark.parametrize("opt_in", [None, "http", "http/dup", "database, http/dup"])
async def test_stable_names_by_default_and_the_old_ones_only_on_request(
    fake_url: str,
    provider: TracerProvider,
    exporter: InMemorySpanExporter,
    monkeypatch: pytest.MonkeyPatch,
    opt_in: str | None,
) -> None:
    if opt_in is not None:
        monkeypatch.setenv(OPT_IN, opt_in)
    async with (
        traced_transport(tracer_provider=provider) as transport,
        NP6Client(api_key=API_KEY, base_url=fake_url, transport=transport) as np6,
    ):
        await np6.contact.get_target("000PKXK4")
    (span,) = exporter.get_finished_spans()
    found = attributes(span)
    host, port = fake_url.split("//")[1].split(":")
    assert {key: found[key] for key in STABLE} == {
        "http.request.method": "GET",
        "url.template": "/targets/{id}",
        "server.address": host,
        "server.port": int(port),
        "http.response.status_code": 200,
        "np6.operation": "get_target",
    }
    assert found["np6.request_id"]
    assert "000PKXK4" not in json.dumps(found)  # the template, never the concrete path
    old = {key: found.get(key) for key in OLD}
    if opt_in is not None and "http/dup" in opt_in:
        assert old == {"http.method": "GET", "http.status_code": 200, "net.peer.name": host, "net.peer.port": int(port)}
    else:
        assert old == dict.fromkeys(OLD)


def wait_kinds(span: ReadableSpan) -> list[Any]:
    return [dict(event.attributes or {})["np6.wait.kind"] for event in span.events]


async def test_a_retry_wait_and_a_rate_limit_pause_are_events_of_the_attempt_they_delayed(
    traced: NP6Client, fake: FakeNP6, exporter: InMemorySpanExporter
) -> None:
    fake.faults.add(Fault(method="GET", path="/segments/3/targets", status=429))
    fake.faults.add(Fault(method="GET", path="/segments/4/targets", status=503))
    await segment.list_segment_targets.asyncio(3, client=traced)
    await segment.list_segment_targets.asyncio(4, client=traced)
    spans = exporter.get_finished_spans()
    assert [status(s) for s in spans] == [429, 200, 503, 200]
    # A start the limiter held for a millisecond or more is a "rate_limit" wait: on a loaded machine
    # any attempt may show one. Only retried attempts carry a retry wait, first of their events.
    assert all(wait_kinds(span) in ([], ["rate_limit"]) for span in (spans[0], spans[2]))
    after_429, after_503 = spans[1], spans[3]
    retry = after_429.events[0]
    assert retry.name == "np6.wait"
    waited = dict(retry.attributes or {})
    assert (waited["np6.wait.kind"], waited["np6.wait.reason"]) == ("retry", "HTTP 429")
    assert 0.005 <= seconds(retry) <= 0.05  # FAST_RETRIES' bounds
    assert spans[0].end_time is not None and after_429.start_time is not None
    assert spans[0].end_time <= retry.timestamp <= after_429.start_time
    # the pause of every request after a 429 ends a little later than the retry's own wait (jitter)
    assert [dict(e.attributes or {})["np6.wait.kind"] for e in after_429.events[1:]] in ([], ["rate_limit"])
    backoff = after_503.events[0]
    assert wait_kinds(after_503)[1:] in ([], ["rate_limit"])
    assert dict(backoff.attributes or {})["np6.wait.reason"] == "HTTP 503"
    assert 0.005 <= seconds(backoff) <= 0.05  # FAST_RETRIES' bounds


async def test_a_stream_span_lasts_until_the_stream_is_closed(
    traced: NP6Client, fake: FakeNP6, exporter: InMemorySpanExporter
) -> None:
    fake.set_event_count(77, 5)
    stream = traced.notification.list_notification_activations.stream(77, sort="asc")
    seen = 0
    async for _ in stream:
        seen += 1
        if seen == 3:
            break
    assert exporter.get_finished_spans() == ()  # the answer is still open: so is its span
    await stream.aclose()
    (span,) = exporter.get_finished_spans()
    assert span.name == "GET /notifications/{id}/events/activations"
    assert {key: attributes(span).get(key) for key in ("np6.stream.items", "np6.stream.resumption")} == {
        "np6.stream.items": 3,
        "np6.stream.resumption": 0,
    }
    assert span.status.status_code is StatusCode.UNSET


async def test_a_resumed_stream_has_one_span_per_answer_counting_its_items(
    traced: NP6Client, fake: FakeNP6, exporter: InMemorySpanExporter
) -> None:
    fake.set_event_count(78, 6)
    path = "/notifications/78/events/activations"
    fake.faults.add(Fault(method="GET", path=path, cut_after_events=4))
    async with traced.notification.list_notification_activations.stream(78, sort="asc") as stream:
        items = [event async for event in stream]
    assert len(items) == 6
    first, resumed = exporter.get_finished_spans()
    assert attributes(first)["np6.stream.resumption"] == 0
    assert attributes(first)["error.type"]  # the answer broke
    assert attributes(resumed)["np6.stream.resumption"] == 1
    assert 0 < attributes(first)["np6.stream.items"] < attributes(resumed)["np6.stream.items"] == 6


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
    assert not [key for key in attributes(span) if key.startswith("http.request.header.")]
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


async def test_a_stream_left_by_break_ends_its_span_at_once(
    traced: NP6Client, fake: FakeNP6, exporter: InMemorySpanExporter
) -> None:
    fake.set_event_count(79, 200_000)
    async for _ in traced.notification.list_notification_activations.stream(79, sort="asc"):
        break
    (span,) = exporter.get_finished_spans()
    assert attributes(span)["np6.stream.items"] == 1


async def test_a_call_held_by_a_pause_another_call_started_says_which_429_caused_it(
    traced: NP6Client, fake: FakeNP6, exporter: InMemorySpanExporter
) -> None:
    fake.faults.add(Fault(method="GET", path="/segments/5/targets", retry_after=1))
    first = asyncio.create_task(segment.list_segment_targets.asyncio(5, client=traced))
    while not traced.rate_limit.paused:  # the 429 has come back and paused the client
        await asyncio.sleep(0.005)
    await traced.contact.get_target("000PKXK4")  # waits for that pause before it is sent
    await first
    (held,) = [s for s in exporter.get_finished_spans() if s.name == "GET /targets/{id}"]
    (event,) = held.events
    assert dict(event.attributes or {})["np6.wait.kind"] == "rate_limit"
    assert dict(event.attributes or {})["np6.wait.reason"] == "HTTP 429 on GET /segments/{id}/targets"
    # what was left of the 1 s pause: over before the attempt's span began
    assert held.start_time is not None
    assert seconds(event) > 0 and event.timestamp + int(seconds(event) * 1e9) <= held.start_time
