"""Checks of request bodies and query values against the spec's schemas.

Only the subset of JSON Schema that the NP6 document uses is covered; it is enough to answer 400
for what the real API rejects (wrong types, too many items, values outside an enum).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from np6_client.testing._spec import Schema, Spec

_INTEGER_TEXT = re.compile(r"[+-]?\d+")
_TYPE_CHECKS: dict[str, Callable[[Any], bool]] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
}


def parse_datetime(text: str) -> datetime | None:
    """An ISO 8601 date-time (a date alone is not one), or None."""
    if "T" not in text.upper() and " " not in text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def check_value(value: Any, raw: Schema, spec: Spec, where: str = "body") -> str | None:
    """Why `value` does not match the schema, or None when it does."""
    schema = spec.resolve(raw)
    if value is None:
        return None if schema.get("nullable") else f"{where}: null is not allowed"
    for check in (_check_combined, _check_scalar, _check_container):
        problem = check(value, schema, spec, where)
        if problem:
            return problem
    return None


def _check_combined(value: Any, schema: Mapping[str, Any], spec: Spec, where: str) -> str | None:
    for alternatives in ("anyOf", "oneOf"):
        options = schema.get(alternatives)
        if options and all(check_value(value, option, spec, where) for option in options):
            return f"{where}: matches none of the allowed forms"
    for part in schema.get("allOf", ()):
        problem = check_value(value, part, spec, where)
        if problem:
            return problem
    return None


def _check_scalar(value: Any, schema: Mapping[str, Any], spec: Spec, where: str) -> str | None:
    expected = schema.get("type")
    if expected in _TYPE_CHECKS and not _TYPE_CHECKS[expected](value):
        return f"{where}: expected {expected}"
    if "enum" in schema and value not in schema["enum"]:
        return f"{where}: not one of {schema['enum']}"
    if isinstance(value, str) and schema.get("format") == "date-time" and parse_datetime(value) is None:
        return f"{where}: not an ISO 8601 date-time"
    return None


def _check_container(value: Any, schema: Mapping[str, Any], spec: Spec, where: str) -> str | None:
    if isinstance(value, list):
        return _check_array(value, schema, spec, where)
    if isinstance(value, dict):
        return _check_object(value, schema, spec, where)
    return None


def _check_array(value: list[Any], schema: Mapping[str, Any], spec: Spec, where: str) -> str | None:
    if "maxItems" in schema and len(value) > schema["maxItems"]:
        return f"{where}: more than {schema['maxItems']} items"
    if "minItems" in schema and len(value) < schema["minItems"]:
        return f"{where}: fewer than {schema['minItems']} items"
    items = schema.get("items")
    if items is not None:
        for index, item in enumerate(value):
            problem = check_value(item, items, spec, f"{where}[{index}]")
            if problem:
                return problem
    return None


def _check_object(value: dict[str, Any], schema: Mapping[str, Any], spec: Spec, where: str) -> str | None:
    for name in schema.get("required", ()):
        if name not in value:
            return f"{where}.{name}: missing"
    properties: Mapping[str, Schema] = schema.get("properties", {})
    for name, member in value.items():
        if name in properties:
            problem = check_value(member, properties[name], spec, f"{where}.{name}")
            if problem:
                return problem
        elif schema.get("additionalProperties") is False:
            return f"{where}.{name}: not allowed"
    return None


def check_text(text: str, raw: Schema, spec: Spec, where: str) -> str | None:
    """Why a path or query value (always text on the wire) does not match its schema, or None."""
    schema = spec.resolve(raw)
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        if all(check_text(text, option, spec, where) for option in options):
            return f"{where}: matches none of the allowed forms"
        return None
    expected = schema.get("type")
    value: Any = text
    if expected == "integer":
        if not _INTEGER_TEXT.fullmatch(text):
            return f"{where}: expected an integer"
        value = int(text)
    elif expected == "number":
        try:
            value = float(text)
        except ValueError:
            return f"{where}: expected a number"
    elif expected == "boolean":
        if text not in ("true", "false"):
            return f"{where}: expected true or false"
        value = text == "true"
    return check_value(value, schema, spec, where)
