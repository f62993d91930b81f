"""The traced transport's parts, on a mock network: what hooks see, how far a stream got, how spans end."""

import sys
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
from opentelemetry import trace
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import Span, StatusCode

import np6_client
from np6_client import ConfigurationError
from np6_client._constants import (
    ATTEMPT_EXTENSION,
    CALL_EXTENSION,
    SPAN_END_EXTENSION,
    STREAM_PROGRESS_EXTENSION,
    pool_limits,
)
from np6_client._transport.attempt import Attempt, Wait
from np6_client._transport.call import Call
from np6_client.tracing import (
    RequestInfo,
    ResponseInfo,
    _AttemptSpan,
    _old_names_too,
    _Progress,
    _template,
    _TracedTransport,
    traced_transport,
)


class Exported:
    def __init__(self) -> None:
        self.exporter = InMemorySpanExporter()
        self.provider = TracerProvider()
        self.provider.add_span_processor(SimpleSpanProcessor(self.exporter))

    def spans(self) -> tuple[ReadableSpan, ...]:
        return self.exporter.get_finished_spans()


@pytest.fixture
def exported() -> Exported:
    return Exported()


async def test_hooks_see_the_whole_request_but_the_key(exported: Exported) -> None:
    seen: list[Any] = []

    async def on_request(span: Span, info: RequestInfo) -> None:
        seen.append(info)

    async def on_response(span: Span, info: RequestInfo, answer: ResponseInfo) -> None:
        seen.append(answer)
        spans.append(span.get_span_context().span_id)

    spans: list[int] = []
    bodies: list[httpx.SyncByteStream] = []

    def network_answer(_: httpx.Request) -> httpx.Response:
        response = httpx.Response(201, headers={"x-request-id": "rq"}, content=b"{}")
        bodies.append(response.stream)  # type: ignore[arg-type]
        return response

    network = httpx.MockTransport(network_answer)
    transport = traced_transport(
        network, tracer_provider=exported.provider, request_hook=on_request, response_hook=on_response
    )
    for headers in ({"X-Key": "sk-hook-secret", "X-Other": "kept"}, {"X-Other": "kept"}):
        request = httpx.Request("POST", "https://api-cm.np6.com/targets?a=1", headers=headers, content=b"[1]")
        request.extensions["marker"] = "m"
        response = await transport.handle_async_request(request)
        await response.aread()
        await response.aclose()
        info, answer = seen[-2:]
        assert isinstance(info, RequestInfo) and isinstance(answer, ResponseInfo)
        assert info.method == b"POST"
        assert info.url == httpx.URL("https://api-cm.np6.com/targets?a=1")
        assert "x-key" not in info.headers and info.headers["x-other"] == "kept"
        assert info.stream is request.stream and info.extensions is request.extensions
        assert answer.status_code == 201 and answer.headers["x-request-id"] == "rq"
        assert answer.extensions is response.extensions and answer.stream is bodies[-1]
        assert SPAN_END_EXTENSION not in response.extensions  # only an event stream's answer carries it
    assert spans == [span.context.span_id for span in exported.spans() if span.context is not None]
    assert len(spans) == 2
    scopes = {span.instrumentation_scope for span in exported.spans()}
    assert {(scope.name, scope.version) for scope in scopes if scope is not None} == {
        ("np6_client", np6_client.__version__)
    }


class Stream:
    def __init__(self, delivered: int, resumptions: int) -> None:
        self.delivered = delivered
        self.resumptions = resumptions


def test_progress_of_a_stream_gone_before_its_answer_is_nothing() -> None:
    progress = _Progress(lambda: None)
    assert (progress.items(), progress.resumption) == (0, 0)


def test_progress_counts_what_the_stream_delivered_and_keeps_it_once_the_stream_is_gone() -> None:
    stream: Stream | None = Stream(delivered=4, resumptions=2)
    progress = _Progress(lambda: stream)
    assert progress.resumption == 2
    assert stream is not None
    stream.delivered = 9
    assert progress.items() == 9
    stream = None
    assert progress.items() == 9


def test_progress_keeps_what_the_stream_had_delivered_when_the_answer_began() -> None:
    stream: Stream | None = Stream(delivered=4, resumptions=1)
    progress = _Progress(lambda: stream)
    stream = None  # the caller let go of the stream before its answer's span ended
    assert (progress.items(), progress.resumption) == (4, 1)


