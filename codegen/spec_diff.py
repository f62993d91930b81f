"""What changed between two bundled specs, each change marked breaking or compatible.

Breaking means code written against the SDK generated from the older spec can stop working:
a call it makes is refused or fails to import, or an answer it reads no longer has what it read.
The rules, one per kind of change, are listed in docs/releases.md. Schemas
are compared with their `$ref`s resolved, so a change inside a shared component is reported at
each operation that sends or receives it, with the field's path (`a.b[].c`, `{}` for the values
of a map).

`python codegen/spec_diff.py [BASE]` compares the spec at git revision BASE (default: the last
release) with the working tree's `openapi/`.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bundle import METHODS, ROOT, BundleError, bundle
from releases import ReleaseError, base_ref, last_release
from revisions import RevisionError, show

BUNDLED = "np6_client/_generated/openapi.json"
_MAX_NESTING = 32
# Response headers the client layer reads (np6_client/_*.py): removing one breaks `Created.location`,
# pacing or retries even though no generated model carries it.
SDK_READ_HEADERS = frozenset(
    {"location", "retry-after", "x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset", "x-request-id"}
)
# (older, newer) type labels where every value of the older is a value of the newer: a request
# accepting the newer still accepts what callers sent; a response of the newer may hold more.
_WIDENINGS = frozenset(
    {
        ("integer(int32)", "integer(int64)"),
        ("integer(int32)", "integer"),
        ("integer(int64)", "integer"),
        ("integer(int32)", "number"),
        ("integer(int64)", "number"),
        ("integer", "number"),
        ("number(float)", "number(double)"),
        ("number(float)", "number"),
        ("number(double)", "number"),
    }
)
# Marks of an operation's (or a field's) lifecycle besides `deprecated`: documentation for the
# SDK (the function and its types stay), so reported, never breaking.
_LIFECYCLE_FLAGS = ("x-np6-experimental", "x-experimental", "x-beta")
_LIFECYCLE_VALUES = ("x-stability-level", "x-sunset")

Node = dict[str, Any]


@dataclass(frozen=True)
class Change:
    breaking: bool
    where: str
    what: str
    # The name consumers use for what changed: the operation's function or the model.
    name: str = dataclasses.field(default="", compare=False)

    def line(self) -> str:
        return f"{'breaking' if self.breaking else 'compatible':<10}  {self.where}: {self.what}"


class SpecDiffError(Exception):
    """A spec uses a reference this comparison cannot follow."""


def _value(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


class _Side:
    """One spec, with references followed."""

    def __init__(self, doc: Node) -> None:
        self.doc = doc
        self.operations = {
            (method, path): item[method]
            for path, item in (doc.get("paths") or {}).items()
            for method in METHODS
            if method in item
        }

    def deref(self, node: Node) -> tuple[Node, list[str]]:
        """The node a chain of `$ref`s leads to, and the pointers followed."""
        seen: list[str] = []
        while "$ref" in node:
            pointer = node["$ref"]
            if not isinstance(pointer, str) or not pointer.startswith("#/") or pointer in seen:
                raise SpecDiffError(f"cannot follow $ref {pointer!r}")
            seen.append(pointer)
            target: Any = self.doc
            for part in pointer[2:].split("/"):
                key = part.replace("~1", "/").replace("~0", "~")
                if not isinstance(target, dict) or key not in target:
                    raise SpecDiffError(f"$ref {pointer!r} leads nowhere")
                target = target[key]
            node = target
        return node, seen

    def schema(self, node: Node, within: tuple[str, ...] = ()) -> tuple[Node, list[str]]:
        """A schema with refs followed and `allOf` merged into one object view."""
        node, refs = self.deref(node)
        if within and set(refs).intersection(within):
            raise SpecDiffError(f"allOf of {within[-1]} contains itself")
        parts = node.get("allOf")
        if not parts:
            return node, refs
        merged: Node = {key: value for key, value in node.items() if key != "allOf"}
        properties: Node = {}
        required: list[str] = []
        for part in parts:
            view, part_refs = self.schema(part, (*within, *refs))
            refs += part_refs
            properties.update(view.get("properties", {}))
            required += view.get("required", [])
            for key, value in view.items():
                if key not in ("properties", "required"):
                    merged.setdefault(key, value)
        if properties:
            merged["properties"] = properties
        if required:
            merged["required"] = required
        return merged, refs

    def label(self, node: Node, depth: int = 0) -> str:
        """The type a schema stands for, as far as a change of it is a retyping."""
        for combinator in ("anyOf", "oneOf"):
            if combinator in node:
                if depth > _MAX_NESTING:
                    raise SpecDiffError(
                        f"{combinator} nested more than {_MAX_NESTING} deep (a schema containing itself?)"
                    )
                members = [self.label(self.schema(member)[0], depth + 1) for member in node[combinator]]
                return f"{combinator}({' | '.join(members)})"
        kind = node.get("type") or ("object" if "properties" in node or "additionalProperties" in node else "any")
        if node.get("format"):
            kind = f"{kind}({node['format']})"
        return f"enum of {kind}" if "enum" in node else kind

    def parameters(self, method: str, path: str) -> dict[tuple[str, str], Node]:
        item = self.doc["paths"][path]
        found: dict[tuple[str, str], Node] = {}
        for raw in [*item.get("parameters", []), *item[method].get("parameters", [])]:
            parameter, _ = self.deref(raw)
            name = parameter["name"].lower() if parameter["in"] == "header" else parameter["name"]
            found[(parameter["in"], name)] = parameter
        return found


def _flag_change(old: Node, new: Node, key: str, words: tuple[str, str]) -> str | None:
    if bool(old.get(key)) == bool(new.get(key)):
        return None
    return words[0] if new.get(key) else words[1]


@dataclass(frozen=True)
class _Part:
    """A body, answer or parameter being compared, and who is affected by a change in it."""

    where: str
    direction: str  # "request": callers send it; "response": readers get it

    def subject(self, path: str) -> str:
        return f"{self.where} `{path}`" if path else self.where


class _Differ:
    def __init__(self, old: Node, new: Node) -> None:
        self.old = _Side(old)
        self.new = _Side(new)
        self.changes: list[Change] = []
        self.naming = ""

    def emit(self, breaking: bool, where: str, what: str, name: str | None = None) -> None:
        change = Change(breaking, where, what, self.naming if name is None else name)
        if change not in self.changes:
            self.changes.append(change)

    def run(self) -> list[Change]:
        old_ops, new_ops = self.old.operations, self.new.operations
        new_keys_by_id = {op.get("operationId"): key for key, op in new_ops.items()}
        paired: dict[tuple[str, str], tuple[str, str]] = {}
        for key, op in old_ops.items():
            if key in new_ops:
                paired[key] = key
                if op.get("operationId") != new_ops[key].get("operationId"):
                    where = f"{key[0].upper()} {key[1]}"
                    renamed = f"{op.get('operationId')} to {new_ops[key].get('operationId')}"
                    self.emit(True, where, f"operation renamed from {renamed}", str(op.get("operationId")))
            elif (moved := new_keys_by_id.get(op.get("operationId"))) and moved not in old_ops:
                paired[key] = moved
                self.emit(False, _op_where(op, moved), f"operation moved from {key[0].upper()} {key[1]}")
            else:
                self.emit(True, _op_where(op, key), "operation removed", str(op.get("operationId")))
        for key, op in new_ops.items():
            if key not in paired.values():
                self.emit(False, _op_where(op, key), "operation added", str(op.get("operationId")))
        for old_key, new_key in paired.items():
            self.operation(old_key, new_key)
        self.components()
        self.security()
        return self.changes

    def security(self) -> None:
        """The SDK sends `X-Key` as the API-key scheme says: any change to how it authenticates breaks."""
        self.naming = ""
        old = (self.old.doc.get("components") or {}).get("securitySchemes") or {}
        new = (self.new.doc.get("components") or {}).get("securitySchemes") or {}
        for name, scheme in old.items():
            where = f"security scheme `{name}`"
            if name not in new:
                self.emit(True, where, "removed", name)
                continue
            for key in ("type", "in", "name", "scheme", "bearerFormat"):
                if scheme.get(key) != new[name].get(key):
                    self.emit(True, where, f"{key} {_bound(scheme.get(key))} -> {_bound(new[name].get(key))}", name)
        for name in new:
            if name not in old:
                self.emit(False, f"security scheme `{name}`", "added", name)
        old_global, new_global = self.old.doc.get("security"), self.new.doc.get("security")
        if _requirements(old_global) != _requirements(new_global):
            what = f"security requirement {_value(old_global)} -> {_value(new_global)}"
            breaking = _satisfied(old_global, self.old.doc) and not _satisfied(new_global, self.new.doc)
            self.emit(breaking, "security", what, "NP6Client")

    def components(self) -> None:
        old = (self.old.doc.get("components") or {}).get("schemas") or {}
        new = (self.new.doc.get("components") or {}).get("schemas") or {}
        for name in old:
            if name not in new:
                self.emit(True, f"schema `{name}`", "removed", name)
        for name in new:
            if name not in old:
                self.emit(False, f"schema `{name}`", "added", name)

    def operation(self, old_key: tuple[str, str], new_key: tuple[str, str]) -> None:
        old, new = self.old.operations[old_key], self.new.operations[new_key]
        where = _op_where(new, new_key)
        self.naming = str(old.get("operationId"))
        old_group, new_group = (old.get("tags") or [None])[0], (new.get("tags") or [None])[0]
        if old_group != new_group:
            self.emit(True, where, f"operation moved from group {old_group} to {new_group}")
        if status := _flag_change(old, new, "deprecated", ("deprecated", "no longer deprecated")):
            self.emit(False, where, f"operation {status}")
        self.lifecycle(where, "operation ", old, new)
        if _requirements(old.get("security")) != _requirements(new.get("security")):
            what = f"security requirement {_value(old.get('security'))} -> {_value(new.get('security'))}"
            before = old.get("security", self.old.doc.get("security"))
            after = new.get("security", self.new.doc.get("security"))
            self.emit(_satisfied(before, self.old.doc) and not _satisfied(after, self.new.doc), where, what)
        self.parameters(where, self.old.parameters(*old_key), self.new.parameters(*new_key))
        self.request_body(where, old.get("requestBody"), new.get("requestBody"))
        self.responses(where, old.get("responses") or {}, new.get("responses") or {})

    def lifecycle(self, subject: str, prefix: str, old: Node, new: Node) -> None:
        for key in _LIFECYCLE_FLAGS:
            if status := _flag_change(old, new, key, ("marked experimental", "no longer experimental")):
                self.emit(False, subject, f"{prefix}{status}" + ("" if key == _LIFECYCLE_FLAGS[0] else f" ({key})"))
        for key in _LIFECYCLE_VALUES:
            if old.get(key) != new.get(key):
                self.emit(False, subject, f"{prefix}{key} {_bound(old.get(key))} -> {_bound(new.get(key))}")

    def parameters(self, where: str, old: dict[tuple[str, str], Node], new: dict[tuple[str, str], Node]) -> None:
        for (place, name), parameter in old.items():
            subject = f"{where} {place} parameter `{name}`"
            if (place, name) not in new:
                self.emit(True, subject, "removed")
                continue
            changed = new[(place, name)]
            if parameter.get("required") and not changed.get("required"):
                self.emit(False, subject, "made optional")
            elif changed.get("required") and not parameter.get("required"):
                self.emit(True, subject, "made required")
            if status := _flag_change(parameter, changed, "deprecated", ("deprecated", "no longer deprecated")):
                self.emit(False, subject, status)
            part = _Part(f"{where} {place} parameter", "request")
            self.schema(part, name, parameter.get("schema", {}), changed.get("schema", {}))
        for (place, name), parameter in new.items():
            if (place, name) not in old:
                required = bool(parameter.get("required"))
                self.emit(required, f"{where} {place} parameter `{name}`", f"{_required(required)} parameter added")

    def request_body(self, where: str, old_ref: Node | None, new_ref: Node | None) -> None:
        subject = f"{where} request body"
        if old_ref is None and new_ref is None:
            return
        if old_ref is None or new_ref is None:
            if new_ref is None:
                self.emit(True, subject, "removed")
            else:
                required = bool(self.new.deref(new_ref)[0].get("required"))
                self.emit(required, subject, f"added ({_required(required)})")
            return
        old, new = self.old.deref(old_ref)[0], self.new.deref(new_ref)[0]
        if old.get("required") and not new.get("required"):
            self.emit(False, subject, "made optional")
        elif new.get("required") and not old.get("required"):
            self.emit(True, subject, "made required")
        self.content(subject, old.get("content") or {}, new.get("content") or {}, "request")

    def responses(self, where: str, old: Node, new: Node) -> None:
        for status, old_ref in old.items():
            subject = f"{where} response {status}"
            if status not in new:
                self.emit(str(status).startswith("2"), subject, "removed")
                continue
            old_answer, new_answer = self.old.deref(old_ref)[0], self.new.deref(new[status])[0]
            self.headers(subject, old_answer.get("headers") or {}, new_answer.get("headers") or {})
            self.content(subject, old_answer.get("content") or {}, new_answer.get("content") or {}, "response")
        for status in new:
            if status not in old:
                self.emit(False, f"{where} response {status}", "added")

    def headers(self, where: str, old: Node, new: Node) -> None:
        old_by_name = {name.lower(): self.old.deref(header)[0] for name, header in old.items()}
        new_by_name = {name.lower(): self.new.deref(header)[0] for name, header in new.items()}
        for name, header in old_by_name.items():
            subject = f"{where} header `{name}`"
            if name not in new_by_name:
                read = name in SDK_READ_HEADERS
                reason = " (the SDK reads it)" if read else " (it was required)" if header.get("required") else ""
                self.emit(read or bool(header.get("required")), subject, f"removed{reason}")
                continue
            changed = new_by_name[name]
            if header.get("required") and not changed.get("required"):
                self.emit(True, subject, "made optional")
            self.schema(_Part(f"{where} header", "response"), name, header.get("schema", {}), changed.get("schema", {}))
        for name in new_by_name:
            if name not in old_by_name:
                self.emit(False, f"{where} header `{name}`", "added")

    def content(self, where: str, old: Node, new: Node, direction: str) -> None:
        for media_type, entry in old.items():
            if media_type not in new:
                self.emit(True, where, f"media type {media_type} removed")
            else:
                part = _Part(f"{where} {media_type}", direction)
                self.schema(part, "", entry.get("schema", {}), new[media_type].get("schema", {}))
        for media_type in new:
            if media_type not in old:
                self.emit(False, where, f"media type {media_type} added")

    def schema(
        self,
        part: _Part,
        path: str,
        old_node: Node,
        new_node: Node,
        seen: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
    ) -> None:
        old, old_refs = self.old.schema(old_node)
        new, new_refs = self.new.schema(new_node)
        if seen[0].intersection(old_refs) or seen[1].intersection(new_refs):
            return  # a recursive schema: its fields were compared one level up
        seen = (seen[0].union(old_refs), seen[1].union(new_refs))
        subject = part.subject(path)
        response = part.direction == "response"
        if not self.retyping(subject, self.old.label(old), self.new.label(new), response):
            return
        if old.get("nullable") != new.get("nullable"):
            if new.get("nullable"):
                self.emit(response, subject, "made nullable")
            else:
                self.emit(not response, subject, "no longer nullable")
        if status := _flag_change(old, new, "deprecated", ("deprecated", "no longer deprecated")):
            self.emit(False, subject, status)
        self.lifecycle(subject, "", old, new)
        self.access(subject, old, new, response)
        if old.get("default") != new.get("default"):
            # A caller leaving the value out now gets another one; an answer's default is documentation.
            breaking = not response and "default" in old
            self.emit(breaking, subject, f"default {_bound(old.get('default'))} -> {_bound(new.get('default'))}")
        self.enum(subject, old.get("enum") or [], new.get("enum") or [])
        self.bounds(subject, old, new, response)
        self.properties(part, path, old, new, seen)
        if isinstance(old.get("items"), dict) and isinstance(new.get("items"), dict):
            self.schema(part, f"{path}[]", old["items"], new["items"], seen)
        old_map, new_map = old.get("additionalProperties"), new.get("additionalProperties")
        if isinstance(old_map, dict) and isinstance(new_map, dict):
            self.schema(part, f"{path}{{}}", old_map, new_map, seen)

    def retyping(self, subject: str, old_type: str, new_type: str, response: bool) -> bool:
        """Report a change of type; False when the schemas are too different to compare further."""
        if old_type == new_type:
            return True
        if (old_type, new_type) in _WIDENINGS:
            self.emit(response, subject, f"type widened from {old_type} to {new_type}")
        elif (new_type, old_type) in _WIDENINGS:
            self.emit(not response, subject, f"type narrowed from {old_type} to {new_type}")
        else:
            self.emit(True, subject, f"type changed from {old_type} to {new_type}")
            return False
        return True

    def bounds(self, subject: str, old: Node, new: Node, response: bool) -> None:
        # Requests are validated before sending: tighter refuses calls that passed. Readers of an
        # answer may rely on its bounds: looser lets through values they never met.
        for key in _BOUNDS:
            old_bound, new_bound = old.get(key), new.get(key)
            if old_bound != new_bound:
                before, after = (new_bound, old_bound) if response else (old_bound, new_bound)
                self.emit(_tightened(key, before, after), subject, f"{key} {_bound(old_bound)} -> {_bound(new_bound)}")

    def access(self, subject: str, old: Node, new: Node, response: bool) -> None:
        """readOnly fields are not sent, writeOnly ones not answered: gaining the mark hides the field."""
        if status := _flag_change(old, new, "readOnly", ("made read-only", "no longer read-only")):
            self.emit(not response and bool(new.get("readOnly")), subject, status)
        if status := _flag_change(old, new, "writeOnly", ("made write-only", "no longer write-only")):
            self.emit(response and bool(new.get("writeOnly")), subject, status)

    def enum(self, subject: str, old: Iterable[Any], new: Iterable[Any]) -> None:
        # Compared as JSON text: in Python `True == 1`, and NP6 enums mix numbers and strings.
        old_values, new_values = [_value(v) for v in old], [_value(v) for v in new]
        for value in old_values:
            if value not in new_values:
                self.emit(True, subject, f"enum value {value} removed")
        for value in new_values:
            if value not in old_values:
                self.emit(False, subject, f"enum value {value} added")

    def properties(
        self, part: _Part, path: str, old: Node, new: Node, seen: tuple[frozenset[str], frozenset[str]]
    ) -> None:
        old_fields, new_fields = old.get("properties") or {}, new.get("properties") or {}
        old_required, new_required = set(old.get("required") or []), set(new.get("required") or [])
        request = part.direction == "request"
        for name, field in old_fields.items():
            field_path = f"{path}.{name}" if path else name
            subject = part.subject(field_path)
            if name not in new_fields:
                self.emit(True, subject, "field removed")
                continue
            if name in old_required and name not in new_required:
                self.emit(not request, subject, "field made optional")
            elif name in new_required and name not in old_required:
                self.emit(request, subject, "field made required")
            self.schema(part, field_path, field, new_fields[name], seen)
        for name in new_fields:
            if name not in old_fields:
                required = name in new_required
                field_path = f"{path}.{name}" if path else name
                self.emit(request and required, part.subject(field_path), f"{_required(required)} field added")


_UPPER = ("maximum", "maxLength", "maxItems", "maxProperties")
_LOWER = ("minimum", "minLength", "minItems", "minProperties")
_EXCLUSIVE = ("exclusiveMaximum", "exclusiveMinimum")
_BOUNDS = (*_UPPER, *_LOWER, *_EXCLUSIVE, "pattern", "multipleOf")


def _bound(value: Any) -> str:
    return "unset" if value is None else _value(value)


def _tightened(key: str, old: Any, new: Any) -> bool:
    """Whether a value valid under `old` may be invalid under `new` (None: the bound is unset)."""
    if key in _EXCLUSIVE and isinstance(old if old is not None else new, bool):
        return bool(new) and not old  # OpenAPI 3.0: a flag making the limit itself invalid
    if new is None:
        return False
    if old is None or key not in _UPPER + _LOWER:
        return True
    return bool(new < old) if key in _UPPER else bool(new > old)


def _requirements(security: Any) -> set[frozenset[str]] | None:
    """Security requirement alternatives by scheme names; None where the spec leaves it unset."""
    if security is None:
        return None
    return {frozenset(requirement) for requirement in security}


def _key_schemes(doc: Node) -> set[str]:
    """The security schemes the SDK satisfies: an API key sent in the `X-Key` header."""
    schemes = (doc.get("components") or {}).get("securitySchemes") or {}
    return {
        name
        for name, scheme in schemes.items()
        if (scheme.get("type"), scheme.get("in"), str(scheme.get("name")).lower()) == ("apiKey", "header", "x-key")
        and scheme.get("in") == "header"
        and str(scheme.get("name")).lower() == "x-key"
    }


def _satisfied(security: Any, doc: Node) -> bool:
    """Whether the `X-Key` header alone meets one of the requirement's alternatives."""
    requirements = _requirements(security)
    return not requirements or any(requirement <= _key_schemes(doc) for requirement in requirements)


