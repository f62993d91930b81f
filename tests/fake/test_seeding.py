"""The account out of the box, `load`, seed files, and dates from the fake's clock."""

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from np6_client.testing import FakeClock, FakeNP6

from .conftest import assert_matches_spec, numbers_in, op_path, operation_of

SEED_YAML = """
unicity: customer_code
fields:
  - {id: 10, name: email, type: email}
  - {id: 11, name: customer_code, type: textField}
targets:
  - {id: C0000001, fields: {email: a@shop.test, customer_code: A-1}}
  - {customer_code: B-2}
segments:
  - {id: 3, name: Loyal, targets: [A-1, C0000001]}
actions:
  - {id: "7", name: Receipt, state: 50}
"""


async def test_out_of_the_box_one_email_unicity_field_and_targets_keyed_by_it(local: httpx.AsyncClient) -> None:
    fields = (await local.get(op_path("list_fields"))).json()
    assert [(f["id"], f["name"], f["type"]) for f in fields][:2] == [
        (1, "email", "email"),
        (2, "firstname", "textField"),
    ]
    assert [f["name"] for f in fields if f["isUnicity"]] == ["email"]
    target = (await local.get(op_path("get_target", id="000PKXK4"))).json()
    assert target["fields"]["1"] == "alice.0@example.com"  # keyed by field id, as NP6 answers
    counted = await local.get(op_path("count_targets"))
    assert_matches_spec(counted, *operation_of("count_targets"))
    assert numbers_in(counted.json()) == [20]
    names = [s["name"] for s in (await local.get(op_path("list_segments"))).json()]
    assert names[0] == "Newsletter subscribers" and len(names) == 5
    states = {a["id"]: a["informations"]["state"] for a in (await local.get(op_path("list_actions"))).json()}
    assert states == {"1": 50, "2": 10, "3": 50, "4": 38, "5": 50}


async def test_load_from_a_yaml_file_replaces_the_account(
    local: httpx.AsyncClient, fake: FakeNP6, tmp_path: Path
) -> None:
    seed = tmp_path / "account.yaml"
    seed.write_text(SEED_YAML)
    fake.load_file(seed)
    assert fake.unicity_field == "customer_code"
    assert fake.target_ids == ["C0000001", "000PKXK5"]
    assert (await local.get(op_path("list_segment_targets", id="3"))).json() == ["C0000001"]
    assert (await local.get(op_path("list_segment_targets", id="1"))).status_code == 404
    assert (await local.get(op_path("get_action", id="7"))).json()["informations"]["state"] == 50
    sent = await local.post(
        op_path("send_action_message", id="7"),
        json={"recipient": {"type": "unicity", "value": "B-2"}},
        headers={"Content-Type": "application/vnd.np6.cm.email"},
    )
    assert sent.json()["recipient"] == {
        "type": "footprint",
        "id": "000PKXK5",
        "unicity": "B-2",
        "hash": sent.json()["recipient"]["hash"],
    }
    await local.delete(op_path("delete_action", id="7"))
    fake.reset_state()  # back to the loaded account, not the default one
    assert (await local.get(op_path("get_action", id="7"))).status_code == 200


def test_a_json_seed_file_loads_the_same(fake: FakeNP6, tmp_path: Path) -> None:
    seed = tmp_path / "account.json"
    seed.write_text(json.dumps({"targets": [{"email": "z@x.test"}], "actions": [{"id": "9", "type": "smsMessage"}]}))
    fake.load_file(seed)
    assert fake.target_ids == ["000PKXK4"]
    assert list(fake.items("/actions")) == ["9"]


