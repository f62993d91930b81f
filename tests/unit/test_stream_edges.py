"""Edges of the streaming layer that the whole-body judgements do not reach.

Where a resumed stream stands (`ResumePoint`), the splitter's and the scanner's verdicts on
awkward text, and what an `EventStream` tells its caller: items, errors with their causes,
resumptions and the connection closed.
"""

import asyncio
import gc
import json
import socket
import sys
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from np6_client import ClientOptions, NP6Client, _streaming
from np6_client._resume_point import ResumePoint
from np6_client._streaming import EventStream
from np6_client.api import notification
from np6_client.models import NotificationEvent


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
    assert not point.skipping


def test_a_resume_point_stops_skipping_at_the_first_item_of_a_later_timestamp() -> None:
    point = ResumePoint()
    point.remember(events((5, "a")))
    point.skipping = True
    assert point.unseen(events((6, "a"), (5, "a")), 5) == events((6, "a"), (5, "a"))
    assert not point.skipping


def test_a_resume_point_with_nothing_delivered_keeps_everything() -> None:
    point = ResumePoint()
    point.remember([])
    assert point.remembered == 0
    point.skipping = True
    assert point.unseen(events((1, "a")), None) == events((1, "a"))
    assert not point.skipping


# --- EventStream over a mock transport --------------------------------------------------------

EVENT_ID = "00000007-0001-4000-8000-{:012x}"


def event_json(n: int, timestamp: int | None = None) -> dict[str, Any]:
    stamp = 1_704_067_200_000 + n * 1000 if timestamp is None else timestamp
    return {"type": "activation", "id": EVENT_ID.format(n), "timestamp": stamp}


def body_of(*numbers: int) -> bytes:
    return json.dumps([event_json(n) for n in numbers]).encode()


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
        assert len(_streaming._CLOSING) == 1
        for _ in range(5):
            await asyncio.sleep(0)
        assert server.bodies[0].closed
        assert not _streaming._CLOSING
    gc.collect()
    assert problems == []


async def test_a_cancelled_close_is_forgotten_quietly() -> None:
    problems: list[dict[str, Any]] = []
    asyncio.get_running_loop().set_exception_handler(lambda loop, context: problems.append(context))
    task = asyncio.get_running_loop().create_task(asyncio.sleep(10))
    _streaming._CLOSING.add(task)
    task.add_done_callback(_streaming._closed)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await asyncio.sleep(0)
    assert not _streaming._CLOSING
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
            EventStream(None, None, NotificationEvent.from_dict, resumable=True, options=ClientOptions())  # type: ignore[arg-type]
        gc.collect()
    finally:
        sys.unraisablehook = previous
    assert unraisable == []


class Socket:
    def __init__(self, error: bool = False) -> None:
        self.error, self.calls = error, list[int]()

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
    _streaming._shut_down(response)


def test_shutting_down_closes_both_directions_of_the_socket() -> None:
    sock = Socket()
    _streaming._shut_down(httpx.Response(200, extensions={"network_stream": NetworkStream(sock)}))
    assert sock.calls == [socket.SHUT_RDWR]