def _required(required: bool) -> str:
    return "required" if required else "optional"


def _op_where(op: Node, key: tuple[str, str]) -> str:
    return f"{op.get('operationId')} ({key[0].upper()} {key[1]})"


def diff(old: Node, new: Node) -> list[Change]:
    """Every change from `old` to `new`, in the order of the old spec's operations, then additions."""
    return _Differ(old, new).run()


def spec_at(rev: str, root: Path = ROOT) -> Node:
    """The bundled spec committed at `rev` (what `make generate` wrote there)."""
    loaded: Node = json.loads(show(rev, BUNDLED, root))
    return loaded


def report(changes: list[Change], since: str) -> str:
    if not changes:
        return f"spec changes since {since}: none"
    breaking = sum(change.breaking for change in changes)
    lines = [f"spec changes since {since}: {len(changes)}, {breaking} breaking"]
    # Breaking changes first; within each kind, in the order `diff` found them.
    lines += [f"  {change.line()}" for change in sorted(changes, key=lambda change: not change.breaking)]
    return "\n".join(lines)


def print_change_report(doc: Node, base: str = "HEAD") -> None:
    """Print what `doc` changes from the spec committed at `base`; say why when there is no base."""
    try:
        changes = diff(spec_at(base), doc)
    except (RevisionError, SpecDiffError, ValueError) as exc:
        print(f"spec changes since {base}: not compared ({exc})")
        return
    print(report(changes, base))


def main(argv: list[str]) -> int:
    try:
        base = argv[0] if argv else base_ref(last_release())
        changes = diff(spec_at(base), bundle())
    except (BundleError, RevisionError, ReleaseError, SpecDiffError, ValueError) as exc:
        print(f"spec-diff: {exc}", file=sys.stderr)
        return 2
    print(report(changes, base))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
