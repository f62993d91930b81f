"""Every operation of the spec, called through the SDK against the fake on loopback.

Parametrised over the bundled spec, so an operation added to `openapi/` is exercised with no new
test code: the arguments are built from the function's signature and the spec (examples first),
and the test checks the wire (method, path, query values, content type, body) and the parsed result.
What the wire must carry is derived from the spec's JSON values themselves (the example or sample
the arguments were built from), never from the SDK's own models.
"""

from __future__ import annotations

import collections.abc
import datetime as dt
import enum
import importlib
import inspect
import io
import json
import types
import typing
import uuid
from importlib import resources
from typing import Any
from urllib.parse import quote

import jsonschema
import pytest
from openapi_python_client.strings import PythonIdentifier

from np6_client import NP6Client, Unset
from np6_client._generated.types import File
from np6_client.testing import FakeNP6

SPEC: dict[str, Any] = json.loads(resources.files("np6_client._generated").joinpath("openapi.json").read_text("utf-8"))
METHODS = ("get", "put", "post", "delete", "patch")


def deref(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def sample(schema: Any, depth: int = 0) -> Any:
    """A value valid for `schema`: its example, else the smallest one with every required member."""
    schema = deref(schema)
    if "example" in schema:
        return schema["example"]
    if "enum" in schema:
        return schema["enum"][-1]  # not the first: a value hard-wired to a default shows
    for combined in ("allOf", "anyOf", "oneOf"):
        if schema.get(combined):
            return sample(schema[combined][0], depth + 1)
    kind = schema.get("type", "object")
    if kind == "array":
        return [sample(schema.get("items", {}), depth + 1)] if depth < 4 else []
    if kind == "object":
        props = schema.get("properties", {})
        return {name: sample(props.get(name, {}), depth + 1) for name in schema.get("required", [])}
    if schema.get("format") == "date-time":
        return "2024-01-15T09:30:00Z"
    if schema.get("format") == "uuid":
        return "6218c222-bd9f-4d43-9cbb-d1adfe7e63bd"
    return {"string": "1", "integer": 1, "number": 1.5, "boolean": True}.get(kind, "1")


def example_or_sample(media: dict[str, Any]) -> Any:
    """The spec's example when it fits the schema (a few printed examples contradict it), else a sample."""
    schema = media.get("schema", {})
    if "example" in media:
        validator = jsonschema.Draft4Validator({"allOf": [schema], "components": SPEC["components"]})
        if validator.is_valid(media["example"]):
            return media["example"]
    return sample(schema)


def operations() -> list[tuple[str, str, dict[str, Any], list[dict[str, Any]]]]:
    found = []
    for path, item in SPEC["paths"].items():
        for method in METHODS:
            if method in item:
                shared = item.get("parameters", [])
                found.append(
                    (method, path, item[method], [deref(p) for p in shared + item[method].get("parameters", [])])
                )
    return found


def module_for(operation_id: str) -> types.ModuleType:
    api = importlib.import_module("np6_client._generated.api")
    for group in api.__all__:
        package = importlib.import_module(f"np6_client._generated.api.{group}")
        if operation_id in package.__all__:
            return importlib.import_module(f"{package.__name__}.{operation_id}")
    raise LookupError(operation_id)


def concrete(hint: Any) -> list[Any]:
    """The non-Unset members of a type hint."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return [arg for arg in typing.get_args(hint) if arg is not Unset]
    return [hint]


def value_for(hint: Any, raw: Any) -> Any:
    """Turn a JSON sample into what the generated function takes for `hint`."""
    for option in concrete(hint):
        origin = typing.get_origin(option)
        try:
            if origin in (list, collections.abc.Sequence):
                (inner,) = typing.get_args(option)
                items = raw if isinstance(raw, list) else [raw]
                return [value_for(inner, item) for item in items]
            if isinstance(option, type) and issubclass(option, enum.Enum):
                return option(raw)
            if option is File:
                return File(payload=io.BytesIO(b"email;firstname\nada@example.com;Ada\n"), file_name="contacts.csv")
            if option is dt.datetime:
                return dt.datetime(2024, 1, 15, 9, 30, tzinfo=dt.UTC)
            if option is uuid.UUID:
                return uuid.UUID(str(raw))
            if hasattr(option, "from_dict") and isinstance(raw, dict):
                return option.from_dict(raw)
            if option in (int, float, str, bool) and isinstance(raw, option):
                return raw
            if option is int:
                return 1
            if option is str:
                return str(raw)
            if option is bool:
                return True
        except (TypeError, ValueError, KeyError):
            continue
    return raw


SENT_DATETIME = dt.datetime(2024, 1, 15, 9, 30, tzinfo=dt.UTC)


def query_text(raw: Any, hint: Any) -> str:
    """What a query value must look like on the wire, from the spec's JSON value for it."""
    if any(option is dt.datetime for option in concrete(hint)) and not isinstance(raw, int):
        return SENT_DATETIME.isoformat()  # value_for sends this instant for any date-time
    if isinstance(raw, list):
        return ",".join(query_text(item, hint) for item in raw)
    if isinstance(raw, bool):
        return "true" if raw else "false"
    return str(raw)


def instant(text: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else None


def same_json(sent: Any, expected: Any) -> bool:
    """JSON equality where two spellings of one RFC 3339 instant count as equal."""
    if isinstance(expected, dict):
        return (
            isinstance(sent, dict)
            and sent.keys() == expected.keys()
            and all(same_json(sent[key], expected[key]) for key in expected)
        )
    if isinstance(expected, list):
        return isinstance(sent, list) and len(sent) == len(expected) and all(map(same_json, sent, expected))
    if isinstance(expected, str) and isinstance(sent, str) and sent != expected:
        return instant(sent) is not None and instant(sent) == instant(expected)
    return bool(sent == expected) and type(sent) is type(expected)


OPERATIONS = operations()
# Operations whose success depends on the account's state or needs a body member the spec's
# examples leave out: the state action "1" must be in, and the body.
ACTION_STATES = {"validate_action": 10, "unvalidate_action": 38}
RECIPIENT = {"recipient": {"type": "id", "value": "000PKXK4"}}
# Target bodies key values by the fake account's field ids (1 email, 2 firstname), not the
# example's ids of another account.
BODIES: dict[str, Any] = {
    "send_action_messages": [RECIPIENT],
    "send_action_message": RECIPIENT,
    "create_target": {"1": "new.contact@example.com", "2": "Ada"},
    "upsert_target": {"2": "Ada"},
}


@pytest.mark.parametrize(
    ("method", "path", "operation", "parameters"),
    OPERATIONS,
    ids=[op["operationId"] for _, _, op, _ in OPERATIONS],
)
async def test_operation_through_the_sdk(
    np6: NP6Client, fake: FakeNP6, method: str, path: str, operation: dict[str, Any], parameters: list[dict[str, Any]]
) -> None:
    module = module_for(operation["operationId"])
    hints = typing.get_type_hints(module.asyncio)
    signature = inspect.signature(module.asyncio)
    kwargs: dict[str, Any] = {}
    wire_path = path
    query: dict[str, Any] = {}
    for parameter in parameters:
        python_name = str(PythonIdentifier(parameter["name"], "field_"))
        raw = parameter.get("example", sample(parameter.get("schema", {})))
        if parameter["in"] == "path" and parameter["name"] == "id" and path.startswith("/targets/{id}"):
            raw = fake.target_ids[0]
        if parameter["in"] == "path" and parameter["name"] == "targetId":
            raw = fake.target_ids[0]
        if operation["operationId"] in {"find_targets", "upsert_target"}:  # needs an existing target's values
            first = fake.target(fake.target_ids[0])
            raw = first["hash"] if parameter["name"] == "hash" else [first["fields"]["1"]]
        value = value_for(hints[python_name], raw)
        kwargs[python_name] = value
        if parameter["in"] == "path":
            wire_path = wire_path.replace("{" + parameter["name"] + "}", quote(str(raw), safe=""))
        elif parameter["in"] == "query":
            query[parameter["name"]] = query_text(raw, hints[python_name])
    content_types: list[str] = []
    body: Any = None
    if "body" in signature.parameters:
        content = operation["requestBody"]["content"]
        content_types = list(content)
        media = content[content_types[0]]
        raw_body = BODIES.get(operation["operationId"], example_or_sample(media))
        body = value_for(hints["body"], raw_body)
        kwargs["body"] = body
    if operation["operationId"] in ACTION_STATES:
        fake.set_action_state("1", ACTION_STATES[operation["operationId"]])
    fake.reset_requests()

    result = await module.asyncio_detailed(client=np6, **kwargs)

    assert 200 <= result.status_code < 300
    sent = fake.requests[-1]
    assert sent.method == method.upper()
    assert sent.path == wire_path
    assert sent.query == query
    if isinstance(body, File):
        assert sent.headers["content-type"] in content_types
        assert sent.body.startswith(b"email;firstname")
    elif body is not None:
        assert sent.headers["content-type"] in content_types
        assert same_json(sent.json(), raw_body), (sent.json(), raw_body)
    else:
        assert sent.body == b""
    returned = hints["return"]
    if returned is type(None):
        assert result.parsed is None
    elif typing.get_origin(returned) is list:
        (item_type,) = typing.get_args(returned)
        assert isinstance(result.parsed, list)
        if isinstance(item_type, type):
            assert all(isinstance(item, item_type) for item in result.parsed)
    elif isinstance(returned, type):
        assert isinstance(result.parsed, returned)
