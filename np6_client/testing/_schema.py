"""Checks of request bodies and of path and query values against the spec's schemas.

Bodies are checked as JSON; path and query values arrive as text, so they are first read as the
type their schema names (an integer, a number, a boolean) and then checked the same way.
"""

from __future__ import annotations

import math
import re
from typing import Any

from np6_client.testing._jsonschema import checker_for
from np6_client.testing._operation_table import Schema, Spec

__all__ = ["check_text", "check_value"]

# At most 19 digits: int64, as NP6 reads its integers (and far below Python's int() digit limit).
_INTEGER_TEXT = re.compile(r"[+-]?[0-9]{1,19}", re.ASCII)
_NUMBER_TEXT = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?", re.ASCII)


def check_value(value: Any, raw: Schema, spec: Spec, where: str = "body") -> str | None:
    """Why `value` does not match the schema, or None when it does."""
    return checker_for(spec).problem(value, raw, where)


def _typed(text: str, expected: Any) -> Any:
    """The text as the JSON value its schema's type calls for; the text itself when it is not one."""
    if expected == "integer" and _INTEGER_TEXT.fullmatch(text):
        return int(text)
    if expected == "number" and _NUMBER_TEXT.fullmatch(text) and math.isfinite(number := float(text)):
        return number
    if expected == "boolean" and text in ("true", "false"):
        return text == "true"
    return text


def check_text(text: str, raw: Schema, spec: Spec, where: str) -> str | None:
    """Why a path or query value (always text on the wire) does not match its schema, or None."""
    schema = spec.resolve(raw)
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        if all(check_text(text, option, spec, where) for option in options):
            return f"{where}: matches none of the allowed forms"
        return None
    return check_value(_typed(text, schema.get("type")), schema, spec, where)
