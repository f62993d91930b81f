"""`make api-check`: no breaking change since the last release unless the version and changelog say so.

The rule, in full: compare the generated spec (`np6_client/_generated/openapi.json`) and the
public Python API (griffe) with the last release in `releases.toml`. The version in
`pyproject.toml` must never go below that release's, and CHANGELOG.md must have a `## <version>`
section for it. If anything breaking changed, the version must also be a breaking bump: while
0.x a higher minor (0.1.x -> 0.2.0), from 1.0 a higher major, and that section must name each
break by what consumers use: the operation's function (`count_targets`) or the importable object
(`np6_client.models.Target`, or `Target` alone). The first refusal lists everything still missing.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Collection, Mapping
from pathlib import Path

from api_surface import breakages
from bundle import ROOT
from releases import (
    ReleaseError,
    base_ref,
    changelog_section,
    changelog_versions,
    current_version,
    last_release,
    parse_version,
)
from revisions import RevisionError
from spec_diff import BUNDLED, SpecDiffError, diff, report, spec_at


def next_breaking(last: str) -> str:
    major, minor, _ = parse_version(last)
    return f"0.{minor + 1}.0" if major == 0 else f"{major + 1}.0.0"


def names(text: str, name: str) -> bool:
    """Whether changelog text mentions `name` (`np6_client.models.Target`) or its last part alone."""
    short = name.rsplit(".", 1)[-1]
    return any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) for word in {name, short})


def problems(
    last: str, current: str, changelog: Mapping[str, str], *, breaking: bool, broken: Collection[str] = ()
) -> list[str]:
    """What the version and changelog fail to say; empty when they say enough.

    `changelog` maps each version with a CHANGELOG.md section to that section's text; `broken`
    are the names of what broke, each of which the new version's section must mention.
    """
    found = []
    if parse_version(current) < parse_version(last):
        found.append(f"version {current} in pyproject.toml is older than the last release {last}")
    target = current
    if breaking and parse_version(current) < parse_version(next_breaking(last)):
        target = next_breaking(last)
        found.append(
            f"breaking changes since {last} need version {target} or later "
            f"(0.x: a higher minor; from 1.0: a higher major), pyproject.toml says {current}"
        )
    text = changelog.get(target)
    unnamed = sorted({name for name in broken if text is None or not names(text, name)})
    if text is None:
        found.append(f"CHANGELOG.md has no '## {target}' section" + (_naming(unnamed) if unnamed else ""))
    elif unnamed:
        found.append(f"CHANGELOG.md's '## {target}' section does not name every break" + _naming(unnamed))
    return found


def _naming(unnamed: list[str]) -> str:
    return "; it must name each of: " + ", ".join(f"`{name}`" for name in unnamed)


def check(root: Path = ROOT) -> tuple[str, list[str]]:
    """The report printed by `make api-check`, and the problems that make it fail."""
    release = last_release(root)
    ref = base_ref(release, root)
    spec_changes = diff(spec_at(ref, root), json.loads((root / BUNDLED).read_text(encoding="utf-8")))
    api_breaks = breakages(ref, root)
    since = f"release {release.version} ({ref})"
    lines = [report(spec_changes, since)]
    lines.append(f"public API breakages since {since}: {len(api_breaks) or 'none'}")
    lines += [f"  breaking    {item.line}" for item in api_breaks]
    broken = {item.name for item in api_breaks} | {change.name for change in spec_changes if change.breaking}
    breaking = bool(api_breaks) or any(change.breaking for change in spec_changes)
    changelog = {version: changelog_section(version, root) or "" for version in changelog_versions(root)}
    current = current_version(root)
    return "\n".join(lines), problems(release.version, current, changelog, breaking=breaking, broken=broken)


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
