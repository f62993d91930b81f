"""Notification events: exact content, counts, windows, orders, unknown types, streaming."""

import asyncio
import hashlib
import json
import os
import sys
import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from np6_client.testing import FakeNP6
from np6_client.testing._events import EventPlan, event_object

from .conftest import assert_matches_spec

BASE = FakeNP6.events_base_ms
KINDS = {"activations": "activation", "executions": "execution", "cancellations": "cancellation"}


def events_path(kind: str, notification: int = 1) -> str:
    return f"/notifications/{notification}/events/{kind}"


def iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat().replace("+00:00", "Z")


async def get_events(http: httpx.AsyncClient, kind: str, notification: int = 1, **query: str) -> list[Any]:
    response = await http.get(events_path(kind, notification), params=query)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    events: list[Any] = response.json()
    return events


async def test_first_activation_is_exactly_this(any_client: httpx.AsyncClient) -> None:
    first = (await get_events(any_client, "activations", sort="asc"))[0]
    assert first == {
        "type": "activation",
        "id": "00000001-0001-4000-8000-000000000000",
        "timestamp": 1_704_067_200_000,
        "identity": {"type": "customer", "agency": "DEMO", "customer": "028"},
        "source": {"type": "notification", "detail": {"activation": {"id": 1, "kind": "application"}}},
    }


@pytest.mark.parametrize("kind", list(KINDS))
async def test_each_kind_first_events_and_count(any_client: httpx.AsyncClient, fake: FakeNP6, kind: str) -> None:
    response = await any_client.get(events_path(kind, 42), params={"sort": "asc"})
    assert_matches_spec(response, f"/notifications/{{id}}/events/{kind}", "GET")
    events = response.json()
    assert len(events) == 100
    assert events[:4] == [fake.event(42, kind, i) for i in range(4)]
    assert [e["type"] for e in events] == [KINDS[kind]] * 100
    assert [e["timestamp"] for e in events[:7]] == [BASE] * 3 + [BASE + 1000] * 3 + [BASE + 2000]
    assert {e["source"]["detail"]["activation"]["id"] for e in events} == {42}
    ids = [e["id"] for e in events]
    assert len(set(ids)) == 100
    assert all(str(uuid.UUID(i)) == i for i in ids)


async def test_ids_differ_between_kinds_and_notifications(local: httpx.AsyncClient) -> None:
    ids = set()
    for kind in KINDS:
        for notification in (1, 2):
            ids |= {e["id"] for e in await get_events(local, kind, notification)}
    assert len(ids) == 6 * 100


EXPORT_IN_ANOTHER_PROCESS = """
import asyncio, hashlib, httpx
from np6_client.testing import FakeNP6
async def main():
    fake = FakeNP6(api_keys=("k",), event_count=100)
    transport = httpx.ASGITransport(app=fake.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://f", headers={"X-Key": "k"}) as http:
        print(hashlib.sha256((await http.get("/notifications/1/events/executions")).content).hexdigest())
asyncio.run(main())
"""


async def test_events_are_the_same_in_another_fake_and_another_process(local: httpx.AsyncClient) -> None:
    here = await local.get(events_path("executions"))
    other = FakeNP6(api_keys=("k",), event_count=100)
    transport = httpx.ASGITransport(app=other.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://f", headers={"X-Key": "k"}) as http:
        assert (await http.get(events_path("executions"))).content == here.content
    env = {**os.environ, "PYTHONHASHSEED": "12345"}  # another hash seed, another clock reading
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", EXPORT_IN_ANOTHER_PROCESS, env=env, stdout=asyncio.subprocess.PIPE
    )
    printed, _ = await process.communicate()
    assert printed.decode().strip() == hashlib.sha256(here.content).hexdigest()
    assert [e["id"] for e in here.json()] == [
        event_object(1, "execution", i)["id"] for i in EventPlan(1, "execution", 0, 100, "unsorted").indices()
    ]


async def test_default_order_is_deterministic_but_not_sorted(local: httpx.AsyncClient) -> None:
    unsorted = await get_events(local, "activations")
    ascending = await get_events(local, "activations", sort="asc")
    stamps = [e["timestamp"] for e in unsorted]
    assert stamps != sorted(stamps)
    assert sorted(unsorted, key=lambda e: e["id"]) == ascending  # same events, another order
    assert unsorted[0] == ascending[64]  # blocks of 64 events, last block first


