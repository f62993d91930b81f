"""The traced transport's parts, on a mock network: what hooks see, how far a stream got, how spans end."""

from typing import Any

import httpx
import pytest
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import Span

from np6_client.tracing import RequestInfo, ResponseInfo, _Progress, traced_transport


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

    network = httpx.MockTransport(lambda _: httpx.Response(201, headers={"x-request-id": "rq"}, content=b"{}"))
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
        assert answer.extensions is response.extensions
    assert len(exported.spans()) == 2


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
