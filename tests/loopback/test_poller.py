"""The poller: each event once across polls and restarts, through the inclusive `start` bound."""

import hashlib
import json
import math
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from np6_client import (
    Checkpoint,
    ClientOptions,
    EventPoller,
    InvalidRequestError,
    NP6Client,
    StreamInterruptedError,
)
from np6_client.api import email_sms, notification
from np6_client.models import NotificationEvent
from np6_client.testing import FakeNP6, Fault

from .conftest import API_KEY

pytestmark = pytest.mark.timeout(60)
ACTIVATIONS = notification.list_notification_activations.stream


def ids(fake: FakeNP6, notification_id: int, indices: range) -> list[str]:
    return [fake.event(notification_id, "activation", i)["id"] for i in indices]


def key_of(event_id: str) -> str:
    """The documented key of an event with an id: the first 16 hex digits of SHA-256 of `id:<id>`."""
    return hashlib.sha256(f"id:{event_id}".encode()).hexdigest()[:16]


def stamp(fake: FakeNP6, notification_id: int, index: int) -> int:
    timestamp: int = fake.event(notification_id, "activation", index)["timestamp"]
    return timestamp


async def collect(poller: EventPoller[NotificationEvent], into: list[str]) -> None:
    async for event in poller.poll():
        into.append(str(event.id))


def activation_queries(fake: FakeNP6, notification_id: int) -> list[dict[str, str]]:
    path = f"/notifications/{notification_id}/events/activations"
    return [r.query for r in fake.requests if r.path == path]


async def test_two_polls_across_a_shared_timestamp_deliver_each_event_once(np6: NP6Client, fake: FakeNP6) -> None:
    # Events 9, 10 and 11 share one timestamp; the first poll sees only 9 and 10 of them.
    fake.set_event_count(501, 11)
    delivered: list[str] = []
    first = EventPoller(ACTIVATIONS, 501, client=np6)
    await collect(first, delivered)
    assert delivered == ids(fake, 501, range(11))
    stored = first.checkpoint.to_json()
    assert json.loads(stored) == {
        "last_timestamp": stamp(fake, 501, 9),
        "at_last_timestamp": 2,
        "digests": [key_of(event_id) for event_id in ids(fake, 501, range(9, 11))],
        "delivered": 11,
    }
    assert (first.last_timestamp, first.delivered) == (stamp(fake, 501, 9), 11)

    fake.set_event_count(501, 20)  # nine more arrived, one of them at the shared timestamp
    second = EventPoller(ACTIVATIONS, 501, client=np6, checkpoint=Checkpoint.from_json(stored))
    await collect(second, delivered)
    assert delivered == ids(fake, 501, range(20))
    assert second.delivered == 20
    await collect(second, delivered)  # nothing new: the events at the last timestamp are not repeated
    assert delivered == ids(fake, 501, range(20))

    queries = activation_queries(fake, 501)
    assert queries[0] == {"sort": "asc"}
    assert queries[1] == {"sort": "asc", "start": str(stamp(fake, 501, 9))}
    assert queries[2] == {"sort": "asc", "start": str(stamp(fake, 501, 19))}


@pytest.mark.parametrize("cut_after", [1, 6, 7, 8, 29])
async def test_an_interrupted_poll_resumes_from_the_stored_checkpoint(
    fake_url: str, fake: FakeNP6, cut_after: int
) -> None:
    fake.set_event_count(502, 30)
    fake.faults.add(Fault(method="GET", path="/notifications/502/events/activations", cut_after_events=cut_after))
    delivered: list[str] = []
    stored = Checkpoint().to_json()
    options = ClientOptions(resume_streams=False)
    async with NP6Client(api_key=API_KEY, base_url=fake_url, options=options) as np6:
        poller = EventPoller(ACTIVATIONS, 502, client=np6, checkpoint=Checkpoint.from_json(stored))
        with pytest.raises(StreamInterruptedError) as info:
            async for event in poller.poll():
                delivered.append(str(event.id))
                stored = poller.checkpoint.to_json()  # what a service saves after handling each event
        assert info.value.delivered == cut_after
    assert delivered == ids(fake, 502, range(cut_after))

    async with NP6Client(api_key=API_KEY, base_url=fake_url) as np6:  # a later run
        restarted = EventPoller(ACTIVATIONS, 502, client=np6, checkpoint=Checkpoint.from_json(stored))
        await collect(restarted, delivered)
    assert delivered == ids(fake, 502, range(30))
    assert restarted.delivered == 30


