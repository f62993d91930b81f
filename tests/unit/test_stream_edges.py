"""Edges of the streaming layer that the whole-body judgements do not reach.

Where a resumed stream stands (`ResumePoint`), the splitter's and the scanner's verdicts on
awkward text, and what an `EventStream` tells its caller: items, errors with their causes,
resumptions and the connection closed.
"""

import asyncio
import gc
import json
import random
import socket
import struct
import sys
import traceback
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from np6_client import (
    APITimeoutError,
    ClientOptions,
    MalformedResponseError,
    NP6Client,
    Observer,
    ResponseTooLargeError,
    StreamClosedError,
    StreamInterruptedError,
)
from np6_client._constants import SPAN_END_EXTENSION, STREAM_PROGRESS_EXTENSION
from np6_client._generated.builders import BUILDERS
from np6_client._streaming import stream as streaming
from np6_client._streaming.array_split import TruncatedArray
from np6_client._streaming.json_scan import JSONSyntaxError
from np6_client._streaming.resume_point import ResumePoint
from np6_client._streaming.stream import EventStream
from np6_client._streaming.whole_body import fast_builder
from np6_client._transport.call import Call
from np6_client.api import notification
from np6_client.models import Action, EventSort, NotificationEvent

SORTED = Call("GET", resumable=True)


@dataclass
class Event:
    timestamp: int
    id: str


def events(*pairs: tuple[int, str]) -> list[Event]:
    return [Event(timestamp, event_id) for timestamp, event_id in pairs]


def test_a_resume_point_remembers_only_the_ids_of_the_last_timestamp() -> None:
    point = ResumePoint()
    point.remember(events((1, "a"), (2, "b"), (2, "c")))
    assert point.remembered == 2
    point.remember(events((2, "d")))
    assert point.remembered == 3
    point.remember(events((3, "e")))
    assert point.remembered == 1
    point.remember([])
    assert point.remembered == 1
    point.skipping = True
    assert point.unseen(events((3, "e"), (3, "f")), 3) == events((3, "f"))


def test_a_resume_point_skips_the_ids_already_delivered_at_the_last_timestamp() -> None:
    point = ResumePoint()
    point.remember(events((1, "a"), (2, "b"), (2, "c")))
    point.skipping = True
    assert point.unseen(events((2, "b"), (2, "x"), (2, "c")), 2) == events((2, "x"))
    assert point.skipping  # nothing later yet: the repeats may go on in the next piece
    later = events((2, "c"), (3, "b"), (3, "c"), (4, "a"))
    assert point.unseen(later, 2) == events((3, "b"), (3, "c"), (4, "a"))
    assert point.skipping is False


def test_a_resume_point_stops_skipping_at_the_first_item_of_a_later_timestamp() -> None:
    point = ResumePoint()
    point.remember(events((5, "a")))
    point.skipping = True
    assert point.unseen(events((6, "a"), (5, "a")), 5) == events((6, "a"), (5, "a"))
    assert point.skipping is False


def test_a_resume_point_with_nothing_delivered_keeps_everything() -> None:
    point = ResumePoint()
    assert point.skipping is False
    point.remember([])
    assert point.remembered == 0
    point.skipping = True
    assert point.unseen(events((1, "a")), None) == events((1, "a"))
    assert point.skipping is False


def test_a_resume_point_takes_items_without_timestamp_or_id() -> None:
    point = ResumePoint()
    anonymous = [object(), object()]
    point.remember(anonymous)
    assert point.remembered == 2  # two id-less items are two events, known by their content
    point.resume()
    assert point.unseen([*anonymous, Event(1, "a")], None) == [Event(1, "a")]
    assert point.skipping is False


# --- EventStream over a mock transport --------------------------------------------------------

EVENT_ID = "00000007-0001-4000-8000-{:012x}"


def event_json(n: int, timestamp: int | None = None) -> dict[str, Any]:
    stamp = 1_704_067_200_000 + n * 1000 if timestamp is None else timestamp
    return {"type": "activation", "id": EVENT_ID.format(n), "timestamp": stamp}


def body_of(*numbers: int) -> bytes:
    return json.dumps([event_json(n) for n in numbers]).encode()


def cut_after(body: bytes, complete: int) -> bytes:
    """`body` stopped a few bytes into the element after its first `complete` ones."""
    end = 0
    for _ in range(complete):
        end = body.index(b"}", end + 1) + 1
    return body[: end + 5]


