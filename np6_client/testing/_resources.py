"""Which operations manage a resource, recognised from the spec's paths rather than listed by hand.

A collection is a literal path `B` whose items are named by the first path parameter below it,
`B/{id}`. Its operations take their role from their method and their place:

    GET B -> list            POST B -> create            PUT B -> upsert (by the body's id)
    GET B/{id} -> read       PUT B/{id} -> replace       PATCH B/{id} -> merge
    DELETE B/{id} -> delete  POST B/{id}/duplication -> duplicate
    anything else under B/{id}/ -> nested: 404 for an unknown item, else the spec's example

`B` is a collection when it has a create or upsert, an item operation or a duplication. A
collection whose item operations all have hand-written handlers (targets) is left to them. A path
without parameters that has a GET and a PUT and no items is a setting: PUT stores, GET reads.
"""

from __future__ import annotations

import copy
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from np6_client.testing._operation_table import Schema, ServedOperation, Spec

IdKind = Literal["int", "string", "uuid"]
RoleKind = Literal["list", "create", "upsert", "read", "replace", "merge", "delete", "duplicate", "nested", "setting"]
_ITEM_ROLES: dict[str, RoleKind] = {"GET": "read", "PUT": "replace", "PATCH": "merge", "DELETE": "delete"}
_DUPLICATION = "duplication"


@dataclass(frozen=True)
class Role:
    """What one operation does to the resource at `base`; `param` names the item in its path."""

    kind: RoleKind
    base: str
    param: str | None = None


@dataclass(frozen=True)
class CollectionPlan:
    """How one collection's items are named and what a new or seeded item starts from.

    `key_kind` is the type of the path parameter naming items; `fresh_kind` the type of the ids
    the fake gives new items, which must also suit the item's id member (`id_member`), whose own
    type is `member_kind` (an integer id named by a string path parameter holds the number).
    """

    base: str
    key_kind: IdKind
    fresh_kind: IdKind
    id_member: str | None
    template: Mapping[str, Any]
    member_kind: IdKind | None = None


@dataclass(frozen=True)
class ResourcePlan:
    """Every collection and setting of a spec, and the role of each operation by operationId."""

    collections: Mapping[str, CollectionPlan] = field(default_factory=dict)
    settings: Mapping[str, Any] = field(default_factory=dict)
    roles: Mapping[str, Role] = field(default_factory=dict)


@dataclass
class _Candidate:
    base: str
    own: list[ServedOperation] = field(default_factory=list)
    items: list[tuple[ServedOperation, str]] = field(default_factory=list)
    duplications: list[tuple[ServedOperation, str]] = field(default_factory=list)
    nested: list[tuple[ServedOperation, str]] = field(default_factory=list)

    def with_params(self) -> list[tuple[ServedOperation, str]]:
        return [*self.items, *self.duplications, *self.nested]


def _candidates(operations: list[ServedOperation]) -> dict[str, _Candidate]:
    found: dict[str, _Candidate] = {}
    for operation in operations:
        segments = operation.path.strip("/").split("/")
        first = next((n for n, segment in enumerate(segments) if segment.startswith("{")), None)
        if first is None:
            found.setdefault(operation.path, _Candidate(operation.path)).own.append(operation)
            continue
        base = "/" + "/".join(segments[:first])
        param, rest = segments[first][1:-1], segments[first + 1 :]
        candidate = found.setdefault(base, _Candidate(base))
        if not rest:
            candidate.items.append((operation, param))
        elif rest == [_DUPLICATION] and operation.method == "POST":
            candidate.duplications.append((operation, param))
        else:
            candidate.nested.append((operation, param))
    return found


def _is_collection(candidate: _Candidate, handled: Collection[str]) -> bool:
    if candidate.items and all(op.operation_id in handled for op, _ in candidate.items):
        return False
    own = {op.method for op in candidate.own if op.operation_id not in handled}
    creates = "POST" in own or ("PUT" in own and bool(candidate.items))
    return creates or bool(candidate.items) or bool(candidate.duplications)


def _kind_of(schema: Schema) -> IdKind:
    if schema.get("type") == "integer":
        return "int"
    return "uuid" if schema.get("format") == "uuid" else "string"


def _object_example(value: Any) -> Mapping[str, Any] | None:
    if isinstance(value, list):
        value = value[0] if value else None
    return value if isinstance(value, Mapping) else None


