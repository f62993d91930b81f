"""Contacts as NP6 serves them: create, upsert, find, read and delete through `np6.contact`.

The fake's default account has field ids 1 email (unicity), 2 firstname, 3 lastname, 4 mobile,
5 birthdate, 6 city; NP6 keys answers' `fields` by field id.
"""

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from np6_client import BadRequestError, ConflictError, NotFoundError, NP6Client
from np6_client.models import Target
from np6_client.testing import FakeNP6

from .conftest import API_KEY

EMAIL = "application/vnd.np6.cm.email"


@pytest.fixture
async def np6(fake: FakeNP6) -> AsyncIterator[NP6Client]:
    transport = httpx.ASGITransport(app=fake.app)
    async with NP6Client(api_key=API_KEY, transport=transport) as client:
        yield client


def fields_of(target: Target) -> dict[str, object]:
    return dict(target.fields.additional_properties) if target.fields else {}


async def test_a_contact_lives_through_create_upsert_find_read_and_delete(np6: NP6Client, fake: FakeNP6) -> None:
    created = await np6.contact.create_target({"email": "new@shop.test", "firstname": "Ada"})  # names, as observed
    assert fields_of(created) == {"1": "new@shop.test", "2": "Ada"}  # answered by field id
    assert created.id in fake.target_ids and created.id not in {"000PKXK4"}

    upserted = await np6.contact.upsert_target({"3": "Lovelace"}, unicity=["new@shop.test"])  # ids, as documented
    assert upserted.id == created.id
    assert fields_of(upserted) == {"1": "new@shop.test", "2": "Ada", "3": "Lovelace"}

    found = await np6.contact.find_targets(unicity=["new@shop.test"])
    read = await np6.contact.get_target(created.id)
    assert found.id == read.id == created.id
    assert fields_of(read)["3"] == "Lovelace"

    await np6.contact.delete_target(created.id)
    with pytest.raises(NotFoundError):
        await np6.contact.get_target(created.id)


async def test_an_upsert_creates_the_target_its_unicity_names(np6: NP6Client, fake: FakeNP6) -> None:
    before = set(fake.target_ids)
    made = await np6.contact.upsert_target({"firstname": "Zoé"}, unicity=["zoe@shop.test"])
    assert set(fake.target_ids) - before == {made.id}
    assert fields_of(made) == {"2": "Zoé", "1": "zoe@shop.test"}


async def test_a_repeat_creation_is_409_with_an_empty_body(np6: NP6Client, fake: FakeNP6) -> None:
    with pytest.raises(ConflictError) as info:
        await np6.contact.create_target({"1": "alice.0@example.com"})
    assert info.value.body_excerpt == ""
    assert fake.requests[-1].status == 409 and fake.requests[-1].body
    assert len(fake.target_ids) == 20


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ({"firstname": "Ada"}, "target cannot be identified - unicity is null"),
        ({"email": "x@shop.test", "shoe_size": 42}, "unknown field 'shoe_size'"),
        ({"email": "x@shop.test", "99": "?"}, "unknown field '99'"),
    ],
    ids=["no-unicity", "unknown-name", "unknown-id"],
)
async def test_a_creation_that_cannot_be_applied_is_400_with_its_reason(
    np6: NP6Client, fake: FakeNP6, body: dict[str, object], reason: str
) -> None:
    with pytest.raises(BadRequestError) as info:
        await np6.contact.create_target(body)
    assert info.value.body_excerpt == reason
    assert str(info.value).endswith(f"HTTP 400 (x-request-id {info.value.request_id}): {reason}")
    assert len(fake.target_ids) == 20


async def test_an_update_naming_an_unknown_field_changes_nothing(np6: NP6Client, fake: FakeNP6) -> None:
    before = fake.target("000PKXK5")
    with pytest.raises(BadRequestError, match="unknown field 'nickname'"):
        await np6.contact.update_target("000PKXK5", {"city": "Lyon", "nickname": "Bo"})
    assert fake.target("000PKXK5") == before


async def test_an_update_to_a_taken_unicity_value_is_409(np6: NP6Client, fake: FakeNP6) -> None:
    with pytest.raises(ConflictError):
        await np6.contact.update_target("000PKXK5", {"email": "alice.0@example.com"})
    assert fake.target("000PKXK5")["fields"]["1"] == "bruno.1@example.com"


async def test_an_upsert_whose_body_names_another_unicity_value_is_400(np6: NP6Client) -> None:
    with pytest.raises(BadRequestError, match="differs from the query"):
        await np6.contact.upsert_target({"email": "other@shop.test"}, unicity=["alice.0@example.com"])


async def test_sends_take_unicity_values_as_arrays(np6: NP6Client, fake: FakeNP6) -> None:
    messages: list[dict[str, Any]] = [
        {"recipient": {"type": "unicity", "value": ["alice.0@example.com"]}},
        {"recipient": {"unicity": ["bruno.1@example.com"]}},
        {"recipient": {"type": "unicity", "value": ["nobody@shop.test"]}},
    ]
    results = await np6.email_sms.send_action_messages("1", messages)
    assert [r.type_ for r in results] == ["success", "success", "failure"]
    assert [r.recipient.id for r in results[:2] if r.recipient] == ["000PKXK4", "000PKXK5"]


@pytest.mark.parametrize(
    "recipient",
    [
        {"type": "unicity", "value": []},
        {"type": "unicity", "value": ["a@shop.test", "b@shop.test"]},
        {"type": "unicity", "value": [7]},
        {"type": "id", "value": ["000PKXK4"]},
    ],
    ids=["empty", "two-criteria", "not-strings", "id-array"],
)
async def test_refused_unicity_arrays_are_400_and_send_nothing(
    local: httpx.AsyncClient, fake: FakeNP6, recipient: dict[str, object]
) -> None:
    ok = {"recipient": {"type": "unicity", "value": ["alice.0@example.com"]}}
    response = await local.post(
        "/actions/1/executions", json=[ok, {"recipient": recipient}], headers={"Content-Type": EMAIL}
    )
    assert response.status_code == 400
    assert response.text.startswith("message 1: ")
    assert fake.recorded_events() == []
