"""The collections recognised from the spec's paths: create, read, update, list, delete, 404.

Every answer with a body is checked against the operation's response schema in the spec.
"""

import copy
from typing import Any

import httpx
import pytest

from np6_client.testing import FakeNP6
from np6_client.testing._collections import FIRST_SEED_UUID

from .conftest import API_KEY, SPEC, assert_matches_spec, op_path, operation_of

APPLICATION = "/parameters/applications/{uuid}"
FRESH_UUID = "6218c222-bd9f-4d43-9cbb-d1adfe7e63c2"  # the one after the five seeded UUIDs
SUBSCRIPTION_ID = "0581e259-9039-487c-a94e-ff8c3944f956"


def test_collections_are_recognised_from_the_paths(fake: FakeNP6) -> None:
    assert set(fake.collections) == {
        "/actions",
        "/campaigns",
        "/imports",
        "/notifications",
        "/parameters/applications",
        "/scripting/compilables",
        "/scripting/webtasks",
        "/scripting/workflows",
        "/segments",
        "/subscriptions",
        "/valueLists",
    }
    # Ids take the type the spec gives them, and five items are seeded.
    assert list(fake.items("/segments")) == [1, 2, 3, 4, 5]
    assert list(fake.items("/actions")) == ["1", "2", "3", "4", "5"]
    assert next(iter(fake.items("/parameters/applications"))) == FIRST_SEED_UUID
    # Found by their id member, whatever type the path parameter naming them has.
    value_lists = {item["id"]: item for item in fake.items("/valueLists").values()}
    assert value_lists[2]["name"] == "Pastimes"  # the spec's example, under the seeded id


async def test_action_lifecycle(any_client: httpx.AsyncClient, fake: FakeNP6) -> None:
    created = await any_client.post(op_path("create_action"), json={"name": "welcome", "description": "first mail"})
    assert_matches_spec(created, *operation_of("create_action"))
    assert (created.status_code, created.headers["location"]) == (201, "/actions/6")

    read = await any_client.get(op_path("get_action", id="6"))
    assert_matches_spec(read, *operation_of("get_action"))
    action = read.json()
    assert (action["id"], action["name"], action["description"]) == ("6", "welcome", "first mail")
    assert action["type"] == "mailMessage"  # the rest comes from the spec's example

    listed = await any_client.get(op_path("list_actions"))
    assert_matches_spec(listed, *operation_of("list_actions"))
    assert [a["id"] for a in listed.json()] == ["1", "2", "3", "4", "5", "6"]

    copied = await any_client.post(op_path("duplicate_action", id="6"))
    assert_matches_spec(copied, *operation_of("duplicate_action"))
    assert (copied.json()["id"], copied.json()["name"]) == ("7", "welcome")

    # The seed operations see the new action too.
    assert (await any_client.get(op_path("export_action_opens", id="6"))).status_code == 204

    deleted = await any_client.delete(op_path("delete_action", id="6"))
    assert_matches_spec(deleted, *operation_of("delete_action"))
    assert deleted.status_code == 204
    for method, path in [
        ("GET", "/actions/6"),
        ("DELETE", "/actions/6"),
        ("POST", "/actions/6/duplication"),
        ("GET", "/actions/6/events/activations"),
        ("GET", "/actions/6/export/tracking/opens"),
    ]:
        assert (await any_client.request(method, path)).status_code == 404, (method, path)
    assert "6" not in fake.items("/actions")


async def test_segment_lifecycle_with_integer_ids(any_client: httpx.AsyncClient) -> None:
    created = await any_client.post(op_path("create_segment"), json={"type": "static", "name": "vip", "isTest": True})
    assert_matches_spec(created, *operation_of("create_segment"))
    segment = created.json()
    assert (segment["id"], segment["name"], segment["isTest"]) == (6, "vip", True)

    replaced = await any_client.put(
        op_path("update_segment", id="6"), json={"type": "static", "name": "very important"}
    )
    assert_matches_spec(replaced, *operation_of("update_segment"))
    assert (replaced.json()["id"], replaced.json()["name"]) == (6, "very important")

    listed = await any_client.get(op_path("list_segments"))
    assert_matches_spec(listed, *operation_of("list_segments"))
    assert {s["id"]: s["name"] for s in listed.json()}[6] == "very important"

    # The new segment has members, as the seeded ones do.
    assert (await any_client.put(op_path("add_segment_targets", id="6"), json=["000PKXK4"])).json() == 1
    assert (await any_client.get(op_path("list_segment_targets", id="6"))).json() == ["000PKXK4"]

    deleted = await any_client.delete(op_path("delete_segment", id="6"))
    assert_matches_spec(deleted, *operation_of("delete_segment"))
    assert deleted.status_code == 204
    assert (await any_client.put(op_path("update_segment", id="6"), json={"name": "x"})).status_code == 404
    assert (await any_client.delete(op_path("delete_segment", id="6"))).status_code == 404
    assert (await any_client.get(op_path("list_segment_targets", id="6"))).status_code == 404
    assert 6 not in [s["id"] for s in (await any_client.get(op_path("list_segments"))).json()]


