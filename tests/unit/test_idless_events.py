"""Events without an id (the spec does not require one) are each delivered once, by resumed streams and the poller."""

import hashlib
import json
from typing import Any

import httpx

from np6_client import Checkpoint, ClientOptions, EventPoller, NP6Client
from np6_client._poller import MAX_DIGESTS
from np6_client.api import email_sms
from np6_client.models import EventSort

KEY = "sk-idless-secret-8"
FAST = ClientOptions(backoff_base=0.001, backoff_cap=0.002, min_retry_delay=0.001, max_retries=3)


def event(kind: str, timestamp: int, **more: Any) -> dict[str, Any]:
    return {"type": kind, "timestamp": timestamp, **more}


def body(events: list[dict[str, Any]]) -> bytes:
    return json.dumps(events).encode()


def serving(*bodies: bytes) -> tuple[httpx.MockTransport, list[dict[str, str]]]:
    """Each request gets the next body; the last one is served again and again."""
    queries: list[dict[str, str]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        queries.append(dict(request.url.params))
        text = bodies[min(len(queries), len(bodies)) - 1]
        return httpx.Response(200, content=text, headers={"content-type": "application/json"})

    return httpx.MockTransport(answer), queries


def described(events: list[Any]) -> list[tuple[str, int, str]]:
    return [(str(e.type_), e.timestamp, str(e.additional_properties.get("n", ""))) for e in events]


# Four id-less events at one timestamp, two of them identical: four events, not three.
SHARED = [event("send", 2000, n="x"), event("open", 2000), event("open", 2000), event("click", 2000)]
EXPECTED = [("send", 1000, ""), *[(e["type"], 2000, e.get("n", "")) for e in SHARED]]


async def test_a_sorted_stream_resumed_after_its_first_item_delivers_each_idless_event_once() -> None:
    full = body([event("send", 1000), *SHARED])
    cut = full[: full.index(b"}") + 1 + len(b', {"type": "se')]  # the first item whole, the second cut
    transport, queries = serving(cut, full)
    np6 = NP6Client(api_key=KEY, transport=transport, options=FAST)
    async with np6, email_sms.list_action_events.stream(client=np6, sort=EventSort.ASC) as stream:
        events = [e async for e in stream]
    assert described(events) == EXPECTED
    assert stream.resumptions == 1
    assert queries[1]["start"] == "1000"


async def test_a_sorted_stream_resumed_inside_a_run_of_identical_events_delivers_the_rest_once() -> None:
    same = [event("open", 2000) for _ in range(5)]
    full = body([event("send", 1000), *same])
    second_open = full.index(b'{"type": "open"', full.index(b'{"type": "open"') + 1)
    cut = full[: second_open + 5]  # the send and one open delivered, the second open cut
    transport, queries = serving(cut, body(same))  # what NP6 answers from start=2000
    np6 = NP6Client(api_key=KEY, transport=transport, options=FAST)
    async with np6, email_sms.list_action_events.stream(client=np6, sort=EventSort.ASC) as stream:
        events = [e async for e in stream]
    assert described(events) == [("send", 1000, "")] + [("open", 2000, "")] * 5
    assert queries[1]["start"] == "2000"


async def test_the_poller_hands_each_idless_event_over_once_across_polls_and_restarts() -> None:
    first = [event("send", 1000), *SHARED]
    later = [*SHARED, event("open", 2000), event("send", 3000)]  # one more identical open arrived late
    transport, queries = serving(body(first), body(later), body([event("send", 3000)]))
    async with NP6Client(api_key=KEY, transport=transport) as np6:
        poller = EventPoller(email_sms.list_action_events.stream, client=np6)
        delivered = described([e async for e in poller.poll()])
        stored = poller.checkpoint.to_json()
        restarted = EventPoller(
            email_sms.list_action_events.stream, client=np6, checkpoint=Checkpoint.from_json(stored)
        )
        delivered += described([e async for e in restarted.poll()])
        delivered += described([e async for e in restarted.poll()])  # the last timestamp again: nothing new
    assert delivered == [*EXPECTED, ("open", 2000, ""), ("send", 3000, "")]
    assert [q.get("start") for q in queries] == [None, "2000", "3000"]
    assert restarted.checkpoint.delivered == 7
    assert restarted.checkpoint.at_last_timestamp == 1


def test_an_idless_key_is_the_documented_digest_of_its_content_and_occurrence() -> None:
    from np6_client._streaming.resume_point import EventKeys
    from np6_client.models import ActionEvent

    keys = EventKeys()
    item = ActionEvent.from_dict(event("open", 2000))
    content = json.dumps(item.to_dict(), sort_keys=True, separators=(",", ":"))
    expected = [hashlib.sha256(f"item:{n}:{content}".encode()).hexdigest()[:16] for n in (1, 2)]
    assert [keys.key(item), keys.key(item)] == expected
    keys.restart()
    assert keys.key(item) == expected[0]


async def test_thousands_of_events_at_one_timestamp_keep_the_checkpoint_small_and_resumable() -> None:
    count = MAX_DIGESTS * 4
    events = [event("open", 5000, n=str(i)) for i in range(count)]
    transport, _ = serving(body(events))
    sizes: list[int] = []
    async with NP6Client(api_key=KEY, transport=transport) as np6:
        poller = EventPoller(email_sms.list_action_events.stream, client=np6)
        seen: list[str] = []
        stored = ""
        async for item in poller.poll():
            seen.append(str(item.additional_properties["n"]))
            stored = poller.checkpoint.to_json()
            sizes.append(len(stored))
            if len(seen) == count - 100:
                break
        checkpoint = Checkpoint.from_json(stored)
        assert (checkpoint.at_last_timestamp, len(checkpoint.digests)) == (count - 100, MAX_DIGESTS)
        restarted = EventPoller(email_sms.list_action_events.stream, client=np6, checkpoint=checkpoint)
        seen += [str(item.additional_properties["n"]) async for item in restarted.poll()]
    assert seen == [str(i) for i in range(count)]
    assert max(sizes) < 20 * MAX_DIGESTS + 100  # bounded by the cap, whatever the number of events
    assert sizes[-1] == max(sizes)


def test_an_id_that_is_not_valid_unicode_still_has_a_key() -> None:
    from types import SimpleNamespace

    from np6_client._streaming.resume_point import EventKeys

    lone_surrogate = "evt-\ud800"
    expected = hashlib.sha256(b"id:evt-\xed\xa0\x80").hexdigest()[:16]  # the surrogate's own three bytes
    assert EventKeys().key(SimpleNamespace(id=lone_surrogate)) == expected
