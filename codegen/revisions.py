"""Files of another git revision, read without checking it out.

Nothing here touches the index, the work tree or the repository's list of worktrees, so a check
against a release can run in any clone, beside uncommitted work.
"""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path

from bundle import ROOT


class RevisionError(Exception):
    """git is missing, the revision is unknown, or it lacks the file asked for."""


def _git(root: Path, *args: str) -> bytes:
    try:
        proc = subprocess.run(["git", *args], cwd=root, capture_output=True, check=False)
    except FileNotFoundError as exc:
        raise RevisionError("git is not installed") from exc
    if proc.returncode != 0:
        message = proc.stderr.decode(errors="replace").strip() or f"git {args[0]} failed"
        raise RevisionError(message)
    return proc.stdout


def commit_of(ref: str, root: Path = ROOT) -> str | None:
    """The full commit id `ref` names, or None when this clone has no such ref."""
    try:
        return _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").decode().strip()
    except RevisionError:
        return None


def show(rev: str, path: str, root: Path = ROOT) -> bytes:
    """The content of `path` at `rev`."""
    return _git(root, "show", f"{rev}:{path}")


def export(rev: str, path: str, dest: Path, root: Path = ROOT) -> None:
    """Write the tree `path` of `rev` under `dest` (as `dest/path`)."""
    archive = _git(root, "archive", "--format=tar", rev, path)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(dest, filter="data")