@pytest.mark.parametrize(
    ("parts", "problem"),
    [
        ({"fields": [{"name": "a"}]}, "exactly one field must be the unicity field"),
        ({"fields": [{"name": "a", "isUnicity": True}, {"name": "b", "isUnicity": True}]}, "exactly one"),
        ({"fields": [{"name": "a"}], "unicity": "b"}, "unicity field 'b' is not one of the fields"),
        ({"targets": [{"firstname": "no email"}]}, "no value for the unicity field 'email'"),
        ({"targets": [{"email": "x@y.z"}, {"email": "x@y.z"}]}, "already taken"),
        ({"targets": [{"email": "x@y.z", "shoe_size": 44}]}, "unknown fields ['shoe_size']"),
        ({"segments": [{"id": 1, "targets": ["ghost@nowhere"]}]}, "no target has the id or unicity value"),
        ({"actions": [{"id": "1", "state": 45}]}, "not an action state: 45"),
    ],
)
def test_load_refuses_what_np6_would_not_hold(fake: FakeNP6, parts: dict[str, object], problem: str) -> None:
    before = fake.items("/actions")
    with pytest.raises(ValueError, match=re.escape(problem)):
        fake.load(**parts)  # type: ignore[arg-type]
    assert fake.items("/actions") == before


@pytest.mark.parametrize("text", ["[1, 2]", "nope: 1", "fields: {a: 1}"])
def test_bad_seed_files_are_refused(fake: FakeNP6, tmp_path: Path, text: str) -> None:
    seed = tmp_path / "bad.yaml"
    seed.write_text(text)
    with pytest.raises(ValueError, match=r"bad\.yaml"):
        fake.load_file(seed)


async def test_created_and_changed_items_are_dated_by_the_clock(local: httpx.AsyncClient, fake: FakeNP6) -> None:
    fake.clock.set(datetime(2031, 5, 4, 3, 2, 1, tzinfo=UTC))
    created = await local.post(op_path("create_action"), json={"name": "x", "description": "y"})
    action = (await local.get(created.headers["location"])).json()
    assert action == {
        "type": "mailMessage",
        "id": "6",
        "name": "x",
        "description": "y",
        "creationDate": "2031-05-04T03:02:01.000Z",
        "informations": {"state": 10},
    }
    segment = (await local.post(op_path("create_segment"), json={"type": "static", "name": "new"})).json()
    assert segment["creation"] == "2031-05-04T03:02:01.000Z"
    fake.clock.advance(timedelta(days=1))
    updated = (await local.put(op_path("update_target", id="000PKXK4"), json={"city": "Lyon"})).json()
    assert updated["lastUpdateDate"] == "2031-05-05T03:02:01.000Z"


def test_the_clock_can_be_set_advanced_and_run_again() -> None:
    clock = FakeClock()
    assert clock.is_running
    clock.set(datetime(2024, 2, 29, 23, 59, 59))
    assert clock.now() == datetime(2024, 2, 29, 23, 59, 59, tzinfo=UTC)
    assert clock.advance(1) == datetime(2024, 3, 1, tzinfo=UTC)
    assert clock.now_ms() == 1_709_251_200_000
    with pytest.raises(ValueError, match="forward"):
        clock.advance(-1)
    clock.run()
    assert clock.is_running
    assert clock.now() >= datetime(2024, 3, 1, tzinfo=UTC)


async def test_targets_are_found_by_their_unicity_value_or_hash(local: httpx.AsyncClient, fake: FakeNP6) -> None:
    bruno = fake.target("000PKXK5")
    by_unicity = await local.get(op_path("find_targets"), params={"unicity": "bruno.1@example.com"})
    assert (by_unicity.status_code, by_unicity.headers["content-type"]) == (
        200,
        "application/vnd.np6.experimental+json",
    )
    assert by_unicity.json()["id"] == "000PKXK5"
    assert (await local.get(op_path("find_targets"), params={"hash": bruno["hash"]})).json()["id"] == "000PKXK5"
    both = {"hash": bruno["hash"], "unicity": "alice.0@example.com"}  # two different targets
    assert (await local.get(op_path("find_targets"), params=both)).status_code == 404
    assert (await local.get(op_path("find_targets"), params={"unicity": "nobody@example.com"})).status_code == 404
    assert (await local.get(op_path("find_targets"))).status_code == 404  # nothing names a target
