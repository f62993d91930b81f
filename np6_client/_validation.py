"""Check a request against the spec before anything is sent.

Driven by the bundled spec shipped in `_generated/openapi.json`, so every operation, present and
future, gets the same checks: an empty path parameter, and a JSON body that breaks its schema
(`maxItems: 50` on segment targets, a required member, a wrong type ...). Bodies are judged by
the OpenAPI 3.0 validator of `_schema_validator`, the one the fake NP6 server uses too, so both
judge `nullable`, formats and the rest alike. The error names the field; the body is never echoed in full.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from datetime import datetime
from importlib import resources
from typing import Any

import attrs
import httpx
from jsonschema.exceptions import ValidationError, best_match
from jsonschema.protocols import Validator

from ._exceptions import InvalidRequestError
from ._schema_validator import schema_validator

_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
_PARAM = re.compile(r"\{([^}]+)\}")


@attrs.frozen
class Operation:
    """What the checks need to know about one operation of the spec."""

    method: str
    template: str
    pattern: re.Pattern[str]
    loose_pattern: re.Pattern[str]
    params: tuple[str, ...]
    body_required: bool
    bodies: dict[str, Validator]
    datetime_query: tuple[str, ...]
    answers: dict[int, str]  # the JSON type of each documented 2xx body


def _compile_path(template: str, segment: str) -> re.Pattern[str]:
    parts = _PARAM.split(template)
    regex = "".join(re.escape(part) if i % 2 == 0 else segment for i, part in enumerate(parts))
    return re.compile(f"^{regex}$")


def _is_json(media_type: str) -> bool:
    """JSON bodies, including NP6's vendor types (all JSON); files and forms are not checked."""
    return media_type.endswith("json") or media_type.startswith("application/vnd.")


def _deref(node: Any, spec: dict[str, Any]) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = functools.reduce(lambda parent, key: parent[key], node["$ref"][2:].split("/"), spec)
    return node


def _is_datetime(schema: Any, spec: dict[str, Any]) -> bool:
    schema = _deref(schema, spec)
    if not isinstance(schema, dict):
        return False
    options = [schema, *schema.get("anyOf", [])]  # the spec writes "a date-time or milliseconds" as anyOf
    return any(_deref(option, spec).get("format") == "date-time" for option in options)


def _datetime_query(parameters: list[Any], spec: dict[str, Any]) -> tuple[str, ...]:
    resolved = [_deref(parameter, spec) for parameter in parameters]
    return tuple(p["name"] for p in resolved if p.get("in") == "query" and _is_datetime(p.get("schema"), spec))


def _json_kind(schema: Any, spec: dict[str, Any]) -> str | None:
    kind = _deref(schema, spec).get("type") if isinstance(schema, dict) else None
    return kind if isinstance(kind, str) else None


def _answers(operation: dict[str, Any], spec: dict[str, Any]) -> dict[int, str]:
    answers: dict[int, str] = {}
    for status, answer in operation.get("responses", {}).items():
        if not (status.isdigit() and status.startswith("2")):
            continue
        content = _deref(answer, spec).get("content", {})
        kinds = {_json_kind(media.get("schema"), spec) for media_type, media in content.items() if _is_json(media_type)}
        if len(kinds) == 1 and (kind := kinds.pop()) is not None:
            answers[int(status)] = kind
    return answers


def _operations(spec: dict[str, Any]) -> Iterator[Operation]:
    components = spec.get("components", {})
    for template, item in spec["paths"].items():
        for method in _METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            bodies: dict[str, Validator] = {}
            request_body = operation.get("requestBody") or {}
            content = request_body.get("content", {})
            for media_type, media in content.items():
                if "schema" in media and _is_json(media_type):
                    bodies[media_type] = schema_validator(media["schema"], components)
            yield Operation(
                method=method.upper(),
                template=template,
                pattern=_compile_path(template, "[^/]+"),
                loose_pattern=_compile_path(template, "([^/]*)"),
                params=tuple(_PARAM.findall(template)),
                body_required=bool(request_body.get("required")),
                bodies=bodies,
                datetime_query=_datetime_query(item.get("parameters", []) + operation.get("parameters", []), spec),
                answers=_answers(operation, spec),
            )


