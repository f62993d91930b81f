"""Breaking changes of the package's public Python API since a git revision, found by griffe.

The spec diff sees the wire; this sees what consumers import and call, so a renamed function
parameter, a removed model or enum member, or a changed signature in the hand-written layer is
caught even when the spec looks unchanged. Both versions are read statically from source (the
older one from `git archive`, so no worktree is created), and `np6_client._generated` is reached
through the public re-exports in `np6_client.api` and `np6_client.models`. Each breakage is
named by the path consumers import (`np6_client.models.Target`), not the module that defines it.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import griffe
from bundle import ROOT
from revisions import export

PACKAGE = "np6_client"


def _load(search_path: Path) -> griffe.Object | griffe.Alias:
    return griffe.load(
        PACKAGE,
        search_paths=[search_path],
        try_relative_path=False,
        allow_inspection=False,
        resolve_aliases=True,
    )


def _value(value: object) -> str:
    if isinstance(value, griffe.Object | griffe.Alias):
        return ""  # the object's path already names it
    # A parameter prints with a made-up `= None` default: its name is what tells it apart.
    return value.name if isinstance(value, griffe.Parameter) else str(value or "")


@dataclass(frozen=True, order=True)
class ApiBreak:
    """One breakage: the object consumers import (`name`) and the line the report prints."""

    line: str
    name: str


def _modules(module: griffe.Object | griffe.Alias) -> Iterator[griffe.Object | griffe.Alias]:
    """The package's public modules: those whose path has no part starting with `_`."""
    yield module
    for name, member in module.members.items():
        if not name.startswith("_") and not member.is_alias and member.is_module:
            yield from _modules(member)


def _definitions(member: griffe.Object | griffe.Alias) -> list[str]:
    """Every path an alias passes through to its definition (a re-export of a re-export)."""
    paths = [member.path]
    while isinstance(member, griffe.Alias):
        paths.append(member.target_path)
        try:
            member = member.target
        except (griffe.AliasResolutionError, griffe.CyclicAliasError):
            break
    return paths[1:] if len(paths) > 1 else paths


def public_names(package: griffe.Object | griffe.Alias) -> dict[str, str]:
    """Where each re-exported object is defined -> the path consumers import it by."""
    found: dict[str, str] = {}
    for module in _modules(package):
        for name, member in module.members.items():
            if name.startswith("_"):
                continue
            if not member.is_alias and member.is_module:
                continue
            for defined in _definitions(member):
                if defined.startswith(f"{PACKAGE}."):
                    found.setdefault(defined, f"{module.path}.{name}")
    return found


def public_path(path: str, names: dict[str, str]) -> tuple[str, str]:
    """`path` spelled through the public re-exports, and the importable object it belongs to."""
    parts = path.split(".")
    for cut in range(len(parts), 0, -1):
        defined = ".".join(parts[:cut])
        if defined in names:
            importable = names[defined]
            return ".".join([importable, *parts[cut:]]), importable
    return path, path


def _describe(breakage: griffe.Breakage, names: dict[str, str]) -> ApiBreak:
    path, importable = public_path(breakage.obj.path, names)
    text = f"{path}: {breakage.kind.value}"
    old, new = _value(breakage.old_value), _value(breakage.new_value)
    if old and new:
        text = f"{text}: {old} -> {new}"
    elif old or new:
        text = f"{text}: {old or new}"
    return ApiBreak(text, importable)


def breakages(rev: str, root: Path = ROOT) -> list[ApiBreak]:
    """Each public-API breakage from `rev` to the working tree at `root`, by public path."""
    logging.getLogger("griffe").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory() as tmp:
        export(rev, PACKAGE, Path(tmp), root)
        old = _load(Path(tmp))
        new = _load(root)
        names = {**public_names(new), **public_names(old)}
        return sorted({_describe(breakage, names) for breakage in griffe.find_breaking_changes(old, new)})
