"""The action lifecycle over HTTP: validations, unvalidation, refusals and when sends are allowed."""

import httpx
import pytest

from np6_client.testing import FakeNP6

from .conftest import op_path

EMAIL = "application/vnd.np6.cm.email"
TO_ALICE = [{"recipient": {"type": "id", "value": "000PKXK4"}}]


async def validate(client: httpx.AsyncClient, action_id: str, *, fortest: bool) -> httpx.Response:
    return await client.post(op_path("validate_action", id=action_id), json={"fortest": fortest})


async def unvalidate(client: httpx.AsyncClient, action_id: str) -> httpx.Response:
    return await client.request("DELETE", op_path("unvalidate_action", id=action_id), json={"fortest": False})


async def state(client: httpx.AsyncClient, action_id: str) -> int:
    return int((await client.get(op_path("get_action", id=action_id))).json()["informations"]["state"])


async def test_created_then_validated_for_test_then_for_production(local: httpx.AsyncClient) -> None:
    created = await local.post(op_path("create_action"), json={"name": "welcome", "informations": {"state": 50}})
    action_id = created.headers["location"].rsplit("/", 1)[1]
    assert await state(local, action_id) == 10  # the state is NP6's to set, not the caller's
    assert (await validate(local, action_id, fortest=True)).status_code == 204
    assert await state(local, action_id) == 38
    assert (await validate(local, action_id, fortest=False)).status_code == 204
    assert await state(local, action_id) == 50


@pytest.mark.parametrize(
    ("start", "fortest", "status"),
    [
        (38, True, 409),  # repeated test validation
        (50, False, 409),  # repeated production validation
        (50, True, 409),  # back to test from production
        (10, False, 409),  # production before test
        (40, False, 409),  # production validation already under way
        (55, False, 410),  # being sent
        (60, True, 410),  # sent
    ],
)
async def test_refused_validations_are_empty_with_a_request_id_and_change_nothing(
    any_client: httpx.AsyncClient, fake: FakeNP6, start: int, fortest: bool, status: int
) -> None:
    fake.set_action_state("2", start)
    response = await validate(any_client, "2", fortest=fortest)
    assert response.status_code == status
    assert response.content == b""
    assert response.headers["x-request-id"].startswith("fake-")
    assert await state(any_client, "2") == start
    assert fake.requests[-2].status == status
    assert "refuses" in (fake.requests[-2].problem or "")


@pytest.mark.parametrize(("start", "after"), [(50, 38), (38, 10), (10, 10), (20, 10), (40, 38)])
async def test_unvalidation_steps_back_one_validation(
    local: httpx.AsyncClient, fake: FakeNP6, start: int, after: int
) -> None:
    fake.set_action_state("2", start)
    assert (await unvalidate(local, "2")).status_code == 204
    assert fake.action_state("2") == after


@pytest.mark.parametrize("start", [55, 60])
async def test_a_sent_action_cannot_be_unvalidated(local: httpx.AsyncClient, fake: FakeNP6, start: int) -> None:
    fake.set_action_state("2", start)
    response = await unvalidate(local, "2")
    assert (response.status_code, response.text) == (400, f"action 2 in state {start} refuses unvalidate")
    assert response.headers["content-type"].startswith("text/plain")
    assert fake.action_state("2") == start


@pytest.mark.parametrize(
    ("start", "status"), [(10, 409), (20, 409), (38, 409), (40, 409), (50, 200), (55, 200), (60, 409)]
)
async def test_sends_wait_for_the_production_validation(
    local: httpx.AsyncClient, fake: FakeNP6, start: int, status: int
) -> None:
    fake.set_action_state("2", start)
    batch = await local.post(op_path("send_action_messages", id="2"), json=TO_ALICE, headers={"Content-Type": EMAIL})
    single = await local.post(op_path("send_action_message", id="2"), json=TO_ALICE[0], headers={"Content-Type": EMAIL})
    to_target = await local.post(
        op_path("send_action_message_to_target", id="2", targetId="000PKXK4"), json={"data": {}}
    )
    assert (batch.status_code, single.status_code) == (status, status)
    assert to_target.status_code == (204 if status == 200 else 409)
    # Each message: its execution, its activation and the open of its (fake) recipient.
    assert len(fake.recorded_events()) == (9 if status == 200 else 0)


async def test_unknown_actions_are_404_for_every_lifecycle_operation(local: httpx.AsyncClient) -> None:
    answers = [
        await validate(local, "nope", fortest=True),
        await unvalidate(local, "nope"),
        await local.post(op_path("send_action_messages", id="nope"), json=TO_ALICE, headers={"Content-Type": EMAIL}),
        await local.post(op_path("send_action_message_to_target", id="nope", targetId="000PKXK4"), json={}),
        await local.post(op_path("send_action_message_to_target", id="2", targetId="NOBODY00"), json={}),
    ]
    assert [a.status_code for a in answers] == [404] * 5


async def test_a_duplicate_starts_over_as_created(local: httpx.AsyncClient, fake: FakeNP6) -> None:
    fake.clock.set(fake.clock.now().replace(year=2030))
    copied = await local.post(op_path("duplicate_action", id="1"), params={"folder": 7})
    assert copied.status_code == 200
    body = copied.json()
    assert body["id"] not in ("1",) and body["name"] == "Welcome email"
    assert body["informations"] == {"folder": 7, "category": 1, "state": 10}
    assert body["creationDate"].startswith("2030-")
    assert fake.action_state("1") == 50
