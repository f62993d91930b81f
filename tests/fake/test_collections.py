"""The collections recognised from the spec's paths: create, read, update, list, delete, 404.

Every answer with a body is checked against the operation's response schema in the spec.
"""

import copy
from typing import Any

import httpx
import pytest

from np6_client.testing import FakeNP6
from np6_client.testing._collections import FIRST_SEED_UUID

from .conftest import API_KEY, SPEC, assert_matches_spec

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
    assert fake.items("/valueLists")[2]["id"] == 2
    assert fake.items("/valueLists")[2]["name"] == "Pastimes"  # the spec's example, under the seeded id


async def test_action_lifecycle(any_client: httpx.AsyncClient, fake: FakeNP6) -> None:
    created = await any_client.post("/actions", json={"name": "welcome", "description": "first mail"})
    assert_matches_spec(created, "/actions", "POST")
    assert (created.status_code, created.headers["location"]) == (201, "/actions/6")

    read = await any_client.get("/actions/6")
    assert_matches_spec(read, "/actions/{id}", "GET")
    action = read.json()
    assert (action["id"], action["name"], action["description"]) == ("6", "welcome", "first mail")
    assert action["type"] == "mailMessage"  # the rest comes from the spec's example

    listed = await any_client.get("/actions")
    assert_matches_spec(listed, "/actions", "GET")
    assert [a["id"] for a in listed.json()] == ["1", "2", "3", "4", "5", "6"]

    copied = await any_client.post("/actions/6/duplication")
    assert_matches_spec(copied, "/actions/{id}/duplication", "POST")
    assert (copied.json()["id"], copied.json()["name"]) == ("7", "welcome")

    # The seed operations see the new action too.
    assert (await any_client.get("/actions/6/export/tracking/opens")).status_code == 204

    deleted = await any_client.delete("/actions/6")
    assert_matches_spec(deleted, "/actions/{id}", "DELETE")
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
    created = await any_client.post("/segments", json={"type": "static", "name": "vip", "isTest": True})
    assert_matches_spec(created, "/segments", "POST")
    segment = created.json()
    assert (segment["id"], segment["name"], segment["isTest"]) == (6, "vip", True)

    replaced = await any_client.put("/segments/6", json={"type": "static", "name": "very important"})
    assert_matches_spec(replaced, "/segments/{id}", "PUT")
    assert (replaced.json()["id"], replaced.json()["name"]) == (6, "very important")

    listed = await any_client.get("/segments")
    assert_matches_spec(listed, "/segments", "GET")
    assert {s["id"]: s["name"] for s in listed.json()}[6] == "very important"

    # The new segment has members, as the seeded ones do.
    assert (await any_client.put("/segments/6/targets", json=["000PKXK4"])).json() == 1
    assert (await any_client.get("/segments/6/targets")).json() == ["000PKXK4"]

    deleted = await any_client.delete("/segments/6")
    assert_matches_spec(deleted, "/segments/{id}", "DELETE")
    assert deleted.status_code == 204
    assert (await any_client.put("/segments/6", json={"name": "x"})).status_code == 404
    assert (await any_client.delete("/segments/6")).status_code == 404
    assert (await any_client.get("/segments/6/targets")).status_code == 404
    assert 6 not in [s["id"] for s in (await any_client.get("/segments")).json()]


async def test_workflow_create_merge_replace_duplicate(any_client: httpx.AsyncClient) -> None:
    created = await any_client.post("/scripting/workflows", json={"name": "onboarding", "state": 1})
    assert_matches_spec(created, "/scripting/workflows", "POST")
    assert created.headers["location"] == "/scripting/workflows/6"

    merged = await any_client.patch("/scripting/workflows/6")
    assert_matches_spec(merged, "/scripting/workflows/{id}", "PATCH")
    assert (merged.json()["id"], merged.json()["name"], merged.json()["state"]) == (6, "onboarding", 1)

    replaced = await any_client.put("/scripting/workflows/6", json={"name": "welcome", "state": 0})
    assert_matches_spec(replaced, "/scripting/workflows/{id}", "PUT")
    after = (await any_client.patch("/scripting/workflows/6")).json()
    assert (after["name"], after["state"]) == ("welcome", 0)

    copied = await any_client.post("/scripting/workflows/6/duplication")
    assert_matches_spec(copied, "/scripting/workflows/{id}/duplication", "POST")
    assert (copied.json()["id"], copied.json()["name"]) == (7, "welcome")

    nodes = await any_client.get("/scripting/workflows/7/nodes")
    assert_matches_spec(nodes, "/scripting/workflows/{id}/nodes", "GET")
    assert (await any_client.get("/scripting/workflows/70/nodes")).status_code == 404
    assert (await any_client.put("/scripting/workflows/70", json={})).status_code == 404


