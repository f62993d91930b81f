"""Auth, content types, body and query checks, unknown ids and paths, request ids, recording."""

import copy
import re

import httpx
import pytest

from np6_client.testing import FakeNP6

from .conftest import API_KEY, SPEC, op_path

SEGMENT = op_path("list_segment_targets", id="1")
VENDOR_JSON = "application/vnd.mperf.v8.model.v1+json"


@pytest.mark.parametrize("key", [None, "wrong-key", ""])
async def test_missing_or_unknown_key_is_401_with_an_empty_body(
    any_client: httpx.AsyncClient, fake: FakeNP6, key: str | None
) -> None:
    headers = {} if key is None else {"X-Key": key}
    any_client.headers.pop("X-Key")
    response = await any_client.put(SEGMENT, json=["000PKXK4"], headers=headers)
    assert response.status_code == 401
    assert response.content == b""
    # ...and nothing was executed
    any_client.headers["X-Key"] = API_KEY
    assert (await any_client.get(SEGMENT)).json() == []
    assert [r.method for r in fake.requests] == ["PUT", "GET"]


async def test_the_key_is_never_echoed(client: httpx.AsyncClient, fake: FakeNP6) -> None:
    responses = [
        await client.get(SEGMENT),
        await client.get(op_path("get_target", id="nobody")),
        await client.put(SEGMENT, content=b"[", headers={"Content-Type": "application/json"}),
        await client.get(SEGMENT, headers={"X-Key": "not-the-key"}),
    ]
    for response in responses:
        assert API_KEY.encode() not in response.content
        assert all(API_KEY not in value for value in response.headers.values())
    assert API_KEY not in repr(fake.requests)
    assert fake.requests[0].headers["x-key"] == API_KEY


async def test_every_answer_carries_a_fresh_request_id(client: httpx.AsyncClient) -> None:
    responses = [
        await client.get(SEGMENT),
        await client.get("/no/such/path"),
        await client.get(SEGMENT, headers={"X-Key": "bad"}),
        await client.get(op_path("list_notification_activations", id="1")),
    ]
    ids = [r.headers["x-request-id"] for r in responses]
    assert all(i.startswith("fake-") for i in ids)
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize(
    ("method", "path", "content_type"),
    [
        ("GET", "/targets/000PKXK4", "application/json"),
        ("PUT", SEGMENT, "text/plain"),
        ("PUT", SEGMENT, VENDOR_JSON),
        ("PUT", "/targets/000PKXK4", VENDOR_JSON),
        ("POST", "/actions/1/render/links", "application/x-www-form-urlencoded"),
    ],
)
async def test_a_body_in_an_undocumented_content_type_is_415(
    any_client: httpx.AsyncClient, method: str, path: str, content_type: str
) -> None:
    response = await any_client.request(method, path, content=b"{}", headers={"Content-Type": content_type})
    assert response.status_code == 415


async def test_documented_content_types_are_accepted(any_client: httpx.AsyncClient) -> None:
    with_filter = await any_client.request(
        "GET", "/targets/000PKXK4", content=b'{"fields": "1,2"}', headers={"Content-Type": VENDOR_JSON}
    )
    assert with_filter.status_code == 200
    charset = await any_client.put(
        SEGMENT, content=b'["a"]', headers={"Content-Type": "application/json; charset=utf-8"}
    )
    assert charset.status_code == 200


@pytest.mark.parametrize(
    "body",
    [b"not json", b'{"a": 1}', b'["ok", 2]', b"null", b""],
    ids=["not-json", "object", "non-string-item", "null", "missing"],
)
async def test_invalid_segment_bodies_are_400(any_client: httpx.AsyncClient, body: bytes) -> None:
    response = await any_client.put(SEGMENT, content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert (await any_client.get(SEGMENT)).json() == []


async def test_max_items_from_the_spec_is_enforced(any_client: httpx.AsyncClient) -> None:
    assert (
        SPEC["paths"]["/segments/{id}/targets"]["put"]["requestBody"]["content"]["application/json"]["schema"][
            "maxItems"
        ]
        == 50
    )
    too_many = await any_client.put(SEGMENT, json=[f"T{n}" for n in range(51)])
    assert too_many.status_code == 400
    fifty = await any_client.put(SEGMENT, json=[f"T{n}" for n in range(50)])
    assert fifty.status_code == 200
    assert fifty.json() == 50


@pytest.mark.parametrize(
    "query",
    [{"sort": "up"}, {"sort": ""}, {"start": "yesterday"}, {"end": "2024-01-01"}, {"start": "12.5"}],
)
async def test_bad_event_query_values_are_400(any_client: httpx.AsyncClient, query: dict[str, str]) -> None:
    response = await any_client.get(op_path("list_notification_executions", id="1"), params=query)
    assert response.status_code == 400


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/segments/99/targets"),
        ("PUT", "/segments/99/targets"),
        ("DELETE", "/segments/99/targets"),
        ("GET", "/segments/abc/targets"),
        ("GET", "/targets/NOPE0000"),
        ("PUT", "/targets/NOPE0000"),
        ("DELETE", "/targets/NOPE0000"),
        ("GET", "/actions/9/export/tracking/opens"),
        ("GET", "/actions/9/export/tracking/clicks"),
        ("POST", "/actions/9/render/links"),
        ("GET", "/notifications/1001/events/activations"),
        ("GET", "/notifications/0/events/cancellations"),
        ("GET", "/no/such/operation"),
    ],
)
async def test_unknown_ids_and_paths_are_404(any_client: httpx.AsyncClient, method: str, path: str) -> None:
    body = None if method in ("GET", "DELETE") else (b"[]" if "segments" in path else b"{}")
    headers = {"Content-Type": "application/json"} if body else {}
    response = await any_client.request(method, path, content=body, headers=headers)
    assert response.status_code == 404


