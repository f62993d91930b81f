"""Operations known from NP6's earlier documentation: updating an action, creating a field, starting an import."""

import httpx

from np6_client.testing import FakeNP6


async def test_an_action_update_replaces_its_definition_but_not_its_state(
    local: httpx.AsyncClient, fake: FakeNP6
) -> None:
    body = {"type": "mailMessage", "name": "Renamed", "informations": {"folder": 2, "category": 1, "state": 50}}
    updated = await local.put("/actions/2", json=body)
    assert updated.status_code == 200
    assert (updated.json()["name"], updated.json()["informations"]) == (
        "Renamed",
        {"folder": 2, "category": 1, "state": 10},
    )
    assert fake.action_state("2") == 10
    assert (await local.get("/actions/2")).json()["name"] == "Renamed"


async def test_a_sent_action_cannot_be_updated(local: httpx.AsyncClient, fake: FakeNP6) -> None:
    fake.set_action_state("2", 60)
    refused = await local.put("/actions/2", json={"type": "mailMessage", "name": "Late"})
    assert (refused.status_code, refused.content) == (409, b"")
    assert (await local.put("/actions/404", json={"name": "x"})).status_code == 404


async def test_a_created_field_takes_the_next_id_and_values(local: httpx.AsyncClient) -> None:
    created = await local.post(
        "/fields", json={"type": "textField", "name": "loyalty", "isUnicity": False, "isMandatory": False}
    )
    assert created.status_code == 200
    assert (created.json()["id"], created.json()["isUnicity"]) == (7, False)
    assert "loyalty" in [f["name"] for f in (await local.get("/fields")).json()]
    target = await local.post("/targets", json={"email": "l@shop.test", "loyalty": "gold"})
    assert target.json()["fields"] == {"1": "l@shop.test", "7": "gold"}


async def test_a_field_name_or_a_second_unicity_field_is_refused(local: httpx.AsyncClient) -> None:
    taken = await local.post(
        "/fields", json={"type": "textField", "name": "city", "isUnicity": False, "isMandatory": False}
    )
    assert (taken.status_code, taken.content) == (409, b"")
    unicity = await local.post(
        "/fields", json={"type": "email", "name": "email2", "isUnicity": True, "isMandatory": True}
    )
    assert (unicity.status_code, unicity.text) == (400, "the account has a unicity field already")
    incomplete = await local.post("/fields", json={"type": "textField", "name": "shoe"})
    assert (incomplete.status_code, incomplete.text) == (400, "body: 'isUnicity' is a required property")
    assert len((await local.get("/fields")).json()) == 6


async def test_an_import_execution_starts_with_the_binding_sent(local: httpx.AsyncClient, fake: FakeNP6) -> None:
    created = await local.post("/imports", json={"name": "Nightly"})
    import_id = created.headers["location"].rsplit("/", 1)[1]
    started = await local.post(f"/imports/{import_id}/executions", json={"binding": 42})
    assert started.status_code == 200
    assert started.headers["content-type"].startswith("application/vnd.mperf.v8.import.v1+json")
    assert (started.json()["state"], started.json()["content"]["binding"]) == (0, 42)
    assert (await local.post("/imports/999999/executions", json={"binding": 1})).status_code == 404
    assert (await local.post(f"/imports/{import_id}/executions", json={})).status_code == 400
