"""`bench/_runtime_only.py`: startup is measured with only what a runtime install of the SDK has."""

import json
import subprocess
import sys
from types import ModuleType

import pytest

from tests.scripts.bench_modules import bench_module

# Development tools of this repository's own setup, never needed to run the SDK.
DEV_ONLY = ("pytest", "mypy", "ruff", "mutmut", "openapi-python-client", "rich", "click")
# The SDK's own requirements and what they need in turn.
RUNTIME = ("httpx", "httpcore", "aiohttp", "attrs", "msgspec", "yarl", "h11", "idna", "certifi")


@pytest.fixture(scope="module")
def runtime_only() -> ModuleType:
    return bench_module("_runtime_only")


def test_the_runtime_closure_holds_the_requirements_and_not_the_tools(runtime_only: ModuleType) -> None:
    found = runtime_only.runtime_distributions()
    assert [name for name in RUNTIME if name not in found] == []
    assert [name for name in DEV_ONLY if name in found] == []


def test_only_modules_of_tools_are_hidden(runtime_only: ModuleType) -> None:
    hidden = set(runtime_only.hidden_modules())
    assert {"rich", "click", "pytest", "mypy"} <= hidden
    assert not hidden & {"httpx", "httpcore", "aiohttp", "attr", "attrs", "msgspec", "np6_client", "asyncio", "json"}


def test_a_child_behind_the_prelude_imports_httpx_without_its_command_line(runtime_only: ModuleType) -> None:
    code = runtime_only.PRELUDE + (
        "import httpx\n"
        "try:\n    import rich\nexcept ModuleNotFoundError:\n    hidden = True\nelse:\n    hidden = False\n"
        "print(json.dumps([hidden, 'rich' in sys.modules, 'click' in sys.modules, sys.argv[1:]]))\n"
    )
    argv = [sys.executable, "-c", code, json.dumps(runtime_only.hidden_modules()), "after"]
    done = subprocess.run(argv, capture_output=True, text=True, check=True, timeout=60)
    assert json.loads(done.stdout) == [True, False, False, ["after"]]


def test_requirements_that_need_each_other_are_walked_once(runtime_only: ModuleType) -> None:
    graph = {"root": ["a>=1", "b; extra == 'dev'"], "a": ["root", "c; python_version >= '3'"], "c": None}
    walked: list[str] = []

    def requires(name: str) -> list[str] | None:
        walked.append(name)
        assert len(walked) <= len(graph), "walked in circles"
        return graph[name]

    assert runtime_only.runtime_distributions("root", requires) == {"root", "a", "c"}
    assert sorted(walked) == ["a", "c", "root"]
