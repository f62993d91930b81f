"""The poller's parts one by one: its checkpoint text and refusals, its waits, its repr, its keys."""

import datetime
import json
from typing import Any

import httpx
import pytest

from np6_client import Checkpoint, EventPoller, InvalidRequestError, NP6Client
from np6_client._poller import MAX_DIGESTS
from np6_client.api import email_sms, notification

KEY = "sk-poller-secret-6"
D1, D2 = "0123456789abcdef", "fedcba9876543210"
GOOD = {"last_timestamp": 5, "at_last_timestamp": 1, "digests": [D1], "delivered": 3}


def uuid_of(name: str) -> str:
    return f"00000000-0000-4000-8000-{ord(name):012x}"


def serving(pages: list[list[dict[str, Any]]]) -> tuple[httpx.MockTransport, list[dict[str, str]]]:
    queries: list[dict[str, str]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        queries.append(dict(request.url.params))
        return httpx.Response(200, json=pages[min(len(queries), len(pages)) - 1])

    return httpx.MockTransport(answer), queries


def test_the_checkpoint_text_is_compact_json_in_member_order() -> None:
    text = Checkpoint(1000, 2, (D1, D2), 7).to_json()
    assert text == f'{{"last_timestamp":1000,"at_last_timestamp":2,"digests":["{D1}","{D2}"],"delivered":7}}'
    assert Checkpoint().to_dict() == {"last_timestamp": None, "at_last_timestamp": 0, "digests": [], "delivered": 0}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "checkpoint: must be an object, not list"),
        ({}, "checkpoint.last_timestamp: is missing (a checkpoint has all its members)"),
        ({**GOOD, "last_timestamp": 1.5}, "checkpoint.last_timestamp: must be an integer (ms) or null"),
        ({**GOOD, "at_last_timestamp": "1"}, "checkpoint.at_last_timestamp: must be a non-negative integer"),
        ({**GOOD, "delivered": False}, "checkpoint.delivered: must be a non-negative integer"),
        ({**GOOD, "digests": [D1.upper()]}, "checkpoint.digests: must be a list of 16-hex-digit digests"),
        ({**GOOD, "digests": (D1,)}, "checkpoint.digests: must be a list of 16-hex-digit digests"),
        (
            {**GOOD, "digests": [D1, D2]},
            "checkpoint.digests: holds more than at_last_timestamp and at most 256 digests",
        ),
        ({**GOOD, "last_timestamp": None}, "checkpoint.at_last_timestamp: must be 0 without a last_timestamp"),
        ({**GOOD, "delivered": 0}, "checkpoint.at_last_timestamp: must not exceed delivered"),
    ],
)
def test_a_damaged_checkpoint_says_what_is_wrong(data: Any, message: str) -> None:
    with pytest.raises(InvalidRequestError) as info:
        Checkpoint.from_dict(data)
    assert str(info.value) == message


def test_the_limits_of_a_sound_checkpoint_are_accepted() -> None:
    full = [f"{n:016x}" for n in range(MAX_DIGESTS)]
    assert (
        len(Checkpoint.from_dict({**GOOD, "at_last_timestamp": 300, "delivered": 300, "digests": full}).digests) == 256
    )
    assert Checkpoint.from_dict({**GOOD, "at_last_timestamp": 3}).at_last_timestamp == 3  # == delivered
    assert Checkpoint.from_dict({**GOOD, "last_timestamp": 0}).last_timestamp == 0
    assert Checkpoint.from_dict({**GOOD, "last_timestamp": None, "at_last_timestamp": 0, "digests": []}) == Checkpoint(
        None, 0, (), 3
    )
    with pytest.raises(InvalidRequestError, match="is not JSON"):
        Checkpoint.from_json("{")


