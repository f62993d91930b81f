"""The spec index: the bundled OpenAPI document, read once, and the one way to walk it.

Request checks, response-type lookups, telemetry's path templates, deprecation warnings and the
fake NP6 server all read the spec through here, so they share one path grammar (`{name}` is one
whole segment) and one `$ref` resolver, and the document is parsed once per process.
"""

from __future__ import annotations

import functools
import json
import pkgutil
import re
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

PATH_PARAM = re.compile(r"\{([^{}/]+)\}")
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@functools.cache
def document() -> Mapping[str, Any]:
    """The OpenAPI document shipped beside the generated code; shared, so never changed in place."""
    data = pkgutil.get_data("np6_client._generated", "openapi.json")
    if data is None:  # a loader that cannot read package data: the install is broken
        raise FileNotFoundError("np6_client/_generated/openapi.json")
    loaded: dict[str, Any] = json.loads(data)
    return loaded


def resolve(node: Any, spec: Mapping[str, Any]) -> Any:
    """Follow local `#/...` references (JSON Pointer escapes included) until a concrete node is reached."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and "$ref" in node:
        ref = str(node["$ref"])
        if not ref.startswith("#/") or ref in seen:
            raise ValueError(f"unsupported or circular reference {ref!r}")
        seen.add(ref)
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def path_pattern(template: str, segment: str) -> re.Pattern[str]:
    """A regex matching the paths of `template`, each parameter matched by `segment`."""
    parts = PATH_PARAM.split(template)
    regex = "".join(re.escape(part) if i % 2 == 0 else segment for i, part in enumerate(parts))
    return re.compile(f"^{regex}$")


def is_json(media_type: str) -> bool:
    """JSON bodies, including NP6's vendor types (all JSON); files, forms and CSV are not."""
    media_type = media_type.split(";", maxsplit=1)[0].strip().lower()
    return media_type.endswith("json") or media_type.startswith("application/vnd.")


@attrs.frozen(eq=False)  # identity equality: the index holds each operation once
class Operation:
    """One operation of the spec as written, with its place in the path grammar."""

    operation_id: str
    method: str
    template: str
    params: tuple[str, ...]
    raw: Mapping[str, Any] = attrs.field(repr=False)
    shared_parameters: tuple[Any, ...] = attrs.field(repr=False)  # the path item's, before the operation's

    # Compiled on first use: a process usually matches a few of the hundred templates, and compiling
    # all of them is most of the index's cost (a deprecation warning builds it on a first call).
    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """Matches this operation's concrete paths."""
        return path_pattern(self.template, "[^/]+")

    @functools.cached_property
    def loose_pattern(self) -> re.Pattern[str]:
        """Matches them with any parameter left empty, each parameter a group."""
        return path_pattern(self.template, "([^/]*)")

    @property
    def deprecated(self) -> bool:
        return bool(self.raw.get("deprecated"))

    @property
    def replacement(self) -> str | None:
        """`x-np6-replacement`: what the reference says to call instead of a deprecated operation."""
        value = self.raw.get("x-np6-replacement")
        return str(value) if value else None

    def parameters(self, spec: Mapping[str, Any]) -> list[Mapping[str, Any]]:
        """Path-level then operation-level parameters, resolved; the operation's win on (name, in)."""
        merged: dict[tuple[str, str], Mapping[str, Any]] = {}
        for parameter in (*self.shared_parameters, *self.raw.get("parameters", ())):
            resolved = resolve(parameter, spec)
            merged[(resolved["name"], resolved["in"])] = resolved
        return list(merged.values())


def operations(spec: Mapping[str, Any]) -> Iterator[Operation]:
    """Every operation of `spec`, in document order."""
    for template, raw_item in spec.get("paths", {}).items():
        item = resolve(raw_item, spec)
        for method in METHODS:
            if method not in item:
                continue
            raw = resolve(item[method], spec)
            yield Operation(
                operation_id=str(raw.get("operationId") or f"{method}_{template}"),
                method=method.upper(),
                template=template,
                params=tuple(PATH_PARAM.findall(template)),
                raw=raw,
                shared_parameters=tuple(item.get("parameters", ())),
            )


@attrs.frozen
class SpecIndex:
    """The operations of one document, found by id or by method and concrete path."""

    document: Mapping[str, Any] = attrs.field(repr=False)
    by_id: Mapping[str, Operation] = attrs.field(repr=False)
    _literal: Mapping[tuple[str, str], Operation] = attrs.field(repr=False, alias="literal")
    _templated: Mapping[str, tuple[Operation, ...]] = attrs.field(repr=False, alias="templated")

    @classmethod
    def of(cls, spec: Mapping[str, Any]) -> SpecIndex:
        found = list(operations(spec))
        templated: dict[str, list[Operation]] = {}
        for operation in found:
            if operation.params:
                templated.setdefault(operation.method, []).append(operation)
        return cls(
            document=spec,
            by_id={op.operation_id: op for op in found},
            literal={(op.method, op.template): op for op in found if not op.params},
            templated={method: tuple(ops) for method, ops in templated.items()},
        )

    def match(self, method: str, path: str) -> Operation | None:
        """The operation serving `method path`; a literal path wins over a template that matches it."""
        operation = self._literal.get((method, path))
        if operation is not None:
            return operation
        for operation in self._templated.get(method, ()):
            if operation.pattern.match(path):
                return operation
        return None

    def blank_parameter(self, method: str, path: str) -> str | None:
        """The parameter left empty when `path` would match a template but for an empty segment."""
        for operation in self._templated.get(method, ()):
            found = operation.loose_pattern.match(path)
            if found:
                empty = [name for name, value in zip(operation.params, found.groups(), strict=True) if not value]
                return empty[0] if empty else "path"
        return None


@functools.cache
def index() -> SpecIndex:
    """The index of the bundled document, built on first use."""
    return SpecIndex.of(document())
