"""The hand-written package imports without a cycle, counting imports made only for type checkers.

Every `import` and `from ... import` statement is read (at module level, under `TYPE_CHECKING`, or
inside a function), so a cycle cannot hide behind a deferred import. Generated modules are in the
graph, so a cycle through them counts; cycles among generated models alone (the generator's own
deferred imports) do not.
"""

from __future__ import annotations

import ast
from pathlib import Path

import np6_client

PACKAGE = Path(np6_client.__file__).parent
GENERATED = ("np6_client._generated", "np6_client.api", "np6_client.models")


def _module_name(path: Path) -> str:
    parts = ["np6_client", *path.relative_to(PACKAGE).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in PACKAGE.rglob("*.py")}


def _hand_written(name: str) -> bool:
    return not any(name == prefix or name.startswith(prefix + ".") for prefix in GENERATED)


def _imported(name: str, path: Path, known: set[str]) -> set[str]:
    """The package's modules that `name` imports, whatever the statement's place or form."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
            origin = ".".join([*base, node.module] if node.module else base) if node.level else str(node.module)
            submodules = [f"{origin}.{alias.name}" for alias in node.names]
            # `from . import _raw` needs the submodule only; a name from the package needs its `__init__`.
            targets = submodules if all(module in known for module in submodules) else [origin, *submodules]
        else:
            continue
        found.update(target for target in targets if target in known and target != name)
    return found


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def import_graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imported(name, path, set(modules)) for name, path in modules.items()}


def test_the_hand_written_package_has_no_import_cycle() -> None:
    assert [cycle for cycle in _cycles(import_graph()) if any(map(_hand_written, cycle))] == []


def test_the_graph_sees_deferred_and_type_only_imports() -> None:
    graph = import_graph()
    assert "np6_client._streaming.stream" in graph["np6_client._client"]  # under TYPE_CHECKING and deferred
    assert "np6_client._client" in graph["np6_client._poller"]  # under TYPE_CHECKING only
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
