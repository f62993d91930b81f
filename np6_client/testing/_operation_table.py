"""The bundled OpenAPI document, read as the table of operations the fake answers.

The fake reads the very document the SDK is generated from, through the SDK's spec index (one
path grammar, one `$ref` resolver), so routes, documented content types, parameter schemas and
limits such as `maxItems` cannot drift between the SDK and its fake.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from np6_client._spec import index as spec_index

Schema = Mapping[str, Any]
T = TypeVar("T")

_FORMAT_SAMPLES = {"date-time": "1970-01-01T00:00:00Z", "uuid": "00000000-0000-0000-0000-000000000000"}


@functools.cache
def bundled_spec() -> Spec:
    """The bundled document, parsed once per process and shared by every fake built from it."""
    return Spec(load_bundled_spec())


def load_bundled_spec() -> Mapping[str, Any]:
    """The OpenAPI document shipped beside the generated code (shared: copy it before changing it)."""
    return spec_index.document()


@dataclass(frozen=True)
class Parameter:
    """A path, query or header parameter with its resolved schema."""

    name: str
    location: str
    required: bool
    schema: Schema
    explode: bool = True


@dataclass(frozen=True)
class ServedOperation:
    """What the fake needs to know about one operation of the spec."""

    operation_id: str
    method: str
    path: str
    route_path: str
    route_names: Mapping[str, str]
    parameters: tuple[Parameter, ...]
    body_schemas: Mapping[str, Schema]
    body_required: bool
    success_status: int
    success_media_type: str | None
    success_example: Any
    success_schema: Schema | None = None
    success_is_range: bool = False
    statuses: tuple[str, ...] = ()
    body_example: Any = None

    def documents(self, status: int) -> bool:
        """Whether the spec lists this status (or its `4XX`-style range) among the answers."""
        return str(status) in self.statuses or f"{str(status)[0]}XX" in self.statuses

    def parameters_in(self, location: str) -> tuple[Parameter, ...]:
        """The parameters found in one place of the request (`path`, `query`, ...)."""
        return tuple(p for p in self.parameters if p.location == location)


class Spec:
    """An OpenAPI 3.0 document with local `$ref` resolution."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self._derived: dict[str, Any] = {}

    def derived(self, name: str, compute: Callable[[], T]) -> T:
        """What `compute` finds from this document, computed once per `Spec` (fakes share the bundled one)."""
        if name not in self._derived:
            self._derived[name] = compute()
        found: T = self._derived[name]
        return found

    def resolve(self, node: Mapping[str, Any]) -> Mapping[str, Any]:
        """Follow `#/...` references until a concrete object is reached."""
        resolved: Mapping[str, Any] = spec_index.resolve(node, self.document)
        return resolved

    def operations(self) -> list[ServedOperation]:
        """Every operation of the document, in document order."""
        return [self._operation(found) for found in spec_index.operations(self.document)]

    def _operation(self, found: spec_index.Operation) -> ServedOperation:
        raw = found.raw
        parameters = tuple(
            Parameter(
                name=p["name"],
                location=p["in"],
                required=bool(p.get("required", False)),
                schema=self.resolve(p.get("schema", {})),
                explode=bool(p.get("explode", p.get("style", "form") == "form")),
            )
            for p in found.parameters(self.document)
        )
        body = self.resolve(raw["requestBody"]) if "requestBody" in raw else {}
        body_schemas = {
            media.lower(): self.resolve(content.get("schema", {})) for media, content in body.get("content", {}).items()
        }
        status, media_type, example, schema = self._success(raw)
        route_path, route_names = starlette_path(found.template)
        statuses = tuple(str(code).upper() for code in raw.get("responses", {}))
        return ServedOperation(
            operation_id=found.operation_id,
            method=found.method,
            path=found.template,
            route_path=route_path,
            route_names=route_names,
            parameters=parameters,
            body_schemas=body_schemas,
            body_required=bool(body.get("required", False)),
            success_status=status,
            success_media_type=media_type,
            success_example=example,
            success_schema=schema,
            success_is_range="2XX" in statuses
            and not any(code.startswith("2") and code.isdigit() for code in statuses),
            statuses=statuses,
            body_example=next((self._printed_example(c) for c in body.get("content", {}).values()), None),
        )

    def _success(self, raw: Mapping[str, Any]) -> tuple[int, str | None, Any, Schema | None]:
        responses = raw.get("responses", {})
        codes = sorted(int(code) for code in responses if str(code).isdigit() and 200 <= int(code) < 300)
        # "2XX" documents a range: 204 stands for it when it has no body, 200 when it has one.
        status, key = (codes[0], str(codes[0])) if codes else (200, "2XX")
        if key not in responses:
            return status, None, None, None
        response = self.resolve(responses[key])
        for media, content in response.get("content", {}).items():
            return status, media, self._example(content), self.resolve(content.get("schema", {}))
        return (204 if key == "2XX" else status), None, None, None

    def _example(self, content: Mapping[str, Any]) -> Any:
        printed = self._printed_example(content)
        return minimal_instance(self, content.get("schema", {})) if printed is None else printed

    def _printed_example(self, content: Mapping[str, Any]) -> Any:
        if "example" in content:
            return content["example"]
        for example in content.get("examples", {}).values():
            return self.resolve(example).get("value")
        return None


def minimal_instance(spec: Spec, raw: Mapping[str, Any]) -> Any:
    """The smallest value of a schema, required members and formats included, for answers without an example."""
    schema = spec.resolve(raw)
    if "example" in schema or "enum" in schema:
        return schema["example"] if "example" in schema else schema["enum"][0]
    combined = schema.get("allOf") or schema.get("anyOf") or schema.get("oneOf")
    if combined:
        return minimal_instance(spec, combined[0])
    kind = str(schema.get("type", "object"))
    if kind == "object":
        properties = schema.get("properties", {})
        return {name: minimal_instance(spec, properties.get(name, {})) for name in schema.get("required", ())}
    if kind == "array":
        return [minimal_instance(spec, schema.get("items", {})) for _ in range(schema.get("minItems", 0))]
    if kind == "string":
        return _FORMAT_SAMPLES.get(str(schema.get("format")), "")
    return {"integer": 0, "number": 0, "boolean": False}.get(kind)


def starlette_path(template: str) -> tuple[str, dict[str, str]]:
    """Starlette's form of an OpenAPI path template, and its parameter names mapped back."""
    names: dict[str, str] = {}

    def convert(match: re.Match[str]) -> str:
        spec_name = match.group(1)
        route_name = re.sub(r"\W", "_", spec_name)
        if not route_name or route_name[0].isdigit():
            route_name = f"p_{route_name}"
        names[route_name] = spec_name
        return "{" + route_name + "}"

    return spec_index.PATH_PARAM.sub(convert, template), names
