"""Check a request against the spec before anything is sent.

Driven by the spec index (`index`), so every operation, present and
future, gets the same checks: an empty path parameter, and a JSON body that breaks its schema
(`maxItems: 50` on segment targets, a required member, a wrong type ...). Bodies are judged by
the OpenAPI 3.0 validator of `schema_validator`, the one the fake NP6 server uses too, so both
judge `nullable`, formats and the rest alike. The error names the field; the body is never echoed in full.

A body's validator is built the first time a body of its operation and media type is checked, and
jsonschema (with the OpenAPI validator and what it pulls in) is imported only then: a call without a
body never loads it.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from .._constants import NAIVE_DATETIME
from .._exceptions import InvalidRequestError
from .index import Operation, index, is_json, resolve

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError
    from jsonschema.protocols import Validator


class BodySchema:
    """One JSON body schema of an operation; its validator is built on first use."""

    def __init__(self, schema: Any, components: Mapping[str, Any]) -> None:
        self._schema = schema
        self._components = components

    @functools.cached_property
    def validator(self) -> Validator:
        from .schema_validator import schema_validator

        return schema_validator(self._schema, self._components, near_misses=True)


@attrs.frozen
class Checks:
    """What the checks need to know about one operation of the spec."""

    body_required: bool
    bodies: dict[str, BodySchema]  # by JSON media type
    datetime_query: tuple[str, ...]
    # Whether a request without a body has anything to check beyond its path; when not, the
    # transport does not call in here for a bodiless request whose path matches the operation's.
    without_body: bool = attrs.field(init=False)

    @without_body.default
    def _has_checks_without_body(self) -> bool:
        return self.body_required or bool(self.datetime_query)


def _is_datetime(schema: Any, spec: Mapping[str, Any]) -> bool:
    schema = resolve(schema, spec)
    if not isinstance(schema, Mapping):
        return False
    options = [schema, *schema.get("anyOf", [])]  # the spec writes "a date-time or milliseconds" as anyOf
    return any(resolve(option, spec).get("format") == "date-time" for option in options)


def checks_of(operation: Operation, spec: Mapping[str, Any]) -> Checks:
    """The checks of one operation of `spec`."""
    request_body = resolve(operation.raw.get("requestBody") or {}, spec)
    components = spec.get("components", {})
    bodies = {
        media_type: BodySchema(media["schema"], components)
        for media_type, media in request_body.get("content", {}).items()
        if "schema" in media and is_json(media_type)
    }
    return Checks(
        body_required=bool(request_body.get("required")),
        bodies=bodies,
        datetime_query=tuple(
            p["name"]
            for p in operation.parameters(spec)
            if p.get("in") == "query" and _is_datetime(p.get("schema"), spec)
        ),
    )


@functools.cache
def operation_checks(operation: Operation) -> Checks:
    """The checks of one operation of the bundled spec, computed once."""
    return checks_of(operation, index().document)


def _describe(error: ValidationError) -> InvalidRequestError:
    from .near_miss import NEAR_MISS  # with jsonschema, only once a body is checked

    field = "body" + "".join(f"[{part!r}]" for part in error.absolute_path)
    instance: Any = error.instance
    limit = error.validator_value
    if error.validator == NEAR_MISS:
        return InvalidRequestError(field, error.message)
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
        raise InvalidRequestError(name, NAIVE_DATETIME)


def validate_request(request: httpx.Request, path: str | None = None) -> Operation | None:
    """Raise `InvalidRequestError` if the request breaks the spec; unknown paths pass through.

    `path` is the request's path as the spec writes it (without a base URL prefix).
    """
    spec_path = request.url.path if path is None else path
    operation = index().match(request.method, spec_path)
    if operation is None:
        blank = index().blank_parameter(request.method, spec_path)
        if blank is not None:
            raise InvalidRequestError(blank, "must not be empty")
        return None
    _check(operation_checks(operation), request)
    return operation


def validate_operation(operation: Operation, request: httpx.Request, path: str) -> None:
    """Raise `InvalidRequestError` if a request of a known operation breaks the spec.

    `path` is the request's path as the spec writes it; a path of the operation's template with an
    empty parameter is refused by name.
    """
    if not operation.pattern.match(path):
        empty = operation.loose_pattern.match(path)
        if empty is not None:
            blank = [name for name, value in zip(operation.params, empty.groups(), strict=True) if not value]
            raise InvalidRequestError(blank[0] if blank else "path", "must not be empty")
    _check(operation_checks(operation), request)


def _check(checks: Checks, request: httpx.Request) -> None:
    for name in checks.datetime_query:
        _check_datetime(name, request.url.params.get(name))
    content = request.content
    if not content:
        if checks.body_required:
            raise InvalidRequestError("body", "is required")
        return
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()  # media types ignore case
    schema = checks.bodies.get(media_type)
    if schema is None:
        return
    from jsonschema.exceptions import best_match

    from .near_miss import NEAR_MISS

    validator = schema.validator
    try:
        body = json.loads(content)
        errors = list(validator.iter_errors(body))
        # A misspelt member explains the other errors (a required one missing, say): it is named first.
        error = next((e for e in errors if e.validator == NEAR_MISS), None) or best_match(errors)
    except ValueError as exc:
        raise InvalidRequestError("body", f"is not JSON: {exc}") from None
    except RecursionError as exc:
        raise InvalidRequestError("body", "nests too deeply to be checked") from exc
    if error is not None:
        raise _describe(error)
