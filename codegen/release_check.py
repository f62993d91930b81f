"""`make api-check`: no breaking change since the last release unless the version and changelog say so.

The rule, in full: compare the generated spec (`np6_client/_generated/openapi.json`) and the
public Python API (griffe) with the last release in `releases.toml`. The version in
`pyproject.toml` must never go below that release's, and CHANGELOG.md must have a `## <version>`
section for it. If anything breaking changed, the version must also be a breaking bump: while
0.x a higher minor (0.1.x -> 0.2.0), from 1.0 a higher major.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Collection
from pathlib import Path

from api_surface import breakages
from bundle import ROOT
from releases import ReleaseError, base_ref, changelog_versions, current_version, last_release, parse_version
from revisions import RevisionError
from spec_diff import BUNDLED, SpecDiffError, diff, report, spec_at


def next_breaking(last: str) -> str:
    major, minor, _ = parse_version(last)
    return f"0.{minor + 1}.0" if major == 0 else f"{major + 1}.0.0"


def problems(last: str, current: str, documented: Collection[str], *, breaking: bool) -> list[str]:
    """What the version and changelog fail to say; empty when they say enough."""
    found = []
    if parse_version(current) < parse_version(last):
        found.append(f"version {current} in pyproject.toml is older than the last release {last}")
    if current not in documented:
        found.append(f"CHANGELOG.md has no '## {current}' section")
    if breaking and parse_version(current) < parse_version(next_breaking(last)):
        found.append(
            f"breaking changes since {last} need version {next_breaking(last)} or later "
            f"(0.x: a higher minor; from 1.0: a higher major), pyproject.toml says {current}"
        )
    return found


def check(root: Path = ROOT) -> tuple[str, list[str]]:
    """The report printed by `make api-check`, and the problems that make it fail."""
    release = last_release(root)
    ref = base_ref(release, root)
    spec_changes = diff(spec_at(ref, root), json.loads((root / BUNDLED).read_text(encoding="utf-8")))
    api_breaks = breakages(ref, root)
    since = f"release {release.version} ({ref})"
    lines = [report(spec_changes, since)]
    lines.append(f"public API breakages since {since}: {len(api_breaks) or 'none'}")
    lines += [f"  breaking    {line}" for line in api_breaks]
    breaking = bool(api_breaks) or any(change.breaking for change in spec_changes)
    current = current_version(root)
    return "\n".join(lines), problems(release.version, current, changelog_versions(root), breaking=breaking)


def main() -> int:
    try:
        text, found = check()
    except (ReleaseError, RevisionError, SpecDiffError, OSError, KeyError, ValueError) as exc:
        print(f"api-check: {exc}", file=sys.stderr)
        return 2
    print(text)
    if found:
        print("api-check: failed:\n" + "\n".join(f"  - {problem}" for problem in found), file=sys.stderr)
        return 1
    print(f"api-check: version {current_version()} and CHANGELOG.md agree with the changes above")
    return 0


if __name__ == "__main__":
    sys.exit(main())