async def test_workflow_create_merge_replace_duplicate(any_client: httpx.AsyncClient) -> None:
    created = await any_client.post(op_path("create_workflow"), json={"name": "onboarding", "state": 1})
    assert_matches_spec(created, *operation_of("create_workflow"))
    assert created.headers["location"] == "/scripting/workflows/6"

    merged = await any_client.patch(op_path("update_workflow", id="6"))
    assert_matches_spec(merged, *operation_of("update_workflow"))
    assert (merged.json()["id"], merged.json()["name"], merged.json()["state"]) == (6, "onboarding", 1)

    replaced = await any_client.put(op_path("replace_workflow", id="6"), json={"name": "welcome", "state": 0})
    assert_matches_spec(replaced, *operation_of("replace_workflow"))
    after = (await any_client.patch(op_path("update_workflow", id="6"))).json()
    assert (after["name"], after["state"]) == ("welcome", 0)

    copied = await any_client.post(op_path("duplicate_workflow", id="6"))
    assert_matches_spec(copied, *operation_of("duplicate_workflow"))
    assert (copied.json()["id"], copied.json()["name"]) == (7, "welcome")

    nodes = await any_client.get(op_path("list_workflow_nodes", id="7"))
    assert_matches_spec(nodes, *operation_of("list_workflow_nodes"))
    assert (await any_client.get(op_path("list_workflow_nodes", id="70"))).status_code == 404
    assert (await any_client.put(op_path("replace_workflow", id="70"), json={})).status_code == 404


async def test_webtask_merges_a_list_of_updates(any_client: httpx.AsyncClient) -> None:
    updated = await any_client.patch(op_path("update_webtask", id="2"), json=[{"name": "renamed"}, {"value": "v2"}])
    assert_matches_spec(updated, *operation_of("update_webtask"))
    webtask = updated.json()
    assert (webtask["id"], webtask["name"], webtask["value"]) == (2, "renamed", "v2")
    # A member that would break the answer's schema is not kept.
    broken = await any_client.patch(op_path("update_webtask", id="2"), json=[{"creationDate": "yesterday", "id": "x"}])
    assert_matches_spec(broken, *operation_of("update_webtask"))
    assert broken.json()["id"] == 2
    assert (await any_client.patch(op_path("update_webtask", id="9"), json=[])).status_code == 404


async def test_applications_are_named_by_uuid(any_client: httpx.AsyncClient) -> None:
    seeded = await any_client.get(op_path("get_application", uuid=FIRST_SEED_UUID.upper()))
    assert_matches_spec(seeded, APPLICATION, "GET")
    assert seeded.json()["id"] == FIRST_SEED_UUID

    created = await any_client.post(op_path("create_application"), json={"name": "my app", "id": None})
    assert_matches_spec(created, *operation_of("create_application"))
    assert created.json()["id"] == FRESH_UUID
    read = await any_client.get(op_path("get_application", uuid=FRESH_UUID))
    assert (read.json()["id"], read.json()["name"]) == (FRESH_UUID, "my app")
    assert FRESH_UUID in [a["id"] for a in (await any_client.get(op_path("list_applications"))).json()]

    assert (
        await any_client.get(op_path("get_application", uuid="00000000-0000-4000-8000-000000000000"))
    ).status_code == 404
    assert (await any_client.get(op_path("get_application", uuid="1"))).status_code == 404  # not a UUID


async def test_subscriptions_are_upserted_by_id(any_client: httpx.AsyncClient, fake: FakeNP6) -> None:
    body: dict[str, Any] = {"id": SUBSCRIPTION_ID, "application": FIRST_SEED_UUID}
    created = await any_client.put(op_path("upsert_subscription"), json=body)
    assert_matches_spec(created, *operation_of("upsert_subscription"))
    assert created.json()["id"] == SUBSCRIPTION_ID
    again = await any_client.put(
        op_path("upsert_subscription"), json={**body, "provider": {"type": "apns", "token": "t"}}
    )
    assert again.json()["provider"] == {"type": "apns", "token": "t"}
    assert len(fake.items("/subscriptions")) == 6  # replaced, not added

    read = await any_client.get(op_path("get_subscription", id=SUBSCRIPTION_ID))
    assert_matches_spec(read, *operation_of("get_subscription"))
    assert read.json()["provider"]["type"] == "apns"

    fresh = await any_client.put(op_path("upsert_subscription"), json={"application": FIRST_SEED_UUID})
    assert fresh.json()["id"] == FRESH_UUID

    deleted = await any_client.delete(op_path("delete_subscription", id=SUBSCRIPTION_ID))
    assert_matches_spec(deleted, *operation_of("delete_subscription"))
    assert (await any_client.get(op_path("get_subscription", id=SUBSCRIPTION_ID))).status_code == 404
    # Seeded subscriptions answer to "1".."5"; their id member stays a UUID, as the schema wants.
    seeded = await any_client.get(op_path("get_subscription", id="1"))
    assert_matches_spec(seeded, *operation_of("get_subscription"))


