"""Turning a raw request into a checked call, or into the 400/404/415 NP6 would answer.

Every check reads the operation's spec: the documented request media types (415), the body and
query schemas (400) and the path parameter types (404 when a path cannot name a resource).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from np6_client.testing._events import EventSettings
from np6_client.testing._operation_table import Parameter, ServedOperation, Spec
from np6_client.testing._reply import Reply, empty_reply, refusal
from np6_client.testing._schema import check_text, check_value
from np6_client.testing._state import Store


@dataclass(frozen=True)
class CheckedRequest:
    """A request that passed the spec's checks, with what handlers need."""

    operation: ServedOperation
    path_params: Mapping[str, str]
    query: Mapping[str, str]
    body: Any
    store: Store
    events: EventSettings
    media_type: str | None = None


@dataclass(frozen=True)
class RawRequest:
    """The parts of a request that validation looks at; a query name may repeat."""

    route_params: Mapping[str, str]
    query: Mapping[str, Sequence[str]]
    content_type: str | None
    body: bytes


def _bad_request(problem: str) -> Reply:
    # NP6 answers its errors with an empty body; the problem is kept for `RecordedRequest.problem`.
    return refusal(400, problem)


def media_type_of(content_type: str | None) -> str | None:
    if content_type is None:
        return None
    return content_type.split(";", 1)[0].strip().lower()


def _is_json(media_type: str, schema: Mapping[str, Any]) -> bool:
    # NP6's vendor media types (application/vnd.np6.cm.v1, ...) carry JSON too; only a string
    # schema (a file or text upload) is taken as it is.
    return "json" in media_type or schema.get("type") != "string"


def check_request(operation: ServedOperation, spec: Spec, raw: RawRequest) -> tuple[Mapping[str, str], Any] | Reply:
    """(path parameters by spec name, parsed body) for a valid request, else the error answer."""
    path_params = {operation.route_names.get(name, name): value for name, value in raw.route_params.items()}
    for parameter in operation.parameters_in("path"):
        value = path_params.get(parameter.name)
        if value is None or check_text(value, parameter.schema, spec, parameter.name):
            return empty_reply(404)
    for parameter in operation.parameters_in("query"):
        texts = raw.query.get(parameter.name)
        if not texts:
            if parameter.required:
                return _bad_request(f"{parameter.name}: missing")
            continue
        problem = _check_query(parameter, texts, spec)
        if problem:
            return _bad_request(problem)
    body = _check_body(operation, spec, raw)
    if isinstance(body, Reply):
        return body
    return path_params, body


def _check_query(parameter: Parameter, texts: Sequence[str], spec: Spec) -> str | None:
    schema = spec.resolve(parameter.schema)
    if schema.get("type") != "array":
        return check_text(texts[-1], schema, spec, parameter.name)
    # Arrays come as repeated names (explode, the default) or as one comma-separated value.
    items = list(texts) if parameter.explode else [part for text in texts for part in text.split(",")]
    if "maxItems" in schema and len(items) > schema["maxItems"]:
        return f"{parameter.name}: more than {schema['maxItems']} values"
    for item in items:
        problem = check_text(item, schema.get("items", {}), spec, parameter.name)
        if problem:
            return problem
    return None


def _check_body(operation: ServedOperation, spec: Spec, raw: RawRequest) -> Any:
    if not operation.body_schemas:
        return None
    media_type = media_type_of(raw.content_type)
    schema = operation.body_schemas.get(media_type or "")
    # An empty upload (a file or text body) is a body; empty JSON is none.
    if not raw.body and (schema is None or _is_json(media_type or "", schema)):
        return _bad_request("a request body is required") if operation.body_required else None
    if media_type is None or schema is None:
        return empty_reply(415)
    if not _is_json(media_type, schema):
        return raw.body
    value = _parsed_json(raw.body)
    if isinstance(value, Reply):
        return value
    problem = check_value(value, schema, spec)
    return _bad_request(problem) if problem else value


def _parsed_json(body: bytes) -> Any:
    """The body's JSON, or the 400 for what is not JSON or nests too deeply to keep."""
    try:
        value = json.loads(body, parse_constant=_no_constant, parse_float=_finite_float)
    except (UnicodeDecodeError, ValueError):
        return _bad_request("the body is not JSON")
    except RecursionError:
        return _bad_request(f"the body nests deeper than {MAX_BODY_DEPTH} levels")
    if _depth(value) > MAX_BODY_DEPTH:
        return _bad_request(f"the body nests deeper than {MAX_BODY_DEPTH} levels")
    return value


MAX_BODY_DEPTH = 64
"""A guess (NP6 documents no limit): far deeper than any body it takes, shallow enough to store and echo."""


def _depth(value: Any) -> int:
    """How deep a parsed body nests, counted without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, level = stack.pop()
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else None
        if children is not None:
            deepest = max(deepest, level)
            stack.extend((child, level + 1) for child in children)
    return deepest


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _finite_float(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"{text[:20]} is out of range")
    return number