async def test_run_waits_the_interval_between_polls_never_before_the_first(sleeps: list[float]) -> None:
    transport, queries = serving([[]])
    async with NP6Client(api_key=KEY, transport=transport) as np6:
        poller = EventPoller(email_sms.list_action_events.stream, client=np6)
        assert [e async for e in poller.run(every=7.5, polls=3)] == []
        assert [e async for e in poller.run(every=0, polls=0)] == []
    assert sleeps == [7.5, 7.5]
    assert len(queries) == poller.polls == 3


async def test_the_first_poll_starts_at_start_and_later_ones_at_the_checkpoint() -> None:
    page = [{"type": "activation", "id": uuid_of("a"), "timestamp": 2000}]
    transport, queries = serving([page])
    async with NP6Client(api_key=KEY, transport=transport) as np6:
        poller = EventPoller(notification.list_notification_activations.stream, 4, client=np6, start=1000)
        assert [str(e.id) async for e in poller.poll()] == [uuid_of("a")]
        assert [str(e.id) async for e in poller.poll()] == []
        assert poller.last_timestamp == 2000
        assert repr(poller) == "EventPoller(list_notification_activations, delivered=1, last_timestamp=2000)"
        fresh = EventPoller(notification.list_notification_activations.stream, 4, client=np6)
        assert [str(e.id) async for e in fresh.poll()] == [uuid_of("a")]
    assert queries == [
        {"sort": "asc", "start": "1000"},
        {"sort": "asc", "start": "2000"},
        {"sort": "asc"},
    ]


async def test_a_checkpoint_given_wins_over_start_and_path_arguments_go_first() -> None:
    transport, queries = serving([[]])
    async with NP6Client(api_key=KEY, transport=transport) as np6:
        checkpoint = Checkpoint(5000, 0, (), 0)
        poller = EventPoller(
            notification.list_notification_activations.stream, 42, client=np6, checkpoint=checkpoint, start=1
        )
        _ = [e async for e in poller.poll()]
    assert queries == [{"sort": "asc", "start": "5000"}]
    assert poller.checkpoint == checkpoint


async def test_older_events_are_dropped_and_an_event_without_timestamp_never_moves_the_checkpoint() -> None:
    page: list[dict[str, Any]] = [
        {"type": "send", "id": uuid_of("o"), "timestamp": 900},
        {"type": "send", "id": uuid_of("x")},
        {"type": "send", "id": uuid_of("b"), "timestamp": 1000},
        {"type": "send", "id": uuid_of("c"), "timestamp": 1000},
    ]
    transport, _ = serving([page])
    async with NP6Client(api_key=KEY, transport=transport) as np6:
        poller = EventPoller(email_sms.list_action_events.stream, client=np6, checkpoint=Checkpoint(1000, 0, (), 9))
        assert [str(e.id) async for e in poller.poll()] == [uuid_of("x"), uuid_of("b"), uuid_of("c")]
    assert (poller.checkpoint.at_last_timestamp, poller.checkpoint.delivered) == (2, 12)


async def test_past_the_kept_digests_events_go_by_position_and_new_ones_still_come() -> None:
    count = MAX_DIGESTS + 3
    first: list[dict[str, Any]] = [{"type": "open", "timestamp": 7000, "n": str(i)} for i in range(count)]
    later: list[dict[str, Any]] = [*first, {"type": "open", "timestamp": 7000, "n": "late"}]
    transport, _ = serving([first, later])
    async with NP6Client(api_key=KEY, transport=transport) as np6:
        poller = EventPoller(email_sms.list_action_events.stream, client=np6)
        assert len([e async for e in poller.poll()]) == count
        assert [e.additional_properties["n"] async for e in poller.poll()] == ["late"]
    checkpoint = poller.checkpoint
    assert (checkpoint.at_last_timestamp, len(checkpoint.digests), checkpoint.delivered) == (count + 1, 256, count + 1)
    assert json.loads(checkpoint.to_json())["digests"] == list(checkpoint.digests)