async def test_desc_order(local: httpx.AsyncClient) -> None:
    descending = await get_events(local, "cancellations", sort="desc")
    assert descending == list(reversed(await get_events(local, "cancellations", sort="asc")))
    stamps = [e["timestamp"] for e in descending]
    assert stamps == sorted(stamps, reverse=True)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"start": str(BASE + 1000)}, range(3, 100)),
        ({"start": str(BASE + 500)}, range(3, 100)),
        ({"start": iso(BASE + 1000)}, range(3, 100)),
        ({"start": "2024-01-01T01:00:02+01:00"}, range(6, 100)),
        ({"end": str(BASE + 2000)}, range(6)),
        ({"end": iso(BASE + 2001)}, range(9)),
        ({"start": str(BASE + 3000), "end": str(BASE + 5000)}, range(9, 15)),
        ({"start": str(BASE - 10_000), "end": str(BASE + 10**9)}, range(100)),
        ({"start": str(BASE + 5000), "end": str(BASE + 3000)}, range(0)),
        ({"start": "0", "end": "1"}, range(0)),
    ],
)
async def test_start_and_end_select_a_window(
    any_client: httpx.AsyncClient, query: dict[str, str], expected: range
) -> None:
    events = await get_events(any_client, "executions", 7, sort="asc", **query)
    indices = [int(e["id"].rsplit("-", 1)[1], 16) for e in events]
    assert indices == list(expected)


async def test_window_with_desc_and_default_order(local: httpx.AsyncClient) -> None:
    window = {"start": str(BASE + 3000), "end": str(BASE + 30_000)}
    ascending = await get_events(local, "activations", 1, **window, sort="asc")
    assert await get_events(local, "activations", 1, **window, sort="desc") == ascending[::-1]
    assert sorted(await get_events(local, "activations", 1, **window), key=lambda e: e["id"]) == ascending


async def test_event_counts_per_notification(local: httpx.AsyncClient, fake: FakeNP6) -> None:
    fake.set_event_count(3, 7)
    fake.set_event_count(4, 0)
    for kind in KINDS:
        assert len(await get_events(local, kind, 3)) == 7
    empty = await local.get(events_path("executions", 4))
    assert empty.content == b"[]"
    assert len(await get_events(local, "activations", 5)) == 100


async def test_unknown_type_mode(any_client: httpx.AsyncClient, fake: FakeNP6) -> None:
    fake.set_unknown_type_every(8, 4)
    events = await get_events(any_client, "activations", 8, sort="asc")
    unknown = [i for i, e in enumerate(events) if e["type"] != "activation"]
    assert unknown == list(range(3, 100, 4))
    odd = events[3]
    assert odd["type"] == "future-kind"
    assert "extension" in odd
    assert odd["timestamp"] == BASE + 1000
    assert events[3] == fake.event(8, "activations", 3)
    assert all("extension" not in e for i, e in enumerate(events) if i not in unknown)
    assert [e["type"] for e in await get_events(any_client, "activations", 9)] == ["activation"] * 100
    fake.set_unknown_type_every(8, None)
    assert {e["type"] for e in await get_events(any_client, "activations", 8)} == {"activation"}


async def test_a_large_stream_is_sent_in_chunks(client: httpx.AsyncClient, fake: FakeNP6) -> None:
    fake.set_event_count(10, 300_000)
    async with client.stream("GET", events_path("activations", 10), params={"sort": "asc"}) as response:
        assert response.headers.get("transfer-encoding") == "chunked"
        assert "content-length" not in response.headers
        size = 0
        async for data in response.aiter_bytes():
            if size == 0:
                assert fake.open_streams == 1
            size += len(data)
            last = data
    assert last.endswith(b"}]")
    assert size > 300_000 * 200
    assert fake.open_streams == 0
    assert fake.disconnects == 0


def test_chunks_are_bounded_whatever_the_count() -> None:
    plan = EventPlan(1, "execution", 0, 200_000, "desc")
    sizes = [len(chunk) for chunk in plan.chunks()]
    assert len(sizes) > 600
    assert max(sizes) <= 64 * 1024 + 512
    assert json.loads(b"".join(EventPlan(1, "execution", 0, 1000, "desc").chunks()))[0]["id"].endswith("3e7")


async def test_breaking_early_closes_the_connection(client: httpx.AsyncClient, fake: FakeNP6) -> None:
    fake.set_event_count(11, 10_000_000)
    async with client.stream("GET", events_path("executions", 11)) as response:
        async for _ in response.aiter_bytes():
            break
        assert fake.open_streams == 1
    for _ in range(200):
        if fake.disconnects:
            break
        await asyncio.sleep(0.01)
    assert fake.disconnects == 1
    assert fake.open_streams == 0
    assert (await client.get(events_path("executions", 1))).status_code == 200
