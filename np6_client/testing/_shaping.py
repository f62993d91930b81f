"""Turning a stored item into an answer that its operation's response schema accepts.

One item is read through several schemas (an action is stored as created and listed as a summary),
and merges or replacements may leave members the answer's schema does not allow. Members that fit
are kept as they are; the others are shaped in turn, or taken from the operation's example, or
dropped; required members that are missing come from the example.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from np6_client.testing._jsonschema import SchemaChecker
from np6_client.testing._operation_table import Schema, Spec, minimal_instance

_MISSING = object()


class Shaper:
    """Shapes values for the schemas of one spec."""

    def __init__(self, spec: Spec, checker: SchemaChecker) -> None:
        self._spec = spec
        self._checker = checker

    def shape(self, value: Any, raw: Schema, example: Any) -> Any:
        """`value` made valid for the schema, falling back on `example` where it cannot be."""
        schema = self._spec.resolve(raw)
        if self._checker.is_valid(value, schema):
            return value
        if isinstance(value, list) and isinstance(schema.get("items"), Mapping):
            item_example = example[0] if isinstance(example, list) and example else None
            shaped_list = [self.shape(item, schema["items"], item_example) for item in value]
            if self._checker.is_valid(shaped_list, schema):
                return shaped_list
        if isinstance(value, Mapping):
            shaped = self._shape_object(value, schema, example if isinstance(example, Mapping) else {})
            if self._checker.is_valid(shaped, schema):
                return shaped
        if self._checker.is_valid(example, schema):
            return example
        return minimal_instance(self._spec, schema)

    def _shape_object(self, value: Mapping[str, Any], schema: Schema, example: Mapping[str, Any]) -> dict[str, Any]:
        properties: Mapping[str, Schema] = schema.get("properties", {})
        closed = schema.get("additionalProperties") is False
        shaped: dict[str, Any] = {}
        for name, member in value.items():
            if name not in properties:
                if not closed:
                    shaped[name] = member
                continue
            fitted = self._member(member, properties[name], example.get(name, _MISSING))
            if fitted is not _MISSING:
                shaped[name] = fitted
        for name in schema.get("required", ()):
            if name not in shaped:
                fallback = example.get(name, _MISSING)
                shaped[name] = (
                    fallback if fallback is not _MISSING else minimal_instance(self._spec, properties.get(name, {}))
                )
        return shaped

    def _member(self, value: Any, raw: Schema, example: Any) -> Any:
        schema = self._spec.resolve(raw)
        if self._checker.is_valid(value, schema):
            return value
        if isinstance(value, Mapping | list):
            shaped = self.shape(value, schema, None if example is _MISSING else example)
            if self._checker.is_valid(shaped, schema):
                return shaped
        if example is not _MISSING and self._checker.is_valid(example, schema):
            return example
        return _MISSING