class _Planner:
    def __init__(self, spec: Spec, handled: Collection[str]) -> None:
        self.spec = spec
        self.handled = handled
        self.roles: dict[str, Role] = {}

    def assign(self, operation: ServedOperation, role: Role) -> None:
        if operation.operation_id not in self.handled:
            self.roles[operation.operation_id] = role

    def collection(self, candidate: _Candidate) -> CollectionPlan:
        base = candidate.base
        for operation in candidate.own:
            if operation.method == "GET" and self.spec.resolve(operation.success_schema or {}).get("type") == "array":
                self.assign(operation, Role("list", base))
            elif operation.method == "POST":
                self.assign(operation, Role("create", base))
            elif operation.method == "PUT" and candidate.items:
                self.assign(operation, Role("upsert", base))
        for operation, param in candidate.items:
            self.assign(operation, Role(_ITEM_ROLES.get(operation.method, "nested"), base, param))
        for operation, param in candidate.duplications:
            self.assign(operation, Role("duplicate", base, param))
        for operation, param in candidate.nested:
            # Only where the spec lets an unknown item answer 404; elsewhere the example stands.
            if operation.documents(404):
                self.assign(operation, Role("nested", base, param))
        return self._plan(candidate)

    def _plan(self, candidate: _Candidate) -> CollectionPlan:
        operation, param = candidate.with_params()[0] if candidate.with_params() else (None, None)
        path_schema: Schema = {"type": "string"}
        if operation is not None:
            path_schema = next((p.schema for p in operation.parameters_in("path") if p.name == param), path_schema)
        item_schema, template = self._item(candidate)
        properties: Mapping[str, Schema] = item_schema.get("properties", {})
        id_member = param if param in properties else "id" if "id" in properties else None
        key_kind = _kind_of(self.spec.resolve(path_schema))
        member_kind = _kind_of(self.spec.resolve(properties[id_member])) if id_member else key_kind
        fresh_kind: IdKind = "uuid" if "uuid" in (key_kind, member_kind) else key_kind
        template_copy = copy.deepcopy(dict(template))
        return CollectionPlan(candidate.base, key_kind, fresh_kind, id_member, template_copy, member_kind)

    def _item(self, candidate: _Candidate) -> tuple[Mapping[str, Any], Mapping[str, Any]]:
        """The item's schema and example, from the answers that carry one item, best first."""
        by_method = {op.method: op for op, _ in candidate.items}
        ordered = [by_method.get(method) for method in ("GET", "PUT", "PATCH")]
        ordered += [op for op in candidate.own if op.method in ("POST", "PUT")]
        ordered += [op for op, _ in candidate.duplications]
        schema: Mapping[str, Any] | None = None
        template: Mapping[str, Any] | None = None
        for operation in (op for op in ordered if op is not None and op.success_schema is not None):
            resolved = self.spec.resolve(operation.success_schema or {})
            if resolved.get("type", "object") == "object":
                schema = schema or resolved
                template = template or _object_example(operation.success_example)
        for operation in candidate.own:
            if operation.method == "GET" and operation.success_schema is not None:
                items = self.spec.resolve(self.spec.resolve(operation.success_schema).get("items", {}))
                schema = schema or items
                template = template or _object_example(operation.success_example)
            for body_schema in operation.body_schemas.values():
                schema = schema or self.spec.resolve(body_schema)
        # Without an answer's example, what a client sends to create or change an item.
        for operation in (op for op in ordered if op is not None):
            template = template or _object_example(operation.body_example)
        return schema or {}, template or {}


def plan_resources(spec: Spec, handled: Collection[str] = ()) -> ResourcePlan:
    """Recognise the collections and settings of a spec; `handled` are operationIds with handlers."""
    planner = _Planner(spec, handled)
    collections: dict[str, CollectionPlan] = {}
    settings: dict[str, Any] = {}
    for base, candidate in _candidates(spec.operations()).items():
        if _is_collection(candidate, handled):
            collections[base] = planner.collection(candidate)
            continue
        methods = {op.method: op for op in candidate.own}
        if not candidate.with_params() and {"GET", "PUT"} <= set(methods):
            settings[base] = copy.deepcopy(methods["GET"].success_example)
            planner.assign(methods["GET"], Role("setting", base))
            planner.assign(methods["PUT"], Role("setting", base))
    return ResourcePlan(collections, settings, planner.roles)