async def test_nested_operations_need_an_existing_item(any_client: httpx.AsyncClient) -> None:
    execution = await any_client.get(op_path("get_import_execution_state", id="1"))
    assert_matches_spec(execution, *operation_of("get_import_execution_state"))
    assert execution.status_code == 200
    assert (await any_client.get(op_path("get_import_execution_state", id="99"))).status_code == 404
    assert (await any_client.post(op_path("list_campaign_events", id="nope"), json={})).status_code == 404
    campaign = (await any_client.post(op_path("create_campaign"), json={"name": "spring"})).json()
    events = await any_client.post(op_path("list_campaign_events", id=campaign["id"]), json={})
    assert_matches_spec(events, *operation_of("list_campaign_events"))


async def test_a_setting_keeps_what_was_put(any_client: httpx.AsyncClient, fake: FakeNP6) -> None:
    path = "/settings/marketing/pressure/topic"
    assert (await any_client.get(path)).json() is True
    stored = await any_client.put(path, json=False)
    assert_matches_spec(stored, path, "PUT")
    read = await any_client.get(path)
    assert_matches_spec(read, path, "GET")
    assert read.json() is False
    assert (await any_client.put(path, json="no")).status_code == 400
    fake.reset_state()
    assert (await any_client.get(path)).json() is True


async def test_invalid_bodies_are_400_and_change_nothing(any_client: httpx.AsyncClient, fake: FakeNP6) -> None:
    before = fake.items("/segments")
    for body in ({"id": "six"}, {"creation": "yesterday"}, {"targetsCount": 2**31}, ["a"]):
        assert (await any_client.post(op_path("create_segment"), json=body)).status_code == 400, body
    assert (await any_client.put(op_path("update_segment", id="1"), json={"isTest": "yes"})).status_code == 400
    assert fake.items("/segments") == before


async def test_reset_state_restores_every_collection(local: httpx.AsyncClient, fake: FakeNP6) -> None:
    seeded = {name: fake.items(name) for name in fake.collections}
    await local.post(op_path("create_action"), json={"name": "x"})
    await local.delete(op_path("delete_segment", id="1"))
    await local.patch(op_path("update_webtask", id="1"), json=[{"name": "y"}])
    assert fake.items("/actions") != seeded["/actions"]
    fake.reset_state()
    assert {name: fake.items(name) for name in fake.collections} == seeded
    assert (await local.get(op_path("list_segment_targets", id="1"))).status_code == 200


@pytest.mark.parametrize("path", ["/fields/{field-id}", "/fields/{fieldId}"])
async def test_a_collection_added_to_the_spec_is_stateful(path: str) -> None:
    spec = copy.deepcopy(SPEC)
    field_id = {"name": path.split("{")[1][:-1], "in": "path", "required": True, "schema": {"type": "integer"}}
    spec["paths"]["/fields"]["post"] = {
        "operationId": "add_field_generically",
        "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Field"}}}},
        "responses": {"2XX": {"description": "created"}},
    }
    spec["paths"][path] = {
        "parameters": [field_id],
        "get": {
            "operationId": "get_field",
            "responses": {
                "200": {
                    "description": "a field",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Field"}}},
                }
            },
        },
        "delete": {"operationId": "delete_field", "responses": {"204": {"description": "gone"}}},
    }
    fake = FakeNP6(api_keys=(API_KEY,), spec=spec)
    assert "/fields" in fake.collections
    transport = httpx.ASGITransport(app=fake.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://x", headers={"X-Key": API_KEY}) as http:
        created = await http.post("/fields", json={"name": "city", "type": "text"})
        assert (created.status_code, created.headers["location"]) == (201, "/fields/6")
        assert (await http.get("/fields/6")).json()["name"] == "city"
        assert "city" in [f.get("name") for f in (await http.get(op_path("list_fields"))).json()]
        assert (await http.delete("/fields/6")).status_code == 204
        assert (await http.get("/fields/6")).status_code == 404