def durations(reader: InMemoryMetricReader) -> list[tuple[int, dict[str, Any]]]:
    """Each point of `http.client.request.duration`: its count and attributes."""
    data = reader.get_metrics_data()
    found = []
    for resource in data.resource_metrics if data is not None else ():
        for scope in resource.scope_metrics:
            for metric in scope.metrics:
                if metric.name == "http.client.request.duration":
                    found += [
                        (getattr(point, "count", 0), dict(point.attributes or {})) for point in metric.data.data_points
                    ]
    return found


class Broken(httpx.AsyncByteStream):
    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"[1,"
        raise httpx.ReadError("cut")


def answering(response: Callable[[httpx.Request], httpx.Response]) -> httpx.MockTransport:
    return httpx.MockTransport(response)


async def send(transport: httpx.AsyncBaseTransport, *, call: object = None) -> httpx.Response:
    request = httpx.Request("GET", "https://api-cm.np6.com/segments/1/targets")
    if call is not None:
        request.extensions[CALL_EXTENSION] = call
    return await transport.handle_async_request(request)


async def test_each_attempt_is_timed_once_with_its_status_or_error(exported: Exported) -> None:
    reader = InMemoryMetricReader()
    meters = MeterProvider(metric_readers=[reader])
    ok = traced_transport(answering(lambda _: httpx.Response(200, content=b"[]")), meter_provider=meters)
    response = await send(ok, call=Call("GET", "/segments/{id}/targets"))
    await response.aread()
    await response.aclose()
    await response.aclose()  # closed twice: still one span, one measure

    def refuse(_: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    failing = traced_transport(answering(refuse), meter_provider=meters)
    with pytest.raises(httpx.ConnectError):
        await send(failing)
    points = sorted(durations(reader), key=lambda point: str(point[1]))
    assert points == [
        (
            1,
            {
                "http.request.method": "GET",
                "server.address": "api-cm.np6.com",
                "server.port": 443,
                "error.type": "ConnectError",
            },
        ),
        (
            1,
            {
                "http.request.method": "GET",
                "server.address": "api-cm.np6.com",
                "server.port": 443,
                "url.template": "/segments/{id}/targets",
                "http.response.status_code": 200,
            },
        ),
    ]


@pytest.mark.parametrize(("status", "error"), [(399, None), (400, "400"), (401, "401")])
async def test_an_answer_from_400_up_is_an_error_of_its_span(
    exported: Exported, status: int, error: str | None
) -> None:
    transport = traced_transport(answering(lambda _: httpx.Response(status)), tracer_provider=exported.provider)
    response = await send(transport)
    await response.aread()
    await response.aclose()
    (span,) = exported.spans()
    assert (span.attributes or {}).get("error.type") == error
    assert span.status.status_code is (StatusCode.ERROR if error else StatusCode.UNSET)


async def test_a_body_that_breaks_names_its_error_on_the_span(exported: Exported) -> None:
    transport = traced_transport(
        answering(lambda _: httpx.Response(200, stream=Broken())), tracer_provider=exported.provider
    )
    response = await send(transport)
    with pytest.raises(httpx.ReadError):
        await response.aread()
    await response.aclose()
    (span,) = exported.spans()
    assert (span.attributes or {})["error.type"] == "ReadError"


def test_a_span_ends_once_whoever_ends_it(exported: Exported) -> None:
    recorded: list[float] = []

    class Histogram:
        def record(self, value: float, attributes: dict[str, Any]) -> None:
            recorded.append(value)

    span = exported.provider.get_tracer("t").start_span("GET")
    attempt = _AttemptSpan(span, {}, Histogram(), None)  # type: ignore[arg-type]
    attempt.end("ReadError")
    attempt.end("OtherError")
    attempt(None)
    (finished,) = exported.spans()
    assert (finished.attributes or {})["error.type"] == "ReadError" and len(recorded) == 1
    assert 0 <= recorded[0] < 60  # seconds since the attempt began


def test_the_template_of_a_request_without_an_attempt_comes_from_its_call() -> None:
    request = httpx.Request("GET", "https://api-cm.np6.com/segments/1/targets")
    assert _template(request) == (None, None)
    request.extensions[CALL_EXTENSION] = Call("GET", "/segments/{id}/targets")
    assert _template(request) == ("/segments/{id}/targets", None)
    request.extensions[CALL_EXTENSION] = "not a call"
    assert _template(request) == (None, None)


@pytest.mark.parametrize(
    ("value", "old"),
    [("http/dup", True), ("database, http/dup", True), ("http/dup,database", True), ("http", False), ("", False)],
)
def test_the_old_names_are_asked_for_in_a_comma_separated_list(
    monkeypatch: pytest.MonkeyPatch, value: str, old: bool
) -> None:
    monkeypatch.setenv("OTEL_SEMCONV_STABILITY_OPT_IN", value)
    assert _old_names_too() is old


@pytest.mark.parametrize("old", [False, True])
async def test_an_unknown_method_on_a_default_http_port_under_each_convention(
    exported: Exported, monkeypatch: pytest.MonkeyPatch, old: bool
) -> None:
    if old:
        monkeypatch.setenv("OTEL_SEMCONV_STABILITY_OPT_IN", "http/dup")
    else:
        monkeypatch.delenv("OTEL_SEMCONV_STABILITY_OPT_IN", raising=False)
    transport = traced_transport(answering(lambda _: httpx.Response(204)), tracer_provider=exported.provider)
    request = httpx.Request("PURGE", "http://gateway.example/targets/T1")
    request.extensions[ATTEMPT_EXTENSION] = Attempt(
        "/targets/{id}", "deleteTarget", 2, (Wait("retry", "HTTP 503", 0.5, 7),)
    )
    response = await transport.handle_async_request(request)
    await response.aread()
    await response.aclose()
    (span,) = exported.spans()
    assert span.name == "HTTP /targets/{id}"
    expected: dict[str, Any] = {
        "http.request.method": "_OTHER",
        "http.request.method_original": "PURGE",
        "server.address": "gateway.example",
        "server.port": 80,
        "url.template": "/targets/{id}",
        "http.request.resend_count": 2,
        "np6.operation": "deleteTarget",
        "http.response.status_code": 204,
    }
    if old:
        expected |= {
            "http.method": "PURGE",
            "net.peer.name": "gateway.example",
            "net.peer.port": 80,
            "http.status_code": 204,
        }
    assert dict(span.attributes or {}) == expected
    (event,) = span.events
    assert (event.name, event.timestamp) == ("np6.wait", 7)
    assert dict(event.attributes or {}) == {
        "np6.wait.kind": "retry",
        "np6.wait.reason": "HTTP 503",
        "np6.wait.seconds": 0.5,
    }


async def test_a_first_attempt_of_a_path_outside_the_spec_is_named_by_its_method(exported: Exported) -> None:
    transport = traced_transport(answering(lambda _: httpx.Response(200)), tracer_provider=exported.provider)
    request = httpx.Request("GET", "https://gateway.example:8443/elsewhere")
    request.extensions[ATTEMPT_EXTENSION] = Attempt(None, None, 0)
    response = await transport.handle_async_request(request)
    await response.aread()
    await response.aclose()
    (span,) = exported.spans()
    assert span.name == "GET"
    assert dict(span.attributes or {}) == {
        "http.request.method": "GET",
        "server.address": "gateway.example",
        "server.port": 8443,
        "http.response.status_code": 200,
    }
    assert span.events == ()


async def test_either_hook_alone_is_called(exported: Exported) -> None:
    called: list[str] = []

    async def on_request(span: Span, info: RequestInfo) -> None:
        called.append(f"request {info.method.decode()}")

    async def on_response(span: Span, info: RequestInfo, answer: ResponseInfo) -> None:
        called.append(f"response {answer.status_code}")

    network = answering(lambda _: httpx.Response(200))
    for transport in (
        traced_transport(network, tracer_provider=exported.provider, request_hook=on_request),
        traced_transport(network, tracer_provider=exported.provider, response_hook=on_response),
    ):
        response = await send(transport)
        await response.aclose()
    assert called == ["request GET", "response 200"]


async def test_the_network_transport_runs_inside_the_attempts_span(exported: Exported) -> None:
    current: list[int] = []

    def answer(request: httpx.Request) -> httpx.Response:
        current.append(trace.get_current_span().get_span_context().span_id)
        return httpx.Response(200)

    response = await send(traced_transport(answering(answer), tracer_provider=exported.provider))
    await response.aclose()
    (span,) = exported.spans()
    assert span.context is not None and current == [span.context.span_id]


async def test_a_failed_attempt_records_the_errors_type_and_never_its_message(exported: Exported) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"refused {request.url}?secret-detail")

    with pytest.raises(httpx.ConnectError):
        await send(traced_transport(answering(refuse), tracer_provider=exported.provider))
    (span,) = exported.spans()
    assert span.events == ()  # no exception event: its message may quote what was sent
    assert (span.status.status_code, span.status.description) == (StatusCode.ERROR, "ConnectError")
    assert "secret-detail" not in span.to_json()


