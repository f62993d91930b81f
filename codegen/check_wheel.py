"""`make wheel` check: the built wheel ships the generated code, the bundled spec and py.typed."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

REQUIRED = (
    "np6_client/py.typed",
    "np6_client/__init__.py",
    "np6_client/_generated/openapi.json",
    "np6_client/_generated/api/__init__.py",
    "np6_client/_generated/models/__init__.py",
    "np6_client/testing/__init__.py",
)


def main(dist: Path) -> None:
    wheels = sorted(dist.glob("np6_client-*.whl"))
    if len(wheels) != 1:
        sys.exit(f"expected one wheel in {dist}, found {[w.name for w in wheels]}")
    names = set(zipfile.ZipFile(wheels[0]).namelist())
    missing = [name for name in REQUIRED if name not in names]
    endpoints = [n for n in names if n.startswith("np6_client/_generated/api/") and not n.endswith("__init__.py")]
    if missing:
        sys.exit(f"{wheels[0].name} lacks {', '.join(missing)}")
    print(f"{wheels[0].name}: {len(names)} files, {len(endpoints)} endpoint modules, py.typed and spec included")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
