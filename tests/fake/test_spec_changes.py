"""The fake follows its spec when NP6 changes: shapes come from the spec, ids from the parameter types.

Each test edits a copy of the bundled spec as NP6 might, and starts a fake on it.
"""

import copy
from typing import Any

import httpx
import pytest

from np6_client.testing import FakeNP6, HandlerShapeError

from .conftest import API_KEY, SPEC, numbers_in, op_path, operation_of


def _edited() -> dict[str, Any]:
    return copy.deepcopy(SPEC)


def _operation(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    template, method = operation_of(operation_id)
    found: dict[str, Any] = spec["paths"][template][method.lower()]
    return found


def _required_query(spec: dict[str, Any], operation_id: str) -> dict[str, str]:
    """A value for each query parameter the operation requires (NP6 may add one)."""
    found = {}
    for raw in _operation(spec, operation_id).get("parameters", []):
        parameter = spec["components"]["parameters"][raw["$ref"].rsplit("/", 1)[1]] if "$ref" in raw else raw
        if parameter["in"] == "query" and parameter.get("required"):
            schema = parameter.get("schema", {})
            found[parameter["name"]] = str(schema["enum"][0] if "enum" in schema else 1)
    return found


async def _get(fake: FakeNP6, path: str, params: dict[str, str] | None = None) -> httpx.Response:
    transport = httpx.ASGITransport(app=fake.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://fake", headers={"X-Key": API_KEY}) as http:
        return await http.get(path, params=params)


def test_a_target_answer_the_spec_no_longer_allows_stops_the_fake_at_start() -> None:
    spec = _edited()
    spec["components"]["schemas"]["Target"]["properties"]["fields"] = {"type": "array", "items": {}}
    with pytest.raises(HandlerShapeError) as raised:
        FakeNP6(api_keys=(API_KEY,), spec=spec)
    message = str(raised.value)
    template, method = operation_of("get_target")
    assert "np6_client.testing._targets.get_target" in message
    assert f"get_target ({method} {template})" in message
    assert "answer.fields" in message


def test_the_seed_spec_starts_without_complaint() -> None:
    FakeNP6(api_keys=(API_KEY,))


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "array", "items": {"$ref": "#/components/schemas/TargetsCount"}},
        {"type": "integer", "format": "int64"},
        {"type": "object", "properties": {"total": {"type": "object", "properties": {"n": {"type": "number"}}}}},
    ],
)
async def test_a_count_takes_whatever_shape_its_answer_schema_gives_it(schema: dict[str, Any]) -> None:
    spec = _edited()
    _operation(spec, "count_targets")["responses"]["200"]["content"]["application/json"]["schema"] = schema
    fake = FakeNP6(api_keys=(API_KEY,), spec=spec)
    answer = (await _get(fake, op_path("count_targets"))).json()
    assert numbers_in(answer) == [len(fake.target_ids)]
    assert isinstance(answer, list) == (schema.get("type") == "array")


def test_a_count_whose_schema_has_no_number_stops_the_fake_at_start() -> None:
    spec = _edited()
    _operation(spec, "count_targets")["responses"]["200"]["content"]["application/json"]["schema"] = {"type": "string"}
    with pytest.raises(HandlerShapeError, match=r"count_targets \(GET .*\).*no number"):
        FakeNP6(api_keys=(API_KEY,), spec=spec)


async def test_an_integer_id_named_by_a_string_path_parameter_stays_an_integer_and_unique() -> None:
    spec = _edited()
    for parameter in _operation(spec, "get_value_list")["parameters"]:
        if parameter["in"] == "path":
            parameter["schema"] = {"type": "string"}
    fake = FakeNP6(api_keys=(API_KEY,), spec=spec)
    listed = (await _get(fake, op_path("list_value_lists"), _required_query(spec, "list_value_lists"))).json()
    ids = [item["id"] for item in listed]
    assert len(ids) == len(set(ids)) == len(listed) > 1
    assert all(isinstance(item_id, int) for item_id in ids)
    for item_id in ids:
        got = await _get(fake, op_path("get_value_list", id=item_id))
        assert (got.status_code, got.json()["id"]) == (200, item_id)


def test_a_send_result_the_spec_no_longer_allows_stops_the_fake_at_start() -> None:
    spec = _edited()
    result = spec["components"]["schemas"]["ActionExecutionResult"]
    result["properties"]["channel"] = {"type": "string"}
    result["required"] = [*result.get("required", []), "channel"]
    with pytest.raises(HandlerShapeError) as raised:
        FakeNP6(api_keys=(API_KEY,), spec=spec)
    template, method = operation_of("send_action_messages")
    assert "np6_client.testing._action_handlers.send_action_messages" in str(raised.value)
    assert f"send_action_messages ({method} {template})" in str(raised.value)


async def test_an_example_the_schema_has_outgrown_is_completed_from_the_schema() -> None:
    spec = _edited()
    period = spec["components"]["schemas"]["WorkflowCappingPeriod"]
    period["properties"]["zone"] = {"type": "string"}
    period["required"] = [*period.get("required", []), "zone"]
    fake = FakeNP6(api_keys=(API_KEY,), spec=spec)
    answer = (await _get(fake, op_path("list_workflow_capping", id=1))).json()
    assert answer and all("zone" in item["period"] for item in answer)
