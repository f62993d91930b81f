"""Merge openapi/np6.yaml and openapi/groups/*.yaml into the one document the generator reads.

The group files are fragments that share the root's component namespace, so bundling is a plain
union; a name defined twice with different content is an error rather than a silent override.
The merge also turns the `deprecated` flag and the `x-np6-experimental` extension into a first
line of the description, since the generator puts descriptions, not flags, into docstrings.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "openapi"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


class BundleError(Exception):
    """A group file conflicts with the root or with another group."""


def _merge_named(into: dict[str, Any], extra: dict[str, Any], where: str) -> None:
    for name, value in extra.items():
        if name in into and into[name] != value:
            raise BundleError(f"{where}: {name!r} is defined twice with different content")
        into[name] = value


def _mark_status(operation: dict[str, Any]) -> None:
    notes = []
    if operation.get("deprecated"):
        notes.append("Deprecated: NP6 marks this operation as deprecated.")
    if operation.get("x-np6-experimental"):
        notes.append("Experimental: NP6 marks this operation as experimental; it may change.")
    if notes:
        text = operation.get("description", "")
        operation["description"] = "\n\n".join([" ".join(notes), text]).strip()


def _describe_parameters(parameters: list[dict[str, Any]]) -> None:
    # The generator documents a parameter with its schema's description only.
    for parameter in parameters:
        schema = parameter.get("schema", {})
        if "description" in parameter and "$ref" not in schema and "description" not in schema:
            parameter["schema"] = {**schema, "description": parameter["description"]}


def bundle() -> dict[str, Any]:
    doc: dict[str, Any] = yaml.safe_load((SPEC_DIR / "np6.yaml").read_text(encoding="utf-8"))
    doc.setdefault("paths", {})
    components = doc.setdefault("components", {})
    for group in sorted((SPEC_DIR / "groups").glob("*.yaml")):
        fragment = yaml.safe_load(group.read_text(encoding="utf-8")) or {}
        where = group.relative_to(ROOT).as_posix()
        for path, item in (fragment.get("paths") or {}).items():
            target = doc["paths"].setdefault(path, {})
            _merge_named(target, item, f"{where} {path}")
        for section, entries in (fragment.get("components") or {}).items():
            _merge_named(components.setdefault(section, {}), entries, f"{where} components.{section}")
    for item in doc["paths"].values():
        _describe_parameters(item.get("parameters", []))
        for method in METHODS:
            if method in item:
                _mark_status(item[method])
                _describe_parameters(item[method].get("parameters", []))
    for parameter in components.get("parameters", {}).values():
        _describe_parameters([parameter])
    return doc


def dump(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    text = dump(bundle())
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
