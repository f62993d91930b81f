"""The spec's OpenAPI 3.0 schemas as JSON Schema validators.

Request checks and the shaping of stored resources into answers must agree with what a spec-driven
client or contract tester accepts, so they use a real validator (every keyword, formats included)
rather than a subset. OpenAPI 3.0 differs from JSON Schema draft 4 mainly by `nullable`, which
becomes `anyOf [schema, null]` here; annotations it adds (`example`, `discriminator`, ...) are
ignored by the validator anyway.
"""

from __future__ import annotations

import re
import threading
import uuid
import weakref
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from jsonschema import Draft4Validator, FormatChecker
from jsonschema.exceptions import ValidationError, best_match

from np6_client.testing._spec import Schema, Spec

_RFC3339 = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})",
    re.ASCII,
)
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", re.ASCII)
_INT_BOUNDS = {"int32": 2**31, "int64": 2**63}
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
_SCHEMA_SINGLES = ("items", "not")


def parse_datetime(text: str) -> datetime | None:
    """An RFC 3339 date-time (what OpenAPI's `date-time` format means), or None."""
    if not _RFC3339.fullmatch(text):
        return None
    try:
        return datetime.fromisoformat(text.upper())
    except ValueError:
        return None


def _formats() -> FormatChecker:
    checker = FormatChecker(formats=())

    @checker.checks("date-time")
    def is_datetime(value: object) -> bool:
        return not isinstance(value, str) or parse_datetime(value) is not None

    @checker.checks("uuid")
    def is_uuid(value: object) -> bool:
        return not isinstance(value, str) or _UUID.fullmatch(value) is not None

    for name, bound in _INT_BOUNDS.items():

        def in_range(value: object, bound: int = bound) -> bool:
            is_int = isinstance(value, int) and not isinstance(value, bool)
            return not is_int or -bound <= value < bound  # type: ignore[operator]

        checker.checks(name)(in_range)
    return checker


FORMATS = _formats()


def to_json_schema(node: Any) -> Any:
    """A draft 4 JSON Schema equivalent to an OpenAPI 3.0 schema object (references kept as they are)."""
    if not isinstance(node, Mapping):
        return node
    if "$ref" in node:
        # OpenAPI 3.0 ignores the siblings of a reference; `nullable` is honoured, as tools do.
        converted: dict[str, Any] = {"$ref": node["$ref"]}
    else:
        converted = dict(node)
        for key in _SCHEMA_SINGLES:
            if key in node:
                converted[key] = to_json_schema(node[key])
        for key in _SCHEMA_LISTS:
            if key in node:
                converted[key] = [to_json_schema(part) for part in node[key]]
        if isinstance(node.get("additionalProperties"), Mapping):
            converted["additionalProperties"] = to_json_schema(node["additionalProperties"])
        if "properties" in node:
            converted["properties"] = {name: to_json_schema(part) for name, part in node["properties"].items()}
        converted.pop("nullable", None)
    if node.get("nullable") is True:
        return {"anyOf": [converted, {"type": "null"}]}
    return converted


class SchemaChecker:
    """Validators for the schema objects of one spec, built once per schema object."""

    def __init__(self, spec: Spec) -> None:
        schemas = spec.document.get("components", {}).get("schemas", {})
        self._components = {"schemas": {name: to_json_schema(node) for name, node in schemas.items()}}
        self._lock = threading.Lock()
        # Keyed by id(): the schema objects belong to the spec document, which outlives the checker.
        self._validators: dict[int, tuple[Schema, Draft4Validator]] = {}

    def _validator(self, schema: Schema) -> Draft4Validator:
        found = self._validators.get(id(schema))
        if found is not None and found[0] is schema:
            return found[1]
        root = {"allOf": [to_json_schema(schema)], "components": self._components}
        validator = Draft4Validator(root, format_checker=FORMATS)
        with self._lock:
            self._validators[id(schema)] = (schema, validator)
        return validator

    def problem(self, value: Any, schema: Schema, where: str = "body") -> str | None:
        """Why `value` does not match the schema, or None when it does."""
        error: ValidationError | None = best_match(self._validator(schema).iter_errors(value))
        if error is None:
            return None
        path = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in error.absolute_path)
        return f"{where}{path}: {error.message}"

    def is_valid(self, value: Any, schema: Schema) -> bool:
        """Whether `value` matches the schema."""
        return bool(self._validator(schema).is_valid(value))


_CHECKERS: weakref.WeakKeyDictionary[Spec, SchemaChecker] = weakref.WeakKeyDictionary()
_CHECKERS_LOCK = threading.Lock()


def checker_for(spec: Spec) -> SchemaChecker:
    """The spec's checker, created on first use."""
    with _CHECKERS_LOCK:
        checker = _CHECKERS.get(spec)
        if checker is None:
            checker = _CHECKERS[spec] = SchemaChecker(spec)
        return checker


def is_uuid(text: str) -> bool:
    """Whether `text` is a hyphenated UUID."""
    return _UUID.fullmatch(text) is not None


def canonical_uuid(text: str) -> str:
    """The lower-case form of a UUID, so that one id has one key."""
    return str(uuid.UUID(text))