class Pieces(httpx.AsyncByteStream):
    """A body in pieces of `size` bytes, then optionally an error; records whether it was closed."""

    def __init__(self, body: bytes, size: int = 5, error: Exception | None = None, close_error: bool = False) -> None:
        self.body, self.size, self.error, self.close_error = body, size, error, close_error
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for offset in range(0, len(self.body), self.size):
            yield self.body[offset : offset + self.size]
        if self.error is not None:
            raise self.error

    async def aclose(self) -> None:
        self.closed = True
        if self.close_error:
            raise OSError("close failed")


Answer = Callable[[httpx.Request, int], httpx.Response]


class Server:
    """Answers each request with the next of `answers` (the last one repeats); records the requests."""

    def __init__(self, *answers: Pieces | httpx.Response) -> None:
        self.answers = answers
        self.requests: list[httpx.Request] = []
        self.bodies: list[Pieces] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers[min(len(self.requests), len(self.answers)) - 1]
        if isinstance(answer, httpx.Response):
            return answer
        self.bodies.append(answer)
        return httpx.Response(200, headers={"x-request-id": f"req-{len(self.requests)}"}, stream=answer)


def client(server: Server, **options: Any) -> NP6Client:
    settings = {"backoff_base": 0.0, "backoff_cap": 0.0, "max_retries": 2, **options}
    return NP6Client(
        api_key="sk-test-edges",
        base_url="https://np6.test",
        transport=httpx.MockTransport(server),
        options=ClientOptions(**settings),
    )


def ids(items: list[NotificationEvent]) -> list[str]:
    return [str(item.id) for item in items]


def expected_ids(*numbers: int) -> list[str]:
    return [EVENT_ID.format(n) for n in numbers]


def activations(np6: NP6Client, **params: Any) -> EventStream[NotificationEvent]:
    stream = notification.list_notification_activations.stream(7, client=np6, **params)
    assert isinstance(stream, EventStream)
    return stream


async def test_a_dropped_stream_closes_its_answer_and_forgets_the_close() -> None:
    server = Server(Pieces(body_of(0, 1, 2), close_error=True))
    problems: list[dict[str, Any]] = []
    asyncio.get_running_loop().set_exception_handler(lambda loop, context: problems.append(context))
    async with client(server) as np6:
        stream = activations(np6)
        assert ids([await anext(stream)]) == expected_ids(0)
        del stream
        assert len(streaming._CLOSING) == 1
        for _ in range(5):
            await asyncio.sleep(0)
        assert server.bodies[0].closed
        assert not streaming._CLOSING
    gc.collect()
    assert problems == []


async def test_a_cancelled_close_is_forgotten_quietly() -> None:
    problems: list[dict[str, Any]] = []
    asyncio.get_running_loop().set_exception_handler(lambda loop, context: problems.append(context))
    task = asyncio.get_running_loop().create_task(asyncio.sleep(10))
    streaming._CLOSING.add(task)
    task.add_done_callback(streaming._closed)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await asyncio.sleep(0)
    assert not streaming._CLOSING
    assert problems == []


def test_a_stream_dropped_without_a_running_loop_says_nothing() -> None:
    unraisable: list[Any] = []
    server = Server(Pieces(body_of(0, 1)))
    stream: EventStream[NotificationEvent] = asyncio.run(first_of_a_stream(server))
    previous, sys.unraisablehook = sys.unraisablehook, unraisable.append
    try:
        del stream
        gc.collect()
    finally:
        sys.unraisablehook = previous
    assert unraisable == []


async def first_of_a_stream(server: Server) -> EventStream[NotificationEvent]:
    np6 = client(server)
    stream = activations(np6)
    await anext(stream)
    return stream


def test_a_stream_that_failed_to_build_says_nothing_when_dropped() -> None:
    unraisable: list[Any] = []
    previous, sys.unraisablehook = sys.unraisablehook, unraisable.append
    try:
        with pytest.raises(AttributeError):
            EventStream(None, None, NotificationEvent.from_dict, call=SORTED, options=ClientOptions())  # type: ignore[arg-type]
        gc.collect()
    finally:
        sys.unraisablehook = previous
    assert unraisable == []


class Socket:
    def __init__(self, error: bool = False) -> None:
        self.error, self.calls = error, list[object]()

    def setsockopt(self, level: int, name: int, value: bytes) -> None:
        self.calls.append((level, name, struct.unpack("ii", value)))
        if self.error:
            raise OSError("not connected")

    def shutdown(self, how: int) -> None:
        self.calls.append(how)
        if self.error:
            raise OSError("not connected")


