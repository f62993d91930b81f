"""Judge, outside mutmut, the mutants that mutmut's own tooling keeps its tests from judging.

Under mutmut every call of a mutated function goes through a trampoline in mutmut's module, so a
test of what the stack looks like (a warning naming the caller's line) fails for the original code
too and has to be left out of mutmut's runs. The mutants only such a test can kill are listed in a
"## Judged outside mutmut" section of a `docs/mutation*.md` page: a `Tests:` line naming the tests
(backquoted pytest ids) and a table whose first cell is each mutant's full name. After `mutmut run`,
this applies each listed mutant that mutmut did not kill to a scratch copy of the project, runs the
named tests there (the original must pass them first), and writes what happened to
`mutants/judged-outside.json`, which `tools/mutation_score.py` counts, with the evidence printed.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from mutation_score import KILLED_CODES, change, fingerprint, module_file

ROOT = Path(__file__).resolve().parent.parent
RECORD = "judged-outside.json"
SECTION = re.compile(r"^## Judged outside mutmut\s*$(.*?)(?=^## |\Z)", re.MULTILINE | re.DOTALL)
TESTS_LINE = re.compile(r"^Tests:(.*)$", re.MULTILINE)
ROW = re.compile(r"^\|\s*`([\w.ǁ]+__mutmut_\d+)`", re.MULTILINE)
FAILED = re.compile(r"^FAILED (\S+)", re.MULTILINE)
SKIPPED_IN_COPY = {".git", ".venv", "mutants", "dist", "build", ".mypy_cache", ".pytest_cache", ".ruff_cache"}


@dataclass(frozen=True)
class Listing:
    """The mutants one page has judged outside mutmut, and the tests that judge them."""

    page: Path
    mutants: tuple[str, ...]
    tests: tuple[str, ...]


def listings(root: Path) -> list[Listing]:
    found: list[Listing] = []
    for page in sorted((root / "docs").glob("mutation*.md")):
        for section in SECTION.findall(page.read_text(encoding="utf-8")):
            tests = TESTS_LINE.search(section)
            if tests is None:  # judged by hand, in prose: nothing here to run
                print(f"{page.name}: no 'Tests:' line in its 'Judged outside mutmut' section; left as written")
                continue
            found.append(Listing(page, tuple(ROW.findall(section)), tuple(re.findall(r"`([^`]+)`", tests.group(1)))))
    return found


def split_name(name: str) -> tuple[str, str | None, str]:
    """`pkg.mod.xǁClassǁmethod__mutmut_3` -> (`pkg.mod`, `Class`, `method`); functions have no class."""
    module, _, mangled = re.sub(r"__mutmut_\d+$", "", name).rpartition(".")
    if mangled.startswith("xǁ"):
        _, owner, function = mangled.split("ǁ")
        return module, owner, function
    return module, None, mangled.removeprefix("x_")


def _function(tree: ast.Module, owner: str | None, name: str) -> ast.FunctionDef | ast.AsyncFunctionDef:
    body: list[ast.stmt] = tree.body
    if owner is not None:
        body = next(node.body for node in tree.body if isinstance(node, ast.ClassDef) and node.name == owner)
    for node in body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == name:
            return node
    raise LookupError(f"no function {name!r} (class {owner!r})")


def mutated_source(root: Path, name: str) -> tuple[Path, str]:
    """The module's path inside the project, and its source with the mutant in place of the original."""
    module, owner, function = split_name(name)
    relative = module_file(module)
    original = (root / relative).read_text(encoding="utf-8")
    mutants = (root / "mutants" / relative).read_text(encoding="utf-8")
    mutant_node = _function(ast.parse(mutants), owner, name.rpartition(".")[2])
    mutant_lines = mutants.splitlines(keepends=True)[mutant_node.lineno - 1 : mutant_node.end_lineno]
    mutant_lines[0] = mutant_lines[0].replace(mutant_node.name, function, 1)
    target = _function(ast.parse(original), owner, function)
    lines = original.splitlines(keepends=True)
    return relative, "".join(lines[: target.lineno - 1] + mutant_lines + lines[target.end_lineno :])


def scratch_copy(root: Path, into: Path) -> Path:
    copy = into / "project"
    shutil.copytree(root, copy, ignore=lambda _, names: [n for n in names if n in SKIPPED_IN_COPY])
    return copy


def run_tests(project: Path, tests: tuple[str, ...]) -> tuple[int, list[str]]:
    """The exit code of pytest and the tests that failed, run inside `project` (its package imported first)."""
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rf", *tests],
        cwd=project,
        env={**_environment(), "PYTHONPATH": str(project)},
        capture_output=True,
        text=True,
        check=False,
    )
    return done.returncode, FAILED.findall(done.stdout)


def _environment() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if not key.startswith("MUTANT_UNDER_TEST")}


def judged_names(root: Path) -> dict[str, int | None]:
    results: dict[str, int | None] = {}
    for meta in (root / "mutants").glob("**/*.py.meta"):
        results.update(json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"])
    return results


def judge(root: Path) -> dict[str, dict[str, object]]:
    """Apply each listed mutant mutmut ran but did not kill, and record which named tests failed."""
    results = judged_names(root)
    record: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        project = scratch_copy(root, Path(scratch))
        for listing in listings(root):
            pending = [name for name in listing.mutants if name in results and results[name] is not None]
            pending = [name for name in pending if results[name] not in KILLED_CODES]
            if not pending:
                continue
            code, failed = run_tests(project, listing.tests)
            if code != 0:
                raise SystemExit(f"{listing.page}: the original fails its own tests outside mutmut: {failed or code}")
            for name in pending:
                relative, source = mutated_source(root, name)
                pristine = (project / relative).read_text(encoding="utf-8")
                (project / relative).write_text(source, encoding="utf-8")
                try:
                    code, failed = run_tests(project, listing.tests)
                finally:
                    (project / relative).write_text(pristine, encoding="utf-8")
                if code not in (0, 1):
                    raise SystemExit(f"{name}: pytest could not run the tests (exit code {code})")
                lines = change(name, root / "mutants")
                record[name] = {
                    "fp": None if lines is None else fingerprint(lines),
                    "killed": code == 1,
                    "failed": failed,
                }
                print(f"{name}: {'killed by ' + ', '.join(failed) if code == 1 else 'SURVIVED'}")
    (root / "mutants" / RECORD).write_text(json.dumps(record, indent=1, sort_keys=True), encoding="utf-8")
    return record


def main() -> int:
    record = judge(ROOT)
    killed = sum(1 for outcome in record.values() if outcome["killed"])
    print(f"{len(record)} judged outside mutmut, {killed} killed (tools/mutation_score.py counts them)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