async def test_a_consumer_that_stops_mid_poll_loses_nothing(np6: NP6Client, fake: FakeNP6) -> None:
    fake.set_event_count(503, 12)
    delivered: list[str] = []
    poller = EventPoller(ACTIVATIONS, 503, client=np6)
    async for event in poller.poll():
        delivered.append(str(event.id))
        if len(delivered) == 5:
            break
    stored = poller.checkpoint.to_json()
    restarted = EventPoller(ACTIVATIONS, 503, client=np6, checkpoint=Checkpoint.from_json(stored))
    await collect(restarted, delivered)
    assert delivered == ids(fake, 503, range(12))


async def test_the_stream_s_own_resumption_repeats_nothing(np6: NP6Client, fake: FakeNP6) -> None:
    fake.set_event_count(504, 30)
    fake.faults.add(Fault(method="GET", path="/notifications/504/events/activations", cut_after_events=10))
    delivered: list[str] = []
    await collect(EventPoller(ACTIVATIONS, 504, client=np6), delivered)
    assert delivered == ids(fake, 504, range(30))


async def test_run_polls_repeatedly(np6: NP6Client, fake: FakeNP6) -> None:
    fake.set_event_count(505, 4)
    poller = EventPoller(ACTIVATIONS, 505, client=np6)
    seen = [str(event.id) async for event in poller.run(every=0, polls=3)]
    assert seen == ids(fake, 505, range(4))
    assert poller.polls == 3
    assert len(activation_queries(fake, 505)) == 3


def scripted(answers: list[list[dict[str, Any]]], queries: list[dict[str, str]]) -> httpx.MockTransport:
    """Answers in turn, ignoring `start`: the poller must not trust the server's bound."""

    def answer(request: httpx.Request) -> httpx.Response:
        queries.append(dict(request.url.params))
        return httpx.Response(200, json=answers[len(queries) - 1])

    return httpx.MockTransport(answer)


def uuid_of(name: str) -> str:
    return f"00000000-0000-4000-8000-{ord(name):012x}"


def event(name: str, timestamp: int) -> dict[str, Any]:
    return {"type": "send", "id": uuid_of(name), "timestamp": timestamp}


def names(events: list[Any]) -> list[str]:
    return [chr(int(str(e.id)[-12:], 16)) for e in events]


async def test_action_events_once_even_when_the_server_ignores_start() -> None:
    queries: list[dict[str, str]] = []
    first = [event("a", 1000), event("b", 2000), event("c", 2000)]
    # later: everything again, a late event at the shared timestamp, one newer
    second = [*first, event("d", 2000), event("e", 3000)]
    answers = [first, second, second]
    delivered: list[str] = []
    async with NP6Client(api_key="k", transport=scripted(answers, queries)) as np6:
        poller = EventPoller(email_sms.list_action_events.stream, client=np6, start=500)
        for _ in answers:
            delivered += names([e async for e in poller.poll()])
    assert delivered == ["a", "b", "c", "d", "e"]
    assert queries == [
        {"sort": "asc", "start": "500"},
        {"sort": "asc", "start": "2000"},
        {"sort": "asc", "start": "3000"},
    ]
    assert poller.checkpoint == Checkpoint(3000, 1, (key_of(uuid_of("e")),), 5)


async def test_an_event_without_timestamp_is_delivered_without_moving_the_checkpoint() -> None:
    queries: list[dict[str, str]] = []
    answers = [[event("a", 1000), {"type": "send", "id": uuid_of("o")}, event("b", 1000)]]
    async with NP6Client(api_key="k", transport=scripted(answers, queries)) as np6:
        poller = EventPoller(email_sms.list_action_events.stream, client=np6)
        delivered = names([e async for e in poller.poll()])
    assert delivered == ["a", "o", "b"]
    assert poller.checkpoint == Checkpoint(1000, 2, (key_of(uuid_of("a")), key_of(uuid_of("b"))), 3)