class NetworkStream:
    def __init__(self, sock: object) -> None:
        self.sock = sock

    def get_extra_info(self, name: str) -> object:
        return self.sock if name == "socket" else None


@pytest.mark.parametrize(
    "network_stream",
    [None, object(), NetworkStream(None), NetworkStream(object()), NetworkStream(Socket(error=True))],
    ids=["none", "no get_extra_info", "no socket", "no shutdown", "shutdown fails"],
)
def test_shutting_down_tolerates_whatever_the_transport_offers(network_stream: object) -> None:
    response = httpx.Response(200, extensions={} if network_stream is None else {"network_stream": network_stream})
    streaming._shut_down(response)


def test_shutting_down_closes_both_directions_and_makes_the_close_a_reset() -> None:
    sock = Socket()
    streaming._shut_down(httpx.Response(200, extensions={"network_stream": NetworkStream(sock)}))
    assert sock.calls == [(socket.SOL_SOCKET, socket.SO_LINGER, (1, 0)), socket.SHUT_RDWR]


def test_a_failed_linger_setting_still_shuts_down() -> None:
    sock = Socket(error=True)
    streaming._shut_down(httpx.Response(200, extensions={"network_stream": NetworkStream(sock)}))
    assert sock.calls[-1] == socket.SHUT_RDWR


PATH = "/notifications/7/events/activations"


async def read_all(stream: EventStream[NotificationEvent], into: list[NotificationEvent]) -> None:
    async for item in stream:
        into.append(item)


async def test_a_body_that_is_not_an_array_is_malformed_with_the_scanner_s_cause() -> None:
    server = Server(Pieces(b'[{"type":"activation"} {"b":2}]', size=64))
    delivered: list[NotificationEvent] = []
    async with client(server) as np6:
        stream = activations(np6)
        with pytest.raises(MalformedResponseError) as info:
            await read_all(stream, delivered)
        assert server.bodies[0].closed
    assert len(delivered) == 1
    cause = info.value.__cause__
    assert isinstance(cause, JSONSyntaxError) and cause.position == 23
    assert info.value.status_code == 200
    assert info.value.request_id == "req-1"
    assert f"GET {PATH}: HTTP 200 answer could not be parsed (not a JSON array of items: {cause})" in str(info.value)
    assert len(server.requests) == 1  # a malformed answer is not asked again


async def test_text_no_array_starts_with_is_malformed_at_once() -> None:
    server = Server(Pieces(b"<html>" + b"x" * 100, size=8))
    async with client(server) as np6:
        with pytest.raises(MalformedResponseError) as info:
            await anext(activations(np6))
    cause = info.value.__cause__
    assert isinstance(cause, JSONSyntaxError) and str(cause) == "the body is not a JSON array at byte 0"
    assert "(not a JSON array of items: the body is not a JSON array at byte 0)" in str(info.value)
    assert len(server.requests) == 1


async def test_a_bad_item_is_malformed_after_the_items_before_it_and_names_its_rank() -> None:
    bad = {**event_json(3), "id": "not-a-uuid"}
    body = json.dumps([event_json(0), event_json(1), event_json(2), bad, event_json(4)]).encode()
    server = Server(Pieces(body, size=len(body)))
    delivered: list[NotificationEvent] = []
    async with client(server) as np6:
        stream = activations(np6)
        assert ids([await anext(stream)]) == expected_ids(0)
        with pytest.raises(MalformedResponseError) as info:
            await read_all(stream, delivered)
        assert stream.delivered == 3
    assert ids(delivered) == expected_ids(1, 2)
    assert isinstance(info.value.__cause__, ValueError)
    assert f"(item 3: {info.value.__cause__!r})" in str(info.value)
    assert info.value.status_code == 200 and info.value.request_id == "req-1"
    assert len(server.requests) == 1


async def test_a_bad_item_in_a_later_batch_is_counted_from_the_first_item() -> None:
    good = json.dumps([event_json(0), event_json(1)]).encode()[:-1]
    rest = json.dumps([event_json(2), {**event_json(3), "id": "not-a-uuid"}]).encode()[1:]
    server = Server(Pieces(good + b"," + rest, size=len(good) + 1))
    delivered: list[NotificationEvent] = []
    async with client(server) as np6:
        with pytest.raises(MalformedResponseError) as info:
            await read_all(activations(np6), delivered)
    assert ids(delivered) == expected_ids(0, 1, 2)
    assert "(item 3: " in str(info.value)


