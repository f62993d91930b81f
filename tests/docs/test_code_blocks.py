"""Every code block of README.md, CONTRIBUTING.md and docs/*.md runs, or is checked, in `make test`.

A fence's info string says how:

- `python`: run as written, in a fresh namespace (blocks that start their own fake NP6).
- `python fake`: run with `fake` (a fresh `FakeNP6`) and `np6` (an `NP6Client` calling it
  in-process) defined; top-level `await` and `async for` are allowed.
- `python no-run`: needs what a test cannot have (a real key, a Redis, your own code): compiled
  (top-level `await` allowed), never run.
- `sh`: shell commands: every `make` target exists in the Makefile, and every option given to
  `python -m np6_client.testing` is one its `--help` lists.
- `text`, `json`, `yaml`, ...: not code.
"""

from __future__ import annotations

import ast
import inspect
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from np6_client import NP6Client
from np6_client.testing import FakeNP6

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^( *)```([^\n`]*)\n(.*?)^\1```", re.DOTALL | re.MULTILINE)
CODE_KINDS = {"python", "python fake", "python no-run", "sh"}
NOT_CODE = {"text", "json", "yaml", "csv", "http", ""}
KEY = "test-key"


def _blocks() -> list[tuple[str, str, str]]:
    found = []
    for document in DOCUMENTS:
        text = document.read_text(encoding="utf-8")
        for match in FENCE.finditer(text):
            indent, info, body = match.groups()
            line = text.count("\n", 0, match.start()) + 1
            code = "\n".join(row[len(indent) :] for row in body.splitlines())
            found.append((f"{document.relative_to(ROOT)}:{line}", info.strip(), code))
    return found


BLOCKS = _blocks()


def test_every_document_has_its_blocks_found() -> None:
    kinds = {info for _, info, _ in BLOCKS}
    assert kinds <= CODE_KINDS | NOT_CODE, kinds - CODE_KINDS - NOT_CODE
    assert {"python", "python fake", "python no-run", "sh"} <= kinds
    assert any(where.startswith("README.md") and info == "python" for where, info, _ in BLOCKS)


def _compiled(code: str, where: str) -> Any:
    return compile(code, where, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)


def _params(kind: str) -> list[Any]:
    return [pytest.param(code, id=where) for where, info, code in BLOCKS if info == kind]


@pytest.mark.parametrize("code", _params("python"))
def test_a_python_block_runs(code: str, request: pytest.FixtureRequest) -> None:
    # Compiled without top-level await: such a block would only build a coroutine and run nothing.
    exec(compile(code, request.node.callspec.id, "exec"), {"__name__": "docs_block"})


@pytest.mark.parametrize("code", _params("python fake"))
async def test_a_block_runs_against_the_fake(code: str, request: pytest.FixtureRequest) -> None:
    fake = FakeNP6(api_keys=(KEY,), event_count=10)
    async with NP6Client(api_key=KEY, base_url="https://np6.test", transport=httpx.ASGITransport(fake.app)) as np6:
        namespace = {"__name__": "docs_block", "fake": fake, "np6": np6}
        result = eval(_compiled(code, request.node.callspec.id), namespace)
        if inspect.iscoroutine(result):
            await result


@pytest.mark.parametrize("code", _params("python no-run"))
def test_a_block_that_cannot_run_here_compiles(code: str, request: pytest.FixtureRequest) -> None:
    _compiled(code, request.node.callspec.id)


def _make_targets() -> set[str]:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-z][\w.-]*):", makefile, re.MULTILINE))


def _commands(code: str) -> list[list[str]]:
    joined = code.replace("\\\n", " ")
    return [shlex.split(line, comments=True) for line in joined.splitlines() if line.strip()]


def _fake_cli_options(*command: str) -> set[str]:
    shown = subprocess.run(
        [sys.executable, "-m", "np6_client.testing", *command, "--help"], capture_output=True, text=True, check=True
    ).stdout
    return set(re.findall(r"--[a-z][a-z-]*", shown))


@pytest.mark.parametrize("code", _params("sh"))
def test_a_shell_block_names_real_targets_and_options(code: str) -> None:
    targets = _make_targets()
    for words in _commands(code):
        if not words:
            continue
        if words[0] == "make":
            named = [word for word in words[1:] if "=" not in word and not word.startswith("-")]
            assert set(named) <= targets, f"no such make target: {set(named) - targets}"
        if words[:3] == ["python", "-m", "np6_client.testing"]:
            command = words[3:4] if words[3:4] and not words[3].startswith("-") else []
            options = {word.split("=")[0] for word in words[3:] if word.startswith("--")}
            known = _fake_cli_options(*command)
            assert options <= known, options - known


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_relative_link_leads_to_a_file(document: Path) -> None:
    links = re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", document.read_text(encoding="utf-8"))
    relative = [link for link in links if "://" not in link and not link.startswith("mailto:")]
    assert [link for link in relative if not (document.parent / link).exists()] == []
