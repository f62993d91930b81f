"""The spec itself: valid OpenAPI, honest to the seed documents, and fully generated."""

import importlib
import json
from importlib import resources
from typing import Any

import bundle
import pytest
from openapi_spec_validator import validate

from tests import seed_facts as seed

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
    """The spec still says what the seed documents say (it may say more: NP6 adds, the seeds stay)."""
    paths, schemas = spec["paths"], spec["components"]["schemas"]
    put = paths[seed.SEGMENT_TARGETS_PATH]["put"]
    assert put["deprecated"] is True
    assert put["requestBody"]["content"]["application/json"]["schema"]["maxItems"] == seed.SEGMENT_TARGETS_MAX_ITEMS
    assert put["responses"]["200"]["content"]["application/json"]["schema"] == seed.SEGMENT_TARGETS_ADDED
    assert paths[seed.SEGMENT_TARGETS_PATH]["parameters"][0]["schema"]["format"] == seed.SEGMENT_ID_FORMAT
    get_target = paths[seed.TARGET_PATH]["get"]
    assert get_target["x-np6-experimental"] is True
    assert seed.TARGET_FILTER_MEDIA_TYPE in get_target["requestBody"]["content"]
    assert set(seed.BOUNCE_TYPES) <= set(schemas["Bounce"]["properties"]["type"]["enum"])
    for kind in seed.TRACKING_EXPORTS:
        op = paths[f"/actions/{{id}}/export/tracking/{kind}"]["get"]
        assert op["deprecated"] is True
        assert "204" in op["responses"]
    assert set(seed.RENDER_DISPLAY_VALUES) <= set(schemas["RenderContext"]["properties"]["display"]["enum"])
    for kind in seed.EVENT_EXPORTS:
        op = paths[f"/notifications/{{id}}/events/{kind}"]["get"]
        names = [p["$ref"].rsplit("/", 1)[1] for p in op["parameters"]]
        assert names[: len(seed.EVENT_PARAMETERS)] == list(seed.EVENT_PARAMETERS)
    assert set(seed.EVENT_SORT) <= set(schemas["EventSort"]["enum"])


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