async def test_a_broken_connection_of_an_unsorted_stream_says_where_it_stopped() -> None:
    cut = httpx.RemoteProtocolError("peer closed connection")
    body = body_of(0, 1, 2)
    server = Server(Pieces(cut_after(body, 2), size=16, error=cut))
    delivered: list[NotificationEvent] = []
    async with client(server) as np6:
        stream = activations(np6)
        with pytest.raises(StreamInterruptedError) as info:
            await read_all(stream, delivered)
        assert server.bodies[0].closed
        assert stream.resumptions == 0
        with pytest.raises(StopAsyncIteration):  # a broken stream stays finished
            await anext(stream)
    error = info.value
    assert ids(delivered) == expected_ids(0, 1)
    assert error.__cause__ is cut
    assert (error.method, error.path, error.delivered) == ("GET", PATH, 2)
    assert (error.last_timestamp, error.last_id) == (1_704_067_201_000, EVENT_ID.format(1))
    assert str(error) == (
        f"GET {PATH}: stream broke (RemoteProtocolError) after 2 events "
        f"(last timestamp=1704067201000, id={EVENT_ID.format(1)})"
    )
    assert len(server.requests) == 1


async def test_a_body_ending_early_without_an_error_is_an_interruption_caused_by_the_cut() -> None:
    body = body_of(0, 1, 2)
    server = Server(Pieces(cut_after(body, 2), size=16))
    async with client(server, resume_streams=False) as np6:
        with pytest.raises(StreamInterruptedError) as info:
            await read_all(activations(np6, sort=EventSort.ASC), [])
    assert isinstance(info.value.__cause__, TruncatedArray)
    assert str(info.value.__cause__) == "the array stops before its end"
    assert "stream broke (TruncatedArray) after 2 events" in str(info.value)


async def test_a_sorted_stream_resumes_from_its_last_timestamp_and_counts_its_resumptions() -> None:
    cut = httpx.ReadError("reset")
    first = body_of(0, 1, 2)
    server = Server(
        Pieces(cut_after(first, 2), size=16, error=cut),  # 0 and 1, then the cut
        Pieces(cut_after(body_of(1, 2, 3), 2), size=16, error=cut),  # 1 again, 2, then the cut
        Pieces(body_of(2, 3, 4), size=16),
    )
    resumed: list[Any] = []

    class Recorder(Observer):
        def stream_resumed(self, event: Any) -> None:
            resumed.append(event)

    async with NP6Client(
        api_key="sk-test-edges",
        base_url="https://np6.test",
        transport=httpx.MockTransport(server),
        options=ClientOptions(backoff_base=0.0, backoff_cap=0.0, max_retries=2),
        observer=Recorder(),
    ) as np6:
        stream = activations(np6, sort=EventSort.ASC)
        delivered: list[NotificationEvent] = []
        await read_all(stream, delivered)
        assert stream.resumptions == 2
        assert stream.status_code == 200 and stream.request_id == "req-3"
    assert ids(delivered) == expected_ids(0, 1, 2, 3, 4)
    starts = [request.url.params.get("start") for request in server.requests]
    assert starts == [None, "1704067201000", "1704067202000"]
    assert [(event.resumption, event.delivered, event.last_timestamp) for event in resumed] == [
        (1, 2, 1_704_067_201_000),
        (2, 3, 1_704_067_202_000),
    ]
    assert [(event.method, event.path) for event in resumed] == [("GET", "/notifications/{id}/events/activations")] * 2


async def test_resumptions_stop_at_the_retry_budget() -> None:
    cut = httpx.ReadError("reset")
    body = body_of(0, 1, 2)
    server = Server(Pieces(cut_after(body, 2), size=16, error=cut), Pieces(cut_after(body_of(1, 2), 1), error=cut))
    async with client(server, max_retries=1) as np6:
        stream = activations(np6, sort=EventSort.ASC)
        with pytest.raises(StreamInterruptedError) as info:
            await read_all(stream, [])
        assert stream.resumptions == 1
    assert len(server.requests) == 2
    assert info.value.__cause__ is cut


