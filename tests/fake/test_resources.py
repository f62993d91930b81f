"""Stateful segment, target and action operations; every 2xx body is checked against the spec."""

from datetime import datetime

import httpx

from np6_client.testing import FakeNP6

from .conftest import assert_matches_spec, op_path, operation_of

SEGMENTS = "/segments/{id}/targets"
TARGET = "/targets/{id}"


async def test_segment_add_list_and_clear(any_client: httpx.AsyncClient, fake: FakeNP6) -> None:
    initial = await any_client.get(op_path("list_segment_targets", id="2"))
    assert initial.json() == []
    assert_matches_spec(initial, SEGMENTS, "GET")

    added = await any_client.put(op_path("add_segment_targets", id="2"), json=["000PKXK4", "000PKXK5", "000PKXK4"])
    assert_matches_spec(added, SEGMENTS, "PUT")
    assert added.json() == 2  # a duplicate inside the batch is not added twice
    again = await any_client.put(op_path("add_segment_targets", id="2"), json=["000PKXK5", "000PKXK6"])
    assert again.json() == 1

    listed = await any_client.get(op_path("list_segment_targets", id="2"))
    assert_matches_spec(listed, SEGMENTS, "GET")
    assert listed.json() == ["000PKXK4", "000PKXK5", "000PKXK6"]
    assert (await any_client.get(op_path("list_segment_targets", id="3"))).json() == []  # segments are separate

    cleared = await any_client.delete(op_path("clear_segment_targets", id="2"))
    assert_matches_spec(cleared, SEGMENTS, "DELETE")
    assert cleared.status_code == 204
    assert (await any_client.get(op_path("list_segment_targets", id="2"))).json() == []


async def test_seeded_targets(any_client: httpx.AsyncClient, fake: FakeNP6) -> None:
    ids = fake.target_ids
    assert len(ids) == 20
    assert ids[:3] == ["000PKXK4", "000PKXK5", "000PKXK6"]
    assert ids[6] == "000PKXKA"  # base 36, as NP6 ids are
    for target_id in (ids[0], ids[-1]):
        response = await any_client.get(op_path("get_target", id=target_id))
        assert_matches_spec(response, TARGET, "GET")
        target = response.json()
        assert target["id"] == target_id
        assert set(target) == {"id", "hash", "creationDate", "lastUpdateDate", "fields"}
        assert set(target["fields"]) == {"1", "2"}  # email and firstname, keyed by field id as NP6 does


async def test_target_update_merges_fields_and_moves_the_update_date(any_client: httpx.AsyncClient) -> None:
    before = (await any_client.get(op_path("get_target", id="000PKXK5"))).json()
    updated = await any_client.put(
        op_path("update_target", id="000PKXK5"), json={"firstname": "Zoé", "6": "Lyon"}
    )  # a name, an id
    assert_matches_spec(updated, TARGET, "PUT")
    detail = updated.json()
    assert detail["fields"] == {**before["fields"], "2": "Zoé", "6": "Lyon"}
    assert detail["creationDate"] == before["creationDate"]
    assert datetime.fromisoformat(detail["lastUpdateDate"]) > datetime.fromisoformat(before["lastUpdateDate"])
    assert detail["bounce"][0]["type"] == "Validé"
    assert set(detail["redList"]) == {"mail", "sms"}
    after = (await any_client.get(op_path("get_target", id="000PKXK5"))).json()
    assert after["fields"]["6"] == "Lyon"
    assert after["lastUpdateDate"] == detail["lastUpdateDate"]
    assert "bounce" not in after


async def test_target_update_needs_an_object(any_client: httpx.AsyncClient) -> None:
    assert (await any_client.put(op_path("update_target", id="000PKXK5"), json=["x"])).status_code == 400
    assert (await any_client.put(op_path("update_target", id="000PKXK5"))).status_code == 400


async def test_deleted_target_is_gone(any_client: httpx.AsyncClient, fake: FakeNP6) -> None:
    deleted = await any_client.delete(op_path("delete_target", id="000PKXK7"))
    assert_matches_spec(deleted, TARGET, "DELETE")
    assert deleted.status_code == 204
    assert (await any_client.get(op_path("get_target", id="000PKXK7"))).status_code == 404
    assert (await any_client.put(op_path("update_target", id="000PKXK7"), json={})).status_code == 404
    assert (await any_client.delete(op_path("delete_target", id="000PKXK7"))).status_code == 404
    assert "000PKXK7" not in fake.target_ids


async def test_action_exports_answer_204(any_client: httpx.AsyncClient) -> None:
    for kind in ("opens", "clicks"):
        for action in ("1", "5"):
            response = await any_client.get(f"/actions/{action}/export/tracking/{kind}")
            assert_matches_spec(response, f"/actions/{{id}}/export/tracking/{kind}", "GET")
            assert response.status_code == 204


async def test_render_links_gives_one_url_per_link(any_client: httpx.AsyncClient) -> None:
    definition = {
        "receiver": {"type": "id", "value": "000PKXK4"},
        "context": {"id": "m1", "display": 0, "render": 1},
        "links": [{"type": "system"}, {"type": "system"}, {"type": "web", "destination": {"url": "x"}}],
    }
    response = await any_client.post(op_path("render_action_links", id="3"), json=definition)
    assert_matches_spec(response, *operation_of("render_action_links"))
    result = response.json()
    assert result["type"] == "success"
    links = result["links"]
    assert len(links) == 3
    assert len(set(links)) == 3
    assert all("/3/" in link and "000PKXK4" in link for link in links)
    other = (await any_client.post(op_path("render_action_links", id="4"), json={**definition, "links": [{}]})).json()
    assert other["links"][0] not in links
    empty = await any_client.post(op_path("render_action_links", id="3"), json={})
    assert empty.json() == {"type": "success", "links": []}


async def test_render_links_checks_the_body_against_the_schema(any_client: httpx.AsyncClient) -> None:
    bad_display = {"context": {"display": 3}}  # display is an enum
    assert (await any_client.post(op_path("render_action_links", id="3"), json=bad_display)).status_code == 400
    assert (await any_client.post(op_path("render_action_links", id="3"), json={"links": "x"})).status_code == 400


async def test_reset_state_restores_the_seed(local: httpx.AsyncClient, fake: FakeNP6) -> None:
    await local.put(op_path("add_segment_targets", id="1"), json=["x"])
    await local.delete(op_path("delete_target", id="000PKXK4"))
    await local.put(op_path("update_target", id="000PKXK5"), json={"city": "Lyon"})
    fake.reset_state()
    assert (await local.get(op_path("list_segment_targets", id="1"))).json() == []
    assert (await local.get(op_path("get_target", id="000PKXK4"))).status_code == 200
    assert "city" not in (await local.get(op_path("get_target", id="000PKXK5"))).json()["fields"]
    assert len(fake.requests) == 6  # the record is kept
