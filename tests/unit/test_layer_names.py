"""The client layer and the fake NP6 never use one name for two different things.

Someone reading a traceback or searching the code must not confuse the SDK's request checks with
the fake's, or the SDK's limiter with the fake's window counter: a module name, or a public name
defined at the top of a module, belongs to one side only. Logic both sides need is written once,
in the client layer, and imported by the fake.
"""

from __future__ import annotations

import ast
from pathlib import Path

import np6_client

PACKAGE = Path(np6_client.__file__).parent
GENERATED = {"_generated", "api", "models.py"}


def _client_files() -> list[Path]:
    return [
        path for path in PACKAGE.rglob("*.py") if not {"testing", *GENERATED} & set(path.relative_to(PACKAGE).parts)
    ]


def _fake_files() -> list[Path]:
    return sorted((PACKAGE / "testing").glob("*.py"))


def _module_names(files: list[Path]) -> set[str]:
    """Module and subpackage names, without the leading underscore (`_spec/` and `_spec.py` clash)."""
    names = {path.stem for path in files} | {path.parent.name for path in files if path.parent != PACKAGE}
    return {name.lstrip("_") for name in names if name != "__init__"} - {"testing", "main__"}


def public_names(path: Path) -> set[str]:
    """Classes, functions and constants a module defines at its top level, type variables aside."""
    found: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            found.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            value = node.value
            if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "TypeVar":
                continue
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            found.update(target.id for target in targets if isinstance(target, ast.Name))
    return {name for name in found if not name.startswith("_")}


def _defined(files: list[Path]) -> dict[str, list[str]]:
    where: dict[str, list[str]] = {}
    for path in files:
        for name in public_names(path):
            where.setdefault(name, []).append(str(path.relative_to(PACKAGE)))
    return where


def test_no_module_name_is_both_the_client_s_and_the_fake_s() -> None:
    assert _module_names(_client_files()) & _module_names(_fake_files()) == set()


def test_no_public_name_is_defined_by_both_the_client_and_the_fake() -> None:
    client, fake = _defined(_client_files()), _defined(_fake_files())
    assert {name: (client[name], fake[name]) for name in client.keys() & fake.keys()} == {}


def test_the_names_read_are_the_ones_defined(tmp_path: Path) -> None:
    module = tmp_path / "sample.py"
    module.write_text('T = TypeVar("T")\nLIMIT: int = 3\n_hidden = 1\nclass Route: ...\nasync def fetch(): ...\n')
    assert public_names(module) == {"LIMIT", "Route", "fetch"}
    assert "spec" in _module_names(_client_files()) and "fixed_window" in _module_names(_fake_files())
