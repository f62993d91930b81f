"""Sends record the events NP6 would, stamped by the fake's clock, in every export that covers them."""

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from np6_client.testing import FakeNP6

from .conftest import op_path

EMAIL = "application/vnd.np6.cm.email"
T0 = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
T0_MS = 1_748_779_200_000


def to(value: str, kind: str = "unicity") -> dict[str, Any]:
    return {"recipient": {"type": kind, "value": value}}


@pytest.fixture
def sent(fake: FakeNP6) -> FakeNP6:
    fake.load(
        targets=[
            {"id": "T0000001", "fields": {"email": "ann@example.com"}},
            {"id": "T0000002", "fields": {"email": "bounce.bob@example.com"}},
            {"id": "T0000003", "fields": {"email": "click.unsubscribe.cy@example.com"}},
        ]
    )
    fake.clock.set(T0)
    return fake


async def send(client: httpx.AsyncClient, action_id: str, *messages: dict[str, Any]) -> httpx.Response:
    return await client.post(
        op_path("send_action_messages", id=action_id), json=list(messages), headers={"Content-Type": EMAIL}
    )


async def test_one_result_per_message_matched_to_its_recipient(local: httpx.AsyncClient, sent: FakeNP6) -> None:
    response = await send(
        local,
        "1",
        to("bounce.bob@example.com"),
        to("T0000001", "id"),
        to("nobody@example.com"),
        {"recipient": {"type": "footprint", "id": "T0000003"}, "data": {"coupon": "X1"}},
    )
    assert response.status_code == 200
    results = response.json()
    assert [(r["type"], r["recipient"].get("id")) for r in results] == [
        ("success", "T0000002"),
        ("success", "T0000001"),
        ("failure", None),
        ("success", "T0000003"),
    ]
    assert results[0]["recipient"]["unicity"] == "bounce.bob@example.com"
    assert results[2]["recipient"] == {"type": "unicity", "value": "nobody@example.com"}
    assert len({r["id"] for r in results}) == 4


async def test_events_exist_once_the_clock_reaches_them(local: httpx.AsyncClient, sent: FakeNP6) -> None:
    await send(local, "1", to("ann@example.com"), to("bounce.bob@example.com"), to("click.unsubscribe.cy@example.com"))
    kinds = [
        (e["type"], e["timestamp"] - T0_MS)
        for e in (await local.get(op_path("list_action_events"), params={"sort": "asc"})).json()
    ]
    assert kinds == [("execution", 0)] * 3
    sent.clock.advance(1)
    assert len((await local.get(op_path("list_action_events"))).json()) == 6  # + the three activations
    sent.clock.advance(600)
    every = (await local.get(op_path("list_action_events"), params={"sort": "asc"})).json()
    assert [(e["type"], e["timestamp"] - T0_MS) for e in every[6:]] == [
        ("bounce", 5_000),
        ("hit", 60_000),
        ("hit", 60_000),
        ("hit", 90_000),
        ("hit", 120_000),
    ]
    execution = every[0]["source"]
    assert execution["type"] == "email"
    assert execution["detail"]["execution"]["recipient"]["unicity"] == "ann@example.com"


async def test_start_is_inclusive_end_exclusive_and_sort_orders(local: httpx.AsyncClient, sent: FakeNP6) -> None:
    await send(local, "1", to("ann@example.com"))
    sent.clock.advance(30)
    await send(local, "3", to("ann@example.com"))
    sent.clock.advance(3600)
    stamps = [e["timestamp"] for e in (await local.get(op_path("list_action_events"), params={"sort": "asc"})).json()]
    assert stamps == sorted(stamps) and len(stamps) == 6
    window = {"start": str(T0_MS + 1000), "end": str(T0_MS + 60_000)}
    inside = (await local.get(op_path("list_action_events"), params={**window, "sort": "asc"})).json()
    assert [e["timestamp"] - T0_MS for e in inside] == [1000, 30_000, 31_000]  # start kept, end left out
    iso = {"start": "2025-06-01T12:00:01Z", "end": "2025-06-01T12:01:00Z", "sort": "desc"}
    descending = (await local.get(op_path("list_action_events"), params=iso)).json()
    assert [e["timestamp"] - T0_MS for e in descending] == [31_000, 30_000, 1000]
    unsorted = (await local.get(op_path("list_action_events"))).json()
    assert [e["timestamp"] - T0_MS for e in unsorted] == [0, 1000, 60_000, 30_000, 31_000, 90_000]


