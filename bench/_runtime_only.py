"""Measure imports as a runtime install has them: without what only the development tools bring.

httpx imports its command line (rich, click, pygments) whenever those happen to be installed, and
the development environment installs them for the generator. `np6-client`'s own dependencies do
not, so in a service `import httpx` costs about half as much; measured here, both sides would
carry the same extra 50-100 ms and their ratio would look better than it is. `hidden_modules()`
names every top-level module of an installed distribution outside `np6-client`'s runtime
requirements (extras excluded); `PRELUDE` makes a child process treat them as not installed.
"""

from __future__ import annotations

import importlib.metadata as metadata
from collections.abc import Callable

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = "np6-client"

# Run first in a child, with the hidden names as a JSON list in argv[1]; it imports nothing new.
PRELUDE = """
import json, sys
_HIDDEN = frozenset(json.loads(sys.argv.pop(1)))
class _NotInstalled:
    def find_spec(self, name, path=None, target=None):
        if name in _HIDDEN:  # a submodule's parent is imported, and refused, first
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None
sys.meta_path.insert(0, _NotInstalled())
"""


Requires = Callable[[str], "list[str] | None"]


def runtime_distributions(root: str = ROOT, requires: Requires = metadata.requires) -> set[str]:
    """`root` and everything its requirements pull in without extras, as canonical names."""
    found: set[str] = set()
    pending = [root]
    while pending:
        name = canonicalize_name(pending.pop())
        if name in found:
            continue
        found.add(name)
        try:
            requirements = requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        for line in requirements:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                pending.append(requirement.name)
    return found


def hidden_modules(root: str = ROOT) -> list[str]:
    """Top-level modules that only distributions outside the runtime closure provide."""
    keep = runtime_distributions(root)
    return sorted(
        module
        for module, providers in metadata.packages_distributions().items()
        if not any(canonicalize_name(provider) in keep for provider in providers)
    )