class StreamClock:
    """`time` for the streaming module: `monotonic()` moves only when a test (or its server) says so."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def monotonic(self) -> float:
        return self.now


def ticking(server: Server, clock: StreamClock, seconds: float) -> Callable[[httpx.Request], httpx.Response]:
    """`server`, with the clock moved on by `seconds` while the first request is answered."""

    def answer(request: httpx.Request) -> httpx.Response:
        if not server.requests:
            clock.now += seconds
        return server(request)

    return answer


def always_cut() -> Server:
    cut = httpx.ReadError("reset")
    return Server(Pieces(cut_after(body_of(0, 1, 2), 2), size=16, error=cut), Pieces(b"[", error=cut))


@pytest.mark.parametrize("elapsed", [5.0, 11.0, 3600.0])
async def test_a_stream_read_for_longer_than_the_deadline_is_still_resumed(
    monkeypatch: pytest.MonkeyPatch, sleeps: list[float], elapsed: float
) -> None:
    # The deadline bounds each open, not the reading: an export read for an hour can still resume.
    clock = StreamClock()
    monkeypatch.setattr(streaming, "time", clock)
    cut = httpx.ReadError("reset")
    server = Server(Pieces(cut_after(body_of(0, 1, 2), 2), size=16, error=cut), Pieces(body_of(1, 2, 3), size=16))
    options = ClientOptions(deadline=10.0, backoff_base=0.0, backoff_cap=0.0, min_retry_delay=0.05, max_retries=3)
    delivered: list[NotificationEvent] = []
    async with NP6Client(
        api_key="sk-test-edges",
        base_url="https://np6.test",
        transport=httpx.MockTransport(ticking(server, clock, elapsed)),
        options=options,
    ) as np6:
        stream = activations(np6, sort=EventSort.ASC)
        await read_all(stream, delivered)
    assert ids(delivered) == expected_ids(0, 1, 2, 3)
    assert (stream.resumptions, sleeps, len(server.requests)) == (1, [0.05], 2)


@pytest.mark.parametrize(("deadline", "resumed"), [(5.01, True), (5.0, False), (4.0, False)])
async def test_a_resumption_whose_wait_reaches_the_deadline_is_not_made(
    monkeypatch: pytest.MonkeyPatch, sleeps: list[float], deadline: float, resumed: bool
) -> None:
    monkeypatch.setattr(streaming, "time", StreamClock())
    cut = httpx.ReadError("reset")
    server = Server(Pieces(cut_after(body_of(0, 1, 2), 2), size=16, error=cut), Pieces(body_of(1, 2, 3), size=16))
    options = ClientOptions(
        deadline=deadline, backoff_base=0.0, backoff_cap=0.0, min_retry_delay=5.0, max_wait=10.0, max_retries=3
    )
    delivered: list[NotificationEvent] = []
    async with NP6Client(
        api_key="sk-test-edges", base_url="https://np6.test", transport=httpx.MockTransport(server), options=options
    ) as np6:
        stream = activations(np6, sort=EventSort.ASC)
        if resumed:
            await read_all(stream, delivered)
            assert ids(delivered) == expected_ids(0, 1, 2, 3)
            assert (stream.resumptions, sleeps) == (1, [5.0])
            return
        with pytest.raises(StreamInterruptedError) as info:
            await read_all(stream, delivered)
    assert (stream.resumptions, sleeps, len(server.requests)) == (0, [], 1)
    assert info.value.__cause__ is cut
    assert info.value.delivered == 2
    assert str(info.value).startswith(
        f"GET {PATH}: stream broke (ReadError; not resumed: it would start past the call's deadline ({deadline:g}s)) "
        "after 2 events"
    )


async def test_resumption_waits_count_against_max_total_wait(sleeps: list[float]) -> None:
    server = always_cut()
    options = ClientOptions(max_total_wait=0.12, backoff_base=0.0, backoff_cap=0.0, min_retry_delay=0.05, max_retries=9)
    async with NP6Client(
        api_key="sk-test-edges", base_url="https://np6.test", transport=httpx.MockTransport(server), options=options
    ) as np6:
        stream = activations(np6, sort=EventSort.ASC)
        with pytest.raises(StreamInterruptedError, match=r"not resumed: its wait would pass max_total_wait \(0.12s\)"):
            await read_all(stream, [])
    assert (stream.resumptions, sleeps, len(server.requests)) == (2, [0.05, 0.05], 3)


@pytest.mark.timeout(10)
async def test_a_resumed_request_must_answer_by_the_call_s_deadline(
    monkeypatch: pytest.MonkeyPatch, sleeps: list[float]
) -> None:
    clock = StreamClock()
    monkeypatch.setattr(streaming, "time", clock)
    cut = httpx.ReadError("reset")
    first = Pieces(cut_after(body_of(0, 1, 2), 2), size=16, error=cut)
    answered = asyncio.Event()

    async def answer(request: httpx.Request) -> httpx.Response:
        if answered.is_set():
            await asyncio.Event().wait()  # the resumed request never answers
        answered.set()
        clock.now += 9.7  # reading for longer than the deadline costs the resumption nothing
        return httpx.Response(200, stream=first)

    options = ClientOptions(deadline=1.0, backoff_base=0.0, backoff_cap=0.0, max_retries=3)
    async with NP6Client(
        api_key="sk-test-edges", base_url="https://np6.test", transport=httpx.MockTransport(answer), options=options
    ) as np6:
        stream = activations(np6, sort=EventSort.ASC)
        with pytest.raises(
            APITimeoutError, match=r"resumed stream did not answer within the call's deadline of 1s"
        ) as info:
            await read_all(stream, [])
    assert stream.resumptions == 1 and stream.delivered == 2
    assert (info.value.method, info.value.path) == ("GET", PATH)


async def test_the_last_item_of_a_partly_read_batch_is_where_the_stream_stands() -> None:
    server = Server(Pieces(body_of(0, 1, 2, 3), size=1 << 16))
    async with client(server) as np6:
        stream = activations(np6)
        assert ids([await anext(stream), await anext(stream)]) == expected_ids(0, 1)
        await stream.aclose()
        assert (stream.delivered, stream.last_id, stream.last_timestamp) == (2, EVENT_ID.format(1), 1_704_067_201_000)
        assert repr(stream) == f"EventStream(url={PATH!r}, delivered=2)"
        with pytest.raises(StreamClosedError, match=r"^the event stream was closed; it delivers nothing more$"):
            await anext(stream)


async def test_a_stream_names_nothing_before_it_opens() -> None:
    server = Server(Pieces(body_of(0)))
    async with client(server) as np6:
        stream = activations(np6)
        assert (stream.status_code, stream.headers, stream.request_id) == (None, None, None)
        assert (stream.delivered, stream.last_id, stream.last_timestamp) == (0, None, None)
        assert repr(stream) == f"EventStream(url={PATH!r}, delivered=0)"


def test_a_model_with_a_generated_builder_is_built_by_it() -> None:
    assert fast_builder(NotificationEvent.from_dict) is BUILDERS[NotificationEvent]
    assert Action not in BUILDERS
    assert fast_builder(Action.from_dict) == Action.from_dict


@pytest.mark.parametrize(
    "parse_item",
    [int.from_bytes, NotificationEvent.__subclasshook__, [].count, json.loads, lambda raw: raw],
    ids=[
        "a class without from_dict",
        "another method of a built model",
        "an unhashable owner",
        "a function",
        "a lambda",
    ],
)
def test_any_other_parser_is_used_as_it_is(parse_item: Callable[[Any], Any]) -> None:
    assert fast_builder(parse_item) == parse_item


async def test_a_custom_parser_builds_each_item_without_the_collector_and_decoding_errors_are_malformed() -> None:
    collecting: list[bool] = []
    before = gc.isenabled()  # on, except in a mutation tool's coverage pass (tests/conftest.py)

    def parse(raw: Any) -> Any:
        collecting.append(gc.isenabled())
        return raw["n"]

    server = Server(
        Pieces(b'[{"n": 1}, {"n": 2}, {"n": 3}]', size=4),
        httpx.Response(200, headers={"content-encoding": "gzip"}, stream=Pieces(b"not gzip at all")),
    )
    async with httpx.AsyncClient(transport=httpx.MockTransport(server), base_url="https://np6.test") as http:
        request = {"method": "GET", "url": PATH, "params": {}}
        stream = EventStream(http, request, parse, call=Call("GET"), options=ClientOptions())
        assert [n async for n in stream] == [1, 2, 3]
        assert collecting == [False, False, False] and gc.isenabled() is before
        broken = EventStream(http, request, parse, call=Call("GET"), options=ClientOptions())
        with pytest.raises(MalformedResponseError) as info:
            await anext(broken)
        with pytest.raises(StopAsyncIteration):
            await anext(broken)
    assert len(server.requests) == 2
    assert gc.isenabled() is before
    assert isinstance(info.value.__cause__, httpx.DecodingError)
    assert f"(the body could not be decoded ({info.value.__cause__}))" in str(info.value)
    assert info.value.status_code == 200


async def test_each_resumption_backs_off_as_the_retry_of_its_rank(
    monkeypatch: pytest.MonkeyPatch, sleeps: list[float]
) -> None:
    monkeypatch.setattr(random, "uniform", lambda low, high: high)  # the retries' jitter at its ceiling
    server = always_cut()
    options = ClientOptions(backoff_base=1.0, backoff_cap=100.0, min_retry_delay=0.25, max_wait=100.0, max_retries=2)
    async with NP6Client(
        api_key="sk-test-edges", base_url="https://np6.test", transport=httpx.MockTransport(server), options=options
    ) as np6:
        stream = activations(np6, sort=EventSort.ASC)
        with pytest.raises(StreamInterruptedError):
            await read_all(stream, [])
    assert (stream.resumptions, sleeps) == (2, [1.0, 2.0])  # retries 1 and 2: the base, then twice it


async def test_a_resumption_whose_wait_uses_up_max_total_wait_exactly_is_made(sleeps: list[float]) -> None:
    server = always_cut()
    options = ClientOptions(max_total_wait=0.1, backoff_base=0.0, backoff_cap=0.0, min_retry_delay=0.05, max_retries=9)
    async with NP6Client(
        api_key="sk-test-edges", base_url="https://np6.test", transport=httpx.MockTransport(server), options=options
    ) as np6:
        stream = activations(np6, sort=EventSort.ASC)
        with pytest.raises(StreamInterruptedError, match=r"not resumed: its wait would pass max_total_wait \(0.1s\)"):
            await read_all(stream, [])
    assert (stream.resumptions, sleeps, len(server.requests)) == (2, [0.05, 0.05], 3)


async def test_a_request_stream_started_over_names_its_operation_from_its_url() -> None:
    cut = httpx.ReadError("reset")
    server = Server(Pieces(b'[{"type":"activ', error=cut), Pieces(body_of(0, 1), size=16))
    resumed: list[Any] = []

    class Recorder(Observer):
        def stream_resumed(self, event: Any) -> None:
            resumed.append(event)

    async with NP6Client(
        api_key="sk-test-edges",
        base_url="https://np6.test/api",
        transport=httpx.MockTransport(server),
        options=ClientOptions(backoff_base=0.0, backoff_cap=0.0, max_retries=2),
        observer=Recorder(),
    ) as np6:
        stream = np6.request_stream("GET", "/notifications/{id}/events/activations", path={"id": 7})
        items = [item async for item in stream]
    assert [item["id"] for item in items] == expected_ids(0, 1)
    assert len(server.requests) == 2  # started over once
    assert [(event.method, event.path, event.resumption) for event in resumed] == [
        ("GET", "/notifications/{id}/events/activations", 1)
    ]


async def test_a_content_encoding_that_echoes_the_key_leaves_no_trace_of_it() -> None:
    key = "sk-echoed-in-an-encoding-77"
    answer = httpx.Response(200, headers={"content-encoding": key}, stream=Pieces(body_of(0)))
    async with NP6Client(
        api_key=key, base_url="https://np6.test", transport=httpx.MockTransport(Server(answer))
    ) as np6:
        with pytest.raises(MalformedResponseError) as info:
            await anext(activations(np6))
    assert isinstance(info.value.__cause__, httpx.DecodingError)
    assert "content encoding" in str(info.value.__cause__)
    assert key not in "".join(traceback.format_exception(info.value))


async def test_a_malformed_body_showing_a_one_character_key_leaves_no_trace_of_it() -> None:
    # The scanner's error shows one byte of the body; a key of one character is still a key.
    async with NP6Client(
        api_key="Q", base_url="https://np6.test", transport=httpx.MockTransport(Server(Pieces(b"[Q")))
    ) as np6:
        with pytest.raises(MalformedResponseError) as info:
            await anext(activations(np6))
    cause = info.value.__cause__
    assert isinstance(cause, JSONSyntaxError) and str(cause).startswith("expected a value or ']', got b'")
    assert [text for text in (str(info.value), str(cause), cause.problem, *map(str, cause.args)) if "Q" in text] == []


async def test_an_item_past_the_limit_ends_the_stream_with_a_too_large_error_after_the_items_before_it() -> None:
    big = {**event_json(1), "padding": "x" * 4096}
    body = json.dumps([event_json(0), big, event_json(2)]).encode()
    server = Server(Pieces(body, size=512))
    delivered: list[NotificationEvent] = []
    async with client(server, max_item_bytes=1024) as np6:
        stream = activations(np6)
        with pytest.raises(ResponseTooLargeError) as info:
            await read_all(stream, delivered)
        with pytest.raises(StopAsyncIteration):
            await anext(stream)
    assert ids(delivered) == expected_ids(0)
    error = info.value
    assert (error.what, error.limit, error.status_code, error.method, error.path) == ("item", 1024, 200, "GET", PATH)
    assert str(error) == f"GET {PATH}: HTTP 200 answer's item exceeds 1024 bytes; not read further"
    assert len(server.requests) == 1


async def test_an_item_the_parser_refuses_leaves_no_trace_of_a_key_it_echoes() -> None:
    key = "sk-echoed-by-a-parser-31"

    def parse(raw: Any) -> Any:
        if raw["n"] == 2:
            raise ValueError(f"unknown kind {raw['kind']!r}")
        return raw["n"]

    body = json.dumps([{"n": 1}, {"n": 2, "kind": key}]).encode()
    async with NP6Client(
        api_key=key, base_url="https://np6.test", transport=httpx.MockTransport(Server(Pieces(body, size=64)))
    ) as np6:
        stream = np6.stream_call(Call("GET"), {"method": "GET", "url": PATH, "params": {}}, parse)
        assert await anext(stream) == 1
        with pytest.raises(MalformedResponseError) as info:
            await anext(stream)
    cause = info.value.__cause__
    assert isinstance(cause, ValueError) and str(cause).startswith("unknown kind")
    assert key not in "".join(traceback.format_exception(info.value))


async def test_each_request_of_a_stream_tells_a_tracing_transport_how_far_the_stream_got() -> None:
    seen: list[Any] = []
    server = Server(
        Pieces(cut_after(body_of(0, 1, 2), 2), size=16, error=httpx.ReadError("reset")), Pieces(body_of(1, 2))
    )

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions[STREAM_PROGRESS_EXTENSION]())
        return server(request)

    async with NP6Client(
        api_key="sk-test-edges",
        base_url="https://np6.test",
        transport=httpx.MockTransport(answer),
        options=ClientOptions(backoff_base=0.0, backoff_cap=0.0, max_retries=2),
    ) as np6:
        stream = activations(np6, sort=EventSort.ASC)
        await read_all(stream, [])
    assert seen == [stream, stream]


class SpanEnd:
    """What a tracing transport puts on a stream's answer: ended by the stream, once it claims it."""

    def __init__(self) -> None:
        self.claimed = False
        self.ended: list[BaseException | None] = []

    def __call__(self, error: BaseException | None) -> None:
        self.ended.append(error)