def test_without_opentelemetry_the_extra_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "opentelemetry", None)
    with pytest.raises(ConfigurationError) as info:
        traced_transport()
    assert str(info.value) == "tracing needs the otel extra: pip install 'np6-client[otel]'"
    assert isinstance(info.value.__cause__, ImportError)


class Unread(httpx.AsyncBaseTransport):
    """Answers with a body not read yet, as a network transport does."""

    def __init__(self, status: int) -> None:
        self.status = status

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(self.status, stream=httpx.ByteStream(b"[]"))


@pytest.mark.parametrize(
    ("status", "streaming", "claimable"), [(200, False, False), (200, True, True), (500, True, False)]
)
async def test_only_an_event_streams_successful_answer_lets_the_stream_end_its_span(
    exported: Exported, status: int, streaming: bool, claimable: bool
) -> None:
    request = httpx.Request("GET", "https://api-cm.np6.com/segments/1/targets")
    if streaming:
        request.extensions[STREAM_PROGRESS_EXTENSION] = lambda: None
    response = await traced_transport(Unread(status), tracer_provider=exported.provider).handle_async_request(request)
    assert (SPAN_END_EXTENSION in response.extensions) is claimable
    assert exported.spans() == ()  # open until the body is done with
    await response.aread()
    await response.aclose()
    assert len(exported.spans()) == 1


