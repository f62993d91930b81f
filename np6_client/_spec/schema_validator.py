"""The one OpenAPI 3.0 schema validator, shared by the SDK's request checks and the fake NP6.

openapi-schema-validator's `OAS30Validator` reads OpenAPI 3.0 as written (`nullable`,
`discriminator`, ...), with one widening: it follows the 3.0.3 reading that `nullable` only
counts beside a `type`, so `{allOf: [$ref], nullable: true}`, the usual way to say "this model or
null", would refuse null although the generated models accept it. Here `nullable: true` admits
null before any composition keyword is looked at. Formats are the ones NP6 uses: RFC 3339
date-times, hyphenated UUIDs and the int32/int64 ranges.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from typing import Any

from jsonschema import FormatChecker
from jsonschema.exceptions import ValidationError
from jsonschema.protocols import Validator

from .near_miss import with_near_misses

RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})", re.ASCII)
UUID_PATTERN = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", re.ASCII)
_INT_BOUNDS = {"int32": 2**31, "int64": 2**63}
_NULL_BEFORE = ("$ref", "allOf", "anyOf", "oneOf", "enum")

Keyword = Callable[[Any, Any, Any, Mapping[str, Any]], Iterator[ValidationError]]


def parse_datetime(text: str) -> datetime | None:
    """An RFC 3339 date-time (what OpenAPI's `date-time` format means), or None."""
    if not RFC3339.fullmatch(text):
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
        return not isinstance(value, str) or UUID_PATTERN.fullmatch(value) is not None

    for name, bound in _INT_BOUNDS.items():

        def in_range(value: object, bound: int = bound) -> bool:
            is_int = isinstance(value, int) and not isinstance(value, bool)
            return not is_int or -bound <= value < bound  # type: ignore[operator]

        checker.checks(name)(in_range)
    return checker


@functools.cache
def _format_checker() -> FormatChecker:
    """Built on first use, like the validator class, so a fresh process can rebuild both."""
    return _formats()


def _null_first(keyword: Keyword) -> Keyword:
    def check(validator: Any, value: Any, instance: Any, schema: Mapping[str, Any]) -> Iterator[ValidationError]:
        if instance is None and schema.get("nullable") is True:
            return
        yield from keyword(validator, value, instance, schema)

    return check


@functools.cache
def _validator_class() -> type[Validator]:
    from jsonschema.validators import extend
    from openapi_schema_validator import OAS30Validator  # imported on first use: it takes 0.1 s

    keywords = OAS30Validator.VALIDATORS
    widened = {name: _null_first(keywords[name]) for name in _NULL_BEFORE if name in keywords}
    validator: type[Validator] = extend(OAS30Validator, widened)  # type: ignore[no-untyped-call]
    return validator


@functools.cache
def _strict_class() -> type[Validator]:
    return with_near_misses(_validator_class())


def schema_validator(schema: Any, components: Mapping[str, Any], *, near_misses: bool = False) -> Validator:
    """A validator for one schema object whose `#/components/...` references resolve in `components`.

    `near_misses` also refuses a member close to a listed one (the SDK's checks; NP6 and its fake
    take unlisted members of open schemas as they come).
    """
    root = {"allOf": [schema], "components": components}
    validator_class = _strict_class() if near_misses else _validator_class()
    return validator_class(root, format_checker=_format_checker())