async def test_every_export_shows_the_events_it_covers(local: httpx.AsyncClient, sent: FakeNP6) -> None:
    await send(local, "1", to("ann@example.com"), to("bounce.bob@example.com"), to("click.unsubscribe.cy@example.com"))
    sent.clock.advance(600)

    async def kinds(path: str, **params: str) -> list[str]:
        response = await local.get(path, params=params)
        assert response.status_code == 200, path
        return [
            e["type"] + ("/" + e["source"]["detail"]["hit"]["type"] if e["type"] == "hit" else "")
            for e in response.json()
        ]

    assert await kinds("/actions/1/events/activations") == ["activation"] * 3
    assert await kinds("/actions/3/events/activations") == []
    assert await kinds("/actions/1/events/bounces") == ["bounce"]
    assert await kinds("/actions/1/events/cancellations") == []
    assert await kinds("/actions/reactivities", sort="asc") == [
        "bounce",
        "hit/open",
        "hit/open",
        "hit/redirection",
        "hit/unsubscribe",
    ]
    assert await kinds("/actions/reactivities/bounces") == ["bounce"]
    assert await kinds("/actions/reactivities/hits/open") == ["hit/open"] * 2
    assert await kinds("/actions/1/reactivities/hits/redirection") == ["hit/redirection"]
    assert await kinds("/actions/1/reactivities/hits/unsubscribe") == ["hit/unsubscribe"]
    assert await kinds("/targets/T0000002/events", sort="asc") == ["execution", "activation", "bounce"]
    assert await kinds("/targets/T0000001/events/activations") == ["activation"]
    assert await kinds("/targets/T0000003/events/hits/open") == ["hit/open"]
    target_hash = (await local.get(op_path("get_target", id="T0000001"))).json()["hash"]
    assert await kinds("/targets/events/activations", hash=target_hash) == ["activation"]
    # Reactivities filter on the activation they follow and on their own time, each half-open
    # (date-times only: the action reactivity filters are not event times).
    activation = "2025-06-01T12:00:01Z"
    assert await kinds("/actions/reactivities", activationStart=activation, reactivityEnd="2025-06-01T12:01:00Z") == [
        "bounce"
    ]
    assert await kinds("/actions/reactivities", activationEnd=activation) == []
    assert await kinds("/actions/reactivities", reactivityStart="2025-06-01T12:01:30.000Z", sort="desc") == [
        "hit/unsubscribe",
        "hit/redirection",
    ]


async def test_other_exports_honour_their_filters_too(local: httpx.AsyncClient, sent: FakeNP6) -> None:
    for path in ("/display/events/activations", "/notifications/reactivities", "/targets/events/responses/stop"):
        response = await local.get(path, params={"start": "0", "sort": "asc"})
        assert (response.status_code, response.json()) == (200, []), path
    assert (await local.get(op_path("list_target_events", id="NOBODY00"))).status_code == 404
    assert (await local.get(op_path("list_action_bounces", id="9"))).status_code == 404


async def test_reset_forgets_the_events(local: httpx.AsyncClient, sent: FakeNP6) -> None:
    await send(local, "1", to("ann@example.com"))
    assert sent.recorded_events()
    sent.reset_state()
    assert sent.recorded_events() == []
    assert (await local.get(op_path("list_action_events"))).json() == []


async def test_renders_come_from_the_action_and_the_receiver(local: httpx.AsyncClient, sent: FakeNP6) -> None:
    definitions = [
        {"receiver": {"type": "id", "value": "T0000001"}},
        {"receiver": {"type": "unicity", "value": "bounce.bob@example.com"}, "subject": "Hi Bob"},
    ]
    many = await local.post(
        op_path("render_action_messages", id="1"), json=definitions, headers={"Content-Type": EMAIL}
    )
    assert [(r["recipient"], r["subject"]) for r in many.json()] == [
        ("ann@example.com", "Welcome email"),
        ("bounce.bob@example.com", "Hi Bob"),
    ]
    assert many.json()[0]["sender"] == {
        "bounce": "bounce@example.com",
        "label": "Example",
        "reply": "",
        "value": "news@example.com",
    }
    one = await local.post(
        op_path("render_action_message", id="3"),
        json={"content": {"html": "<p>x</p>"}},
        headers={"Content-Type": EMAIL},
    )
    assert (one.json()["html"], one.json()["text"], one.json()["recipient"]) == ("<p>x</p>", "Password reset", "")
    wrong = await local.post(op_path("render_action_message", id="5"), json={}, headers={"Content-Type": EMAIL})
    assert (wrong.status_code, wrong.content) == (415, b"")
    assert sent.recorded_events() == []  # rendering sends nothing