async def test_a_stream_ends_each_answer_s_span_with_what_broke_it() -> None:
    cut = httpx.ReadError("reset")
    spans = [SpanEnd(), SpanEnd()]
    server = Server(Pieces(cut_after(body_of(0, 1, 2), 2), size=16, error=cut), Pieces(body_of(1, 2), size=16))

    def answer(request: httpx.Request) -> httpx.Response:
        response = server(request)
        response.extensions[SPAN_END_EXTENSION] = spans[len(server.requests) - 1]
        return response

    async with NP6Client(
        api_key="sk-test-edges",
        base_url="https://np6.test",
        transport=httpx.MockTransport(answer),
        options=ClientOptions(backoff_base=0.0, backoff_cap=0.0, max_retries=2),
    ) as np6:
        stream = activations(np6, sort=EventSort.ASC)
        await read_all(stream, [])
    assert [(span.claimed, span.ended) for span in spans] == [(True, [cut]), (True, [None])]


@pytest.mark.parametrize(
    ("body", "error"),
    [
        (b'[{"type":"activation"} x', MalformedResponseError),  # not an array
        (json.dumps([event_json(0), {**event_json(1), "id": "not-a-uuid"}]).encode(), MalformedResponseError),
        (json.dumps([event_json(0), {**event_json(1), "padding": "x" * 4096}]).encode(), ResponseTooLargeError),
    ],
    ids=["malformed", "bad item", "item too large"],
)
async def test_an_answer_read_whole_but_refused_ends_its_span_without_a_transport_error(
    body: bytes, error: type[Exception]
) -> None:
    span = SpanEnd()

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=Pieces(body, size=256), extensions={SPAN_END_EXTENSION: span})

    async with NP6Client(
        api_key="sk-test-edges",
        base_url="https://np6.test",
        transport=httpx.MockTransport(answer),
        options=ClientOptions(max_item_bytes=1024),
    ) as np6:
        with pytest.raises(error):
            await read_all(activations(np6), [])
    assert (span.claimed, span.ended) == (True, [None])