async def test_webtask_merges_a_list_of_updates(any_client: httpx.AsyncClient) -> None:
    updated = await any_client.patch("/scripting/webtasks/2", json=[{"name": "renamed"}, {"value": "v2"}])
    assert_matches_spec(updated, "/scripting/webtasks/{id}", "PATCH")
    webtask = updated.json()
    assert (webtask["id"], webtask["name"], webtask["value"]) == (2, "renamed", "v2")
    # A member that would break the answer's schema is not kept.
    broken = await any_client.patch("/scripting/webtasks/2", json=[{"creationDate": "yesterday", "id": "x"}])
    assert_matches_spec(broken, "/scripting/webtasks/{id}", "PATCH")
    assert broken.json()["id"] == 2
    assert (await any_client.patch("/scripting/webtasks/9", json=[])).status_code == 404


async def test_applications_are_named_by_uuid(any_client: httpx.AsyncClient) -> None:
    seeded = await any_client.get(f"/parameters/applications/{FIRST_SEED_UUID.upper()}")
    assert_matches_spec(seeded, APPLICATION, "GET")
    assert seeded.json()["id"] == FIRST_SEED_UUID

    created = await any_client.post("/parameters/applications", json={"name": "my app", "id": None})
    assert_matches_spec(created, "/parameters/applications", "POST")
    assert created.json()["id"] == FRESH_UUID
    read = await any_client.get(f"/parameters/applications/{FRESH_UUID}")
    assert (read.json()["id"], read.json()["name"]) == (FRESH_UUID, "my app")
    assert FRESH_UUID in [a["id"] for a in (await any_client.get("/parameters/applications")).json()]

    assert (await any_client.get("/parameters/applications/00000000-0000-4000-8000-000000000000")).status_code == 404
    assert (await any_client.get("/parameters/applications/1")).status_code == 404  # not a UUID


async def test_subscriptions_are_upserted_by_id(any_client: httpx.AsyncClient, fake: FakeNP6) -> None:
    body: dict[str, Any] = {"id": SUBSCRIPTION_ID, "application": FIRST_SEED_UUID}
    created = await any_client.put("/subscriptions", json=body)
    assert_matches_spec(created, "/subscriptions", "PUT")
    assert created.json()["id"] == SUBSCRIPTION_ID
    again = await any_client.put("/subscriptions", json={**body, "provider": {"type": "apns", "token": "t"}})
    assert again.json()["provider"] == {"type": "apns", "token": "t"}
    assert len(fake.items("/subscriptions")) == 6  # replaced, not added

    read = await any_client.get(f"/subscriptions/{SUBSCRIPTION_ID}")
    assert_matches_spec(read, "/subscriptions/{id}", "GET")
    assert read.json()["provider"]["type"] == "apns"

    fresh = await any_client.put("/subscriptions", json={"application": FIRST_SEED_UUID})
    assert fresh.json()["id"] == FRESH_UUID

    deleted = await any_client.delete(f"/subscriptions/{SUBSCRIPTION_ID}")
    assert_matches_spec(deleted, "/subscriptions/{id}", "DELETE")
    assert (await any_client.get(f"/subscriptions/{SUBSCRIPTION_ID}")).status_code == 404
    # Seeded subscriptions answer to "1".."5"; their id member stays a UUID, as the schema wants.
    seeded = await any_client.get("/subscriptions/1")
    assert_matches_spec(seeded, "/subscriptions/{id}", "GET")


async def test_nested_operations_need_an_existing_item(any_client: httpx.AsyncClient) -> None:
    execution = await any_client.get("/imports/1/executions")
    assert_matches_spec(execution, "/imports/{id}/executions", "GET")
    assert execution.status_code == 200
    assert (await any_client.get("/imports/99/executions")).status_code == 404
    assert (await any_client.post("/campaigns/nope/events", json={})).status_code == 404
    campaign = (await any_client.post("/campaigns", json={"name": "spring"})).json()
    events = await any_client.post(f"/campaigns/{campaign['id']}/events", json={})
    assert_matches_spec(events, "/campaigns/{id}/events", "POST")


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
        assert (await any_client.post("/segments", json=body)).status_code == 400, body
    assert (await any_client.put("/segments/1", json={"isTest": "yes"})).status_code == 400
    assert fake.items("/segments") == before


async def test_reset_state_restores_every_collection(local: httpx.AsyncClient, fake: FakeNP6) -> None:
    seeded = {name: fake.items(name) for name in fake.collections}
    await local.post("/actions", json={"name": "x"})
    await local.delete("/segments/1")
    await local.patch("/scripting/webtasks/1", json=[{"name": "y"}])
    assert fake.items("/actions") != seeded["/actions"]
    fake.reset_state()
    assert {name: fake.items(name) for name in fake.collections} == seeded
    assert (await local.get("/segments/1/targets")).status_code == 200


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
        assert "city" in [f.get("name") for f in (await http.get("/fields")).json()]
        assert (await http.delete("/fields/6")).status_code == 204
        assert (await http.get("/fields/6")).status_code == 404