async def test_the_repr_names_the_export_or_a_question_mark() -> None:
    def anonymous(*args: Any, **kwargs: Any) -> Any:
        return email_sms.list_action_events.stream(*args, **kwargs)

    anonymous.__module__ = None  # type: ignore[assignment]
    async with NP6Client(api_key=KEY, transport=serving([[]])[0]) as np6:
        assert repr(EventPoller(anonymous, client=np6)) == "EventPoller(?, delivered=0, last_timestamp=None)"
        named = EventPoller(email_sms.list_action_events.stream, client=np6, checkpoint=Checkpoint(9, 0, (), 4))
        assert repr(named) == "EventPoller(list_action_events, delivered=4, last_timestamp=9)"


@pytest.mark.parametrize(
    ("every", "polls", "message"),
    [
        (float("nan"), None, "every: must be a finite number of seconds >= 0, not nan"),
        (0, -2, "polls: must be an integer >= 0 or None, not -2"),
    ],
)
async def test_run_says_which_argument_is_wrong(every: float, polls: int | None, message: str) -> None:
    async with NP6Client(api_key=KEY, transport=serving([[]])[0]) as np6:
        runs = EventPoller(email_sms.list_action_events.stream, client=np6).run(every=every, polls=polls)
        with pytest.raises(InvalidRequestError) as info:
            await anext(runs)
    assert str(info.value) == message


async def test_with_every_key_kept_a_new_event_is_found_by_its_key_wherever_it_comes() -> None:
    # The export may order the events of one timestamp differently from one answer to the next.
    page = [
        {"type": "send", "id": uuid_of("a"), "timestamp": 1000},
        {"type": "send", "id": uuid_of("b"), "timestamp": 1000},
    ]
    transport, _ = serving([page[1:], page])
    async with NP6Client(api_key=KEY, transport=transport) as np6:
        poller = EventPoller(email_sms.list_action_events.stream, client=np6)
        assert [str(e.id) async for e in poller.poll()] == [uuid_of("b")]
        assert [str(e.id) async for e in poller.poll()] == [uuid_of("a")]
    assert (poller.checkpoint.at_last_timestamp, len(poller.checkpoint.digests)) == (2, 2)


async def test_a_parameter_the_poller_sets_is_refused_with_the_reason() -> None:
    async with NP6Client(api_key=KEY, transport=serving([[]])[0]) as np6:
        with pytest.raises(InvalidRequestError) as info:
            EventPoller(email_sms.list_action_events.stream, client=np6, sort="desc")
    assert str(info.value) == "sort: is set by the poller (sorted ascending, up to now)"


@pytest.mark.parametrize(
    ("start", "message"),
    [
        (datetime.datetime(2024, 1, 1), "start: a date-time needs a UTC offset (a naive datetime is ambiguous)"),
        ("2024-01-01", "start: must be a datetime or milliseconds, not str"),
        (False, "start: must be a datetime or milliseconds, not bool"),
    ],
)
async def test_a_start_the_poller_cannot_place_is_refused_with_the_reason(start: Any, message: str) -> None:
    async with NP6Client(api_key=KEY, transport=serving([[]])[0]) as np6:
        with pytest.raises(InvalidRequestError) as info:
            EventPoller(email_sms.list_action_events.stream, client=np6, start=start)
    assert str(info.value) == message


async def test_the_repr_copes_with_a_stream_callable_without_any_module_attribute() -> None:
    stream: Any = email_sms.list_action_events.stream
    wrapper = stream.__call__  # a method-wrapper: no `__module__` at all
    assert not hasattr(wrapper, "__module__")
    async with NP6Client(api_key=KEY, transport=serving([[]])[0]) as np6:
        assert repr(EventPoller(wrapper, client=np6)) == "EventPoller(?, delivered=0, last_timestamp=None)"


def test_a_module_level_stream_function_without_a_client_is_refused_naming_it() -> None:
    with pytest.raises(InvalidRequestError) as info:
        EventPoller(email_sms.list_action_events.stream)  # type: ignore[arg-type]  # refused by the types too; this is for untyped callers
    assert (info.value.field, str(info.value)) == ("client", "client: is required with a module-level stream function")