async def test_the_duration_histogram_is_named_and_scoped_as_the_convention_says() -> None:
    reader = InMemoryMetricReader()
    transport = traced_transport(
        answering(lambda _: httpx.Response(200)), meter_provider=MeterProvider(metric_readers=[reader])
    )
    response = await send(transport)
    await response.aclose()
    data = reader.get_metrics_data()
    assert data is not None
    found = [
        (scope.scope.name, scope.scope.version, metric.name, metric.unit, metric.description)
        for resource in data.resource_metrics
        for scope in resource.scope_metrics
        for metric in scope.metrics
    ]
    assert found == [
        ("np6_client", np6_client.__version__, "http.client.request.duration", "s", "Duration of HTTP client requests.")
    ]


def test_without_a_meter_provider_nothing_is_measured() -> None:
    transport = traced_transport(answering(lambda _: httpx.Response(200)))
    assert isinstance(transport, _TracedTransport) and transport._duration is None


def test_the_default_network_transport_has_the_clients_pool_and_never_retries_a_connect() -> None:
    transport = traced_transport()
    assert isinstance(transport, _TracedTransport)
    pool = transport._inner._pool  # type: ignore[attr-defined]
    limits = pool_limits()
    assert (pool._retries, pool._max_connections, pool._max_keepalive_connections, pool._keepalive_expiry) == (
        0,
        limits.max_connections,
        limits.max_keepalive_connections,
        limits.keepalive_expiry,
    )


async def test_a_request_id_echoing_the_key_reaches_the_span_blanked(exported: Exported) -> None:
    key = "sk-echoed-secret"
    echoed = answering(lambda request: httpx.Response(200, headers={"x-request-id": f"rq-{request.headers['x-key']}"}))
    transport = traced_transport(echoed, tracer_provider=exported.provider)
    request = httpx.Request("GET", "https://api-cm.np6.com/segments/1/targets", headers={"X-Key": key})
    response = await transport.handle_async_request(request)
    await response.aclose()
    (span,) = exported.spans()
    assert (span.attributes or {})["np6.request_id"] == "rq-<redacted>"
    assert key not in span.to_json()