GOOD = {"last_timestamp": 5, "at_last_timestamp": 1, "digests": ["0123456789abcdef"], "delivered": 3}


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("[]", "checkpoint"),
        ("{", "checkpoint"),
        ("{}", "checkpoint.last_timestamp"),
        ('{"delivered": 4}', "checkpoint.last_timestamp"),
        *[(json.dumps({k: v for k, v in GOOD.items() if k != name}), f"checkpoint.{name}") for name in GOOD],
        (json.dumps({**GOOD, "last_timestamp": "yesterday"}), "checkpoint.last_timestamp"),
        (json.dumps({**GOOD, "last_timestamp": True}), "checkpoint.last_timestamp"),
        (json.dumps({**GOOD, "digests": [1]}), "checkpoint.digests"),
        (json.dumps({**GOOD, "digests": ["0123456789ABCDEF"]}), "checkpoint.digests"),
        (json.dumps({**GOOD, "digests": ["0123456789abcde"]}), "checkpoint.digests"),
        (json.dumps({**GOOD, "digests": "0123456789abcdef"}), "checkpoint.digests"),
        (json.dumps({**GOOD, "digests": ["0123456789abcdef", "fedcba9876543210"]}), "checkpoint.digests"),
        (json.dumps({**GOOD, "last_timestamp": None}), "checkpoint.at_last_timestamp"),
        (json.dumps({**GOOD, "at_last_timestamp": -1}), "checkpoint.at_last_timestamp"),
        (json.dumps({**GOOD, "at_last_timestamp": 4}), "checkpoint.at_last_timestamp"),
        (json.dumps({**GOOD, "delivered": -1}), "checkpoint.delivered"),
        (json.dumps({**GOOD, "delivered": 3.0}), "checkpoint.delivered"),
        (
            json.dumps({**GOOD, "at_last_timestamp": 300, "delivered": 400, "digests": ["0123456789abcdef"] * 257}),
            "checkpoint.digests",
        ),
    ],
)
def test_a_damaged_or_incomplete_checkpoint_is_refused_naming_the_member(text: str, field: str) -> None:
    with pytest.raises(InvalidRequestError) as info:
        Checkpoint.from_json(text)
    assert info.value.field == field


def test_a_checkpoint_round_trips_through_json() -> None:
    checkpoint = Checkpoint(1_704_067_203_000, 2, ("0123456789abcdef", "fedcba9876543210"), 42)
    assert Checkpoint.from_json(checkpoint.to_json()) == checkpoint
    assert Checkpoint.from_dict(GOOD) == Checkpoint(5, 1, ("0123456789abcdef",), 3)
    fresh = json.loads(Checkpoint().to_json())
    assert fresh == {"last_timestamp": None, "at_last_timestamp": 0, "digests": [], "delivered": 0}
    assert Checkpoint.from_json(Checkpoint().to_json()) == Checkpoint()


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda np6: EventPoller(ACTIVATIONS, 1, client=np6, sort="desc"), "sort"),
        (lambda np6: EventPoller(ACTIVATIONS, 1, client=np6, end=5), "end"),
    ],
)
async def test_parameters_the_poller_owns_are_refused(make: Callable[[NP6Client], Any], field: str) -> None:
    async with NP6Client(api_key="k") as np6:
        with pytest.raises(InvalidRequestError) as info:
            make(np6)
    assert info.value.field == field


@pytest.mark.parametrize(
    ("every", "polls", "field"),
    [
        (-1, None, "every"),
        (math.nan, None, "every"),
        (math.inf, None, "every"),
        (-math.inf, None, "every"),
        ("5", None, "every"),
        (True, None, "every"),
        (0, -1, "polls"),
        (0, 1.5, "polls"),
        (0, True, "polls"),
    ],
)
async def test_run_refuses_an_interval_or_count_it_cannot_keep(
    np6: NP6Client, every: Any, polls: Any, field: str
) -> None:
    poller = EventPoller(ACTIVATIONS, 1, client=np6)
    runs: AsyncIterator[Any] = poller.run(every=every, polls=polls)
    with pytest.raises(InvalidRequestError) as info:
        await runs.__anext__()
    assert info.value.field == field
    assert poller.polls == 0


@pytest.mark.parametrize("given_client", [False, True])
async def test_the_namespaced_stream_carries_its_client(fake: FakeNP6, np6: NP6Client, given_client: bool) -> None:
    fake.set_event_count(506, 3)
    namespaced = np6.with_options(timeout=7).notification.list_notification_activations.stream
    poller = EventPoller(namespaced, 506, client=np6) if given_client else EventPoller(namespaced, 506)
    delivered: list[str] = []
    await collect(poller, delivered)
    assert delivered == ids(fake, 506, range(3))
    assert activation_queries(fake, 506) == [{"sort": "asc"}]
    assert poller.checkpoint.last_timestamp == stamp(fake, 506, 2)


def test_a_module_stream_function_needs_the_client() -> None:
    with pytest.raises(InvalidRequestError) as info:
        EventPoller(ACTIVATIONS, 1)  # type: ignore[arg-type]
    assert info.value.field == "client"