@attrs.frozen
class _Index:
    literal: dict[tuple[str, str], Operation]
    templated: dict[str, tuple[Operation, ...]]


@functools.cache
def _index() -> _Index:
    text = resources.files("np6_client._generated").joinpath("openapi.json").read_text(encoding="utf-8")
    operations = list(_operations(json.loads(text)))
    templated: dict[str, list[Operation]] = {}
    for operation in operations:
        if operation.params:
            templated.setdefault(operation.method, []).append(operation)
    return _Index(
        literal={(op.method, op.template): op for op in operations if not op.params},
        templated={method: tuple(ops) for method, ops in templated.items()},
    )


def _find(method: str, path: str) -> Operation | None:
    index = _index()
    operation = index.literal.get((method, path))  # a literal path wins over a template that matches it
    if operation is not None:
        return operation
    candidates = index.templated.get(method, ())
    for operation in candidates:
        if operation.pattern.match(path):
            return operation
    for operation in candidates:
        match = operation.loose_pattern.match(path)
        if match:
            empty = [name for name, value in zip(operation.params, match.groups(), strict=True) if not value]
            raise InvalidRequestError(empty[0] if empty else "path", "must not be empty")
    return None


def _describe(error: ValidationError) -> InvalidRequestError:
    field = "body" + "".join(f"[{part!r}]" for part in error.absolute_path)
    instance: Any = error.instance
    limit = error.validator_value
    if error.validator == "required" and isinstance(instance, dict) and isinstance(limit, list):
        missing = next(name for name in limit if name not in instance)
        return InvalidRequestError(f"{field}[{missing!r}]", "required")
    problems = {
        "maxItems": lambda: f"has {len(instance)} items; at most {limit} are allowed",
        "minItems": lambda: f"has {len(instance)} items; at least {limit} are required",
        "type": lambda: f"must be of type {limit}, not {type(instance).__name__}",
        "enum": lambda: f"must be one of {limit}",
    }
    problem = problems.get(str(error.validator), lambda: error.message[:200])()
    return InvalidRequestError(field, problem)


def _check_datetime(name: str, value: str | None) -> None:
    """A date-time without an offset means a different instant on NP6's side than on ours."""
    if value is None or value.lstrip("-").isdigit():
        return
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidRequestError(name, f"{value!r} is neither an ISO 8601 date-time nor milliseconds") from None
    if moment.tzinfo is None:
        raise InvalidRequestError(name, "a date-time needs a UTC offset (a naive datetime is ambiguous)")


def answer_kind(operation: Operation, status: int) -> str | None:
    """The JSON type the spec gives the body of this 2xx status (array, object, integer ...)."""
    return operation.answers.get(status)


def validate_request(request: httpx.Request, path: str | None = None) -> Operation | None:
    """Raise `InvalidRequestError` if the request breaks the spec; unknown paths pass through.

    `path` is the request's path as the spec writes it (without a base URL prefix).
    """
    operation = _find(request.method, request.url.path if path is None else path)
    if operation is None:
        return None
    _check(operation, request)
    return operation


def _check(operation: Operation, request: httpx.Request) -> None:
    for name in operation.datetime_query:
        _check_datetime(name, request.url.params.get(name))
    content = request.content
    if not content:
        if operation.body_required:
            raise InvalidRequestError("body", "is required")
        return
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()  # media types ignore case
    validator = operation.bodies.get(media_type)
    if validator is None:
        return
    try:
        body = json.loads(content)
        error = best_match(validator.iter_errors(body))
    except ValueError as exc:
        raise InvalidRequestError("body", f"is not JSON: {exc}") from None
    except RecursionError as exc:
        raise InvalidRequestError("body", "nests too deeply to be checked") from exc
    if error is not None:
        raise _describe(error)