async def test_an_undocumented_method_is_405(any_client: httpx.AsyncClient) -> None:
    response = await any_client.post(SEGMENT, json=[])
    assert response.status_code == 405
    assert set(response.headers["allow"].split(", ")) >= {"GET", "PUT", "DELETE"}


async def test_operations_outside_resources_answer_their_spec_example() -> None:
    # Only nested operations under /reports: no collection is recognised there (see test_collections).
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/reports/{report-id}/summary"] = {
        "parameters": [{"name": "report-id", "in": "path", "required": True, "schema": {"type": "integer"}}],
        "get": {
            "operationId": "get_report_summary",
            "responses": {"200": {"description": "a summary", "content": {"application/json": {"example": {"n": 7}}}}},
        },
        "delete": {"operationId": "delete_report_summary", "responses": {"204": {"description": "gone"}}},
        "post": {
            "operationId": "create_report_summary",
            "requestBody": {
                "required": True,
                "content": {"application/vnd.np6.cm.v1": {"schema": {"type": "object"}}},
            },
            "responses": {
                "201": {"description": "new", "content": {"application/json": {"schema": {"type": "array"}}}}
            },
        },
    }
    fake = FakeNP6(api_keys=(API_KEY,), spec=spec)
    transport = httpx.ASGITransport(app=fake.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://x", headers={"X-Key": API_KEY}) as http:
        got = await http.get("/reports/7/summary")
        assert (got.status_code, got.json()) == (200, {"n": 7})
        assert (await http.get("/reports/seven/summary")).status_code == 404
        assert (await http.get("/reports/7/summary", headers={"X-Key": "x"})).status_code == 401
        deleted = await http.delete("/reports/7/summary")
        assert (deleted.status_code, deleted.content) == (204, b"")
        vendor = {"Content-Type": "application/vnd.np6.cm.v1"}
        created = await http.post("/reports/7/summary", content=b"{}", headers=vendor)
        assert (created.status_code, created.json()) == (201, [])
        assert (await http.post("/reports/7/summary", json={})).status_code == 415
        assert (await http.post("/reports/7/summary", content=b"[]", headers=vendor)).status_code == 400
        # the seed operations are still served by their handlers
        assert (await http.get(op_path("get_target", id="000PKXK4"))).json()["id"] == "000PKXK4"


async def test_requests_are_recorded_with_query_headers_and_body(any_client: httpx.AsyncClient, fake: FakeNP6) -> None:
    await any_client.get(op_path("list_notification_activations", id="5"), params={"sort": "asc", "start": "0"})
    await any_client.put(SEGMENT, json=["000PKXK4"], headers={"X-Trace": "abc"})
    await any_client.put(SEGMENT, json=["000PKXK5"])
    first, second, _ = fake.requests
    assert (first.method, first.path, first.query, first.body) == (
        "GET",
        "/notifications/5/events/activations",
        {"sort": "asc", "start": "0"},
        b"",
    )
    assert second.headers["x-trace"] == "abc"
    assert second.headers["content-type"] == "application/json"
    assert second.json() == ["000PKXK4"]
    assert second.request_id.startswith("fake-")
    assert fake.count("put", SEGMENT) == 2
    assert fake.count("PUT", "/segments/{id}/targets") == 0  # exact paths only
    fake.reset_requests()
    assert fake.requests == []
    assert fake.count("PUT", SEGMENT) == 0


async def test_literal_paths_win_over_parameters() -> None:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/targets/tally"] = {
        "get": {
            "operationId": "tally_targets",
            "responses": {"200": {"description": "n", "content": {"application/json": {"example": {"n": 1}}}}},
        }
    }
    fake = FakeNP6(api_keys=(API_KEY,), spec=spec)
    transport = httpx.ASGITransport(app=fake.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://x", headers={"X-Key": API_KEY}) as http:
        assert (await http.get("/targets/tally")).json() == {"n": 1}
        assert (await http.get("/targets/000PKXK4")).json()["id"] == "000PKXK4"


async def test_every_operation_of_the_spec_is_answered(local: httpx.AsyncClient) -> None:
    operations = [
        (path, method, operation)
        for path, item in SPEC["paths"].items()
        for method, operation in item.items()
        if method in ("get", "put", "post", "delete", "patch")
    ]
    assert len(operations) >= 12
    for path, method, operation in operations:
        concrete = re.sub(r"\{[^}]+\}", "1", path)
        content = operation.get("requestBody", {}).get("content", {})
        media_type = next(iter(content), None)
        headers = {"Content-Type": media_type} if media_type else {}
        response = await local.request(method.upper(), concrete, content=b"{}" if media_type else b"", headers=headers)
        codes = operation["responses"]
        documented = {int(code) for code in codes if code.isdigit()} | {400, 404}
        if "2XX" in codes:
            documented |= set(range(200, 300))
        assert response.status_code in documented, (method, path, response.status_code)
        assert response.status_code != 405
