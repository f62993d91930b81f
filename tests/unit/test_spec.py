"""The spec itself: valid OpenAPI, honest to the seed documents, and fully generated."""

import importlib
import json
from importlib import resources
from typing import Any

import bundle
import pytest
from openapi_spec_validator import validate

METHODS = ("get", "put", "post", "delete", "patch")


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return bundle.bundle()


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(m, p, op) for p, item in spec["paths"].items() for m, op in item.items() if m in METHODS]


def test_bundle_is_valid_openapi(spec: dict[str, Any]) -> None:
    validate(spec)


def test_shipped_spec_is_the_bundle(spec: dict[str, Any]) -> None:
    shipped = json.loads(resources.files("np6_client._generated").joinpath("openapi.json").read_text("utf-8"))
    assert shipped == spec


def test_operation_ids_are_unique_verbs_and_tags_are_menu_groups(spec: dict[str, Any]) -> None:
    groups = {tag["name"] for tag in spec["tags"]}
    ids = [op["operationId"] for _, _, op in operations(spec)]
    assert len(ids) == len(set(ids))
    for _, _, op in operations(spec):
        assert op["tags"][0] in groups
        assert op["operationId"].split("_")[0] in {
            "get",
            "list",
            "find",
            "count",
            "create",
            "update",
            "replace",
            "upsert",
            "set",
            "delete",
            "clear",
            "add",
            "duplicate",
            "validate",
            "unvalidate",
            "render",
            "send",
            "execute",
            "export",
            "upload",
        }, op["operationId"]


def test_x_key_is_a_global_security_scheme_not_a_parameter(spec: dict[str, Any]) -> None:
    assert spec["security"] == [{"XKey": []}]
    assert spec["components"]["securitySchemes"]["XKey"] == {
        **spec["components"]["securitySchemes"]["XKey"],
        "type": "apiKey",
        "in": "header",
        "name": "X-Key",
    }
    for _, _, op in operations(spec):
        assert all(p.get("name") != "X-Key" for p in op.get("parameters", []))


def test_seed_details(spec: dict[str, Any]) -> None:
    paths = spec["paths"]
    put = paths["/segments/{id}/targets"]["put"]
    assert put["deprecated"] is True
    assert put["requestBody"]["content"]["application/json"]["schema"]["maxItems"] == 50
    assert put["responses"]["200"]["content"]["application/json"]["schema"] == {
        "type": "integer",
        "format": "int32",
    }
    assert paths["/segments/{id}/targets"]["parameters"][0]["schema"]["format"] == "int32"
    get_target = paths["/targets/{id}"]["get"]
    assert get_target["x-np6-experimental"] is True
    assert "application/vnd.mperf.v8.model.v1+json" in get_target["requestBody"]["content"]
    bounce_types = spec["components"]["schemas"]["Bounce"]["properties"]["type"]["enum"]
    assert bounce_types == [
        "Validé",
        "Soft",
        "ReportAsSpam",
        "HardDomain",
        "HardUser",
        "HardOther",
        "HardRules",
    ]
    for kind in ("opens", "clicks"):
        op = paths[f"/actions/{{id}}/export/tracking/{kind}"]["get"]
        assert op["deprecated"] is True
        assert "204" in op["responses"]
    display = spec["components"]["schemas"]["RenderContext"]["properties"]["display"]["enum"]
    assert display == [0, 1, 2, 4, 8, 16]
    for kind in ("activations", "executions", "cancellations"):
        op = paths[f"/notifications/{{id}}/events/{kind}"]["get"]
        names = [p["$ref"].rsplit("/", 1)[1] for p in op["parameters"]]
        assert names == ["NotificationId", "EventStart", "EventEnd", "EventSort"]
    assert spec["components"]["schemas"]["EventSort"]["enum"] == ["asc", "desc"]


def test_deprecated_and_experimental_reach_the_docstrings(spec: dict[str, Any]) -> None:
    from np6_client.api import contact, segment

    assert "Deprecated" in (segment.add_segment_targets.asyncio.__doc__ or "")
    assert "Experimental" in (contact.get_target.asyncio.__doc__ or "")


def test_every_operation_has_an_importable_async_function(spec: dict[str, Any]) -> None:
    api = importlib.import_module("np6_client._generated.api")
    for _, _, op in operations(spec):
        tag_module = next(
            name
            for name in api.__all__
            if op["operationId"] in importlib.import_module(f"np6_client._generated.api.{name}").__all__
        )
        module = importlib.import_module(f"np6_client._generated.api.{tag_module}.{op['operationId']}")
        assert callable(module.asyncio)
        assert callable(module.asyncio_detailed)


def test_event_arrays_stream(spec: dict[str, Any]) -> None:
    from np6_client.api import notification

    assert callable(notification.list_notification_activations.stream)
    events = [s for s, v in spec["components"]["schemas"].items() if v.get("x-np6-event")]
    assert "NotificationEvent" in events
