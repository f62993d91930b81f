"""Print the mutation score of the last `mutmut run`, per module and overall.

A mutant counts as killed when a test failed, timed out or the type checker caught it, or when
`tools/judge_outside.py` applied it outside mutmut and a test it names failed. Mutants
listed in docs/mutation*.md are equivalent: they change nothing a caller can observe, so they are
left out of the score rather than counted as survivors. Each entry is a list item naming the
mutant and the fingerprint of its change (`` - `name` `fp:0123456789`: why ``): mutmut numbers mutants by position, so
after an edit a name can come to mean another mutant. An entry whose fingerprint no longer
matches the mutant of that name (or that has none) is reported as stale and does not count.

`python tools/mutation_score.py --show NAME...` prints each mutant's change and fingerprint.
"""

from __future__ import annotations

import ast
import difflib
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

KILLED_CODES = {1, 3, 24, 36, 37, 152, 255, -24}
TARGET = 0.90
ROOT = Path(__file__).resolve().parent.parent
MUTANTS = ROOT / "mutants"
ENTRY = re.compile(r"^\s*- `(np6_client\.[^`]+__mutmut_\d+)`(?:\s+`fp:([0-9a-f]{10})`)?", re.MULTILINE)
_NUMBERED = re.compile(r"__mutmut_\d+$")


def module_file(module: str) -> Path:
    """A module's file relative to the project (or to `mutants/`): a package's is its `__init__.py`."""
    relative = Path(module.replace(".", "/"))
    return relative / "__init__.py" if "." not in module or (ROOT / relative).is_dir() else relative.with_suffix(".py")


def _functions(module_path: Path) -> dict[str, ast.FunctionDef | ast.AsyncFunctionDef]:
    tree = ast.parse(module_path.read_text(encoding="utf-8"))
    return {node.name: node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)}


_CACHE: dict[Path, dict[str, ast.FunctionDef | ast.AsyncFunctionDef]] = {}


def change(name: str, mutants: Path = MUTANTS) -> list[str] | None:
    """The lines a mutant removes and adds, against the original function; None if there is no such mutant."""
    module, _, function = name.rpartition(".")
    path = mutants / module_file(module)
    if not path.exists():
        return None
    functions = _CACHE.get(path) or _CACHE.setdefault(path, _functions(path))
    mutant = functions.get(function)
    original = functions.get(_NUMBERED.sub("__mutmut_orig", function))
    if mutant is None or original is None:
        return None
    before, after = _body_lines(original), _body_lines(mutant)
    diff = difflib.unified_diff(before, after, lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def _body_lines(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    """The function's lines after its `def` line: decorators and the name differ between mutants."""
    lines = ast.unparse(function).splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith(("def ", "async def ")))
    return lines[start + 1 :]


def fingerprint(lines: list[str]) -> str:
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:10]


def listed_equivalents() -> dict[str, str | None]:
    """Each listed mutant name with the fingerprint written beside it (None when there is none)."""
    entries: dict[str, str | None] = {}
    for page in sorted((ROOT / "docs").glob("mutation*.md")):
        for name, print_ in ENTRY.findall(page.read_text(encoding="utf-8")):
            entries[name] = print_ or None
    return entries


def equivalent_mutants(results: dict[str, int | None]) -> tuple[set[str], list[str]]:
    """The listed names that still name the listed mutant, and a line for each stale entry among `results`."""
    equivalent: set[str] = set()
    stale: list[str] = []
    for name, written in listed_equivalents().items():
        if name not in results:
            continue
        lines = change(name)
        actual = None if lines is None else fingerprint(lines)
        if written is not None and written == actual:
            equivalent.add(name)
        else:
            stale.append(f"{name}: listed fp:{written}, the mutant of that name now has fp:{actual}")
    return equivalent, stale


def killed_outside(results: dict[str, int | None], mutants: Path = MUTANTS) -> tuple[set[str], list[str]]:
    """Survivors of mutmut's run that `tools/judge_outside.py` killed outside it, and a line of evidence each.

    A record counts only while the mutant of that name has the fingerprint it was judged with.
    """
    path = mutants / "judged-outside.json"
    if not path.exists():
        return set(), []
    killed: set[str] = set()
    evidence: list[str] = []
    for name, outcome in json.loads(path.read_text(encoding="utf-8")).items():
        if results.get(name) is None or results[name] in KILLED_CODES:
            continue
        lines = change(name, mutants)
        actual = None if lines is None else fingerprint(lines)
        if actual != outcome["fp"]:
            evidence.append(f"{name}: judged with fp:{outcome['fp']}, now fp:{actual} (counted as it ran in mutmut)")
        elif outcome["killed"]:
            killed.add(name)
            evidence.append(f"{name} (fp:{actual}): failed {', '.join(outcome['failed'])}")
        else:
            evidence.append(f"{name} (fp:{actual}): survived outside mutmut too")
    return killed, evidence


def show(names: list[str]) -> int:
    for name in names:
        lines = change(name)
        if lines is None:
            print(f"{name}: no such mutant in mutants/ (run `make mutation` first)")
            continue
        print(f"`{name}` `fp:{fingerprint(lines)}`")
        print("\n".join(f"    {line}" for line in lines))
    return 0


def main() -> int:
    if sys.argv[1:2] == ["--show"]:
        return show(sys.argv[2:])
    metas = sorted((MUTANTS / "np6_client").glob("**/*.py.meta"))
    if not metas:
        print("no mutmut results: run `make mutation`")
        return 1
    results: dict[str, int | None] = {}
    for meta in metas:
        results.update(json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"])
    equivalent, stale = equivalent_mutants(results)
    outside, evidence = killed_outside(results)
    totals: Counter[str] = Counter()
    print(f"{'module':<28}{'mutants':>8}{'killed':>8}{'survived':>9}{'equiv.':>7}{'score':>8}")
    for meta in metas:
        module_results: dict[str, int | None] = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        counts: Counter[str] = Counter()
        for name, code in module_results.items():
            if code is None:  # not run: outside a `make mutation MUTANTS=...` selection
                continue
            if name in equivalent:
                counts["equivalent"] += 1
            elif code in KILLED_CODES or name in outside:
                counts["killed"] += 1
            else:
                counts["survived"] += 1  # survived, or not covered by any test
        totals.update(counts)
        module = str(meta.relative_to(MUTANTS / "np6_client")).removesuffix(".py.meta")
        if not counts:
            continue
        print(
            f"{module:<28}{sum(counts.values()):>8}{counts['killed']:>8}{counts['survived']:>9}"
            f"{counts['equivalent']:>7}{score(counts):>8}"
        )
    print(
        f"{'all':<28}{sum(totals.values()):>8}{totals['killed']:>8}{totals['survived']:>9}"
        f"{totals['equivalent']:>7}{score(totals):>8}"
    )
    for line in evidence:
        print(f"judged outside mutmut (tools/judge_outside.py): {line}")
    for line in stale:
        print(f"stale equivalent entry (counted as it ran): {line}")
    judged = totals["killed"] + totals["survived"]
    ratio = totals["killed"] / judged if judged else 0.0
    print(f"target >= {TARGET:.0%} of non-equivalent mutants killed: {'yes' if ratio >= TARGET else 'NO'}")
    return 0


def score(counts: Counter[str]) -> str:
    judged = counts["killed"] + counts["survived"]
    return f"{counts['killed'] / judged:.1%}" if judged else "-"


if __name__ == "__main__":
    sys.exit(main())
