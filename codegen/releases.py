"""The release record: `releases.toml`, the version being prepared and the sections of CHANGELOG.md.

Releases are recorded in a committed file, not only as tags, because a clone does not always
bring tags along; the commit id is enough to read a release back from the history.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from bundle import ROOT
from revisions import commit_of

_SECTION = re.compile(r"^## (\d+\.\d+\.\d+)\b", re.M)
_VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


class ReleaseError(Exception):
    """The release record, the version or the changelog cannot be read or disagree."""


@dataclass(frozen=True)
class Release:
    version: str
    commit: str

    @property
    def tag(self) -> str:
        return f"v{self.version}"


def parse_version(text: str) -> tuple[int, int, int]:
    match = _VERSION.match(text)
    if match is None:
        raise ReleaseError(f"version {text!r} is not MAJOR.MINOR.PATCH")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def last_release(root: Path = ROOT) -> Release:
    data = tomllib.loads((root / "releases.toml").read_text(encoding="utf-8"))
    entries = data.get("release") or []
    if not entries:
        raise ReleaseError("releases.toml records no release")
    entry = entries[-1]
    return Release(version=str(entry["version"]), commit=str(entry["commit"]))


def current_version(root: Path = ROOT) -> str:
    data = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["version"])


def changelog_versions(root: Path = ROOT) -> list[str]:
    path = root / "CHANGELOG.md"
    return _SECTION.findall(path.read_text(encoding="utf-8")) if path.exists() else []


def changelog_section(version: str, root: Path = ROOT) -> str | None:
    """The text of CHANGELOG.md's `## <version>` section, up to the next `## ` heading."""
    path = root / "CHANGELOG.md"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    start = re.search(rf"^## {re.escape(version)}\b.*$", text, re.M)
    if start is None:
        return None
    end = re.search(r"^## ", text[start.end() :], re.M)
    return text[start.end() : start.end() + end.start()] if end else text[start.end() :]


def base_ref(release: Release, root: Path = ROOT) -> str:
    """The release's tag when this clone has it, else its recorded commit."""
    recorded = commit_of(release.commit, root)
    if recorded is None:
        raise ReleaseError(f"commit {release.commit} of release {release.version} is not in this clone")
    tagged = commit_of(f"refs/tags/{release.tag}", root)
    if tagged is None:
        return recorded
    if tagged != recorded:
        raise ReleaseError(f"tag {release.tag} points at {tagged}, releases.toml records {recorded}")
    return release.tag
