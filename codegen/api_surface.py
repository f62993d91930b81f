"""Breaking changes of the package's public Python API since a git revision, found by griffe.

The spec diff sees the wire; this sees what consumers import and call, so a renamed function
parameter, a removed model or enum member, or a changed signature in the hand-written layer is
caught even when the spec looks unchanged. Both versions are read statically from source (the
older one from `git archive`, so no worktree is created), and `np6_client._generated` is reached
through the public re-exports in `np6_client.api` and `np6_client.models`.
"""

from __future__ import annotations

import logging
import tempfile
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


def _describe(breakage: griffe.Breakage) -> str:
    text = f"{breakage.obj.path}: {breakage.kind.value}"
    old, new = _value(breakage.old_value), _value(breakage.new_value)
    if old and new:
        return f"{text}: {old} -> {new}"
    return f"{text}: {old or new}" if old or new else text


def breakages(rev: str, root: Path = ROOT) -> list[str]:
    """One line per public-API breakage from `rev` to the working tree at `root`."""
    logging.getLogger("griffe").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory() as tmp:
        export(rev, PACKAGE, Path(tmp), root)
        old = _load(Path(tmp))
        new = _load(root)
        return sorted({_describe(breakage) for breakage in griffe.find_breaking_changes(old, new)})
