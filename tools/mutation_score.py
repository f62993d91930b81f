"""Print the mutation score of the last `mutmut run`, per module and overall.

A mutant counts as killed when a test failed, timed out or the type checker caught it. Mutants
listed in docs/mutation*.md (as `name`) are equivalent: they change nothing a caller can observe,
so they are left out of the score rather than counted as survivors.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

KILLED_CODES = {1, 3, 24, 36, 37, 152, 255, -24}
TARGET = 0.90
ROOT = Path(__file__).resolve().parent.parent


def equivalent_mutants() -> set[str]:
    names: set[str] = set()
    for page in sorted((ROOT / "docs").glob("mutation*.md")):
        names.update(re.findall(r"`(np6_client\.[^`]+__mutmut_\d+)`", page.read_text(encoding="utf-8")))
    return names


def main() -> int:
    metas = sorted((ROOT / "mutants" / "np6_client").glob("*.py.meta"))
    if not metas:
        print("no mutmut results: run `make mutation`")
        return 1
    equivalent = equivalent_mutants()
    totals: Counter[str] = Counter()
    print(f"{'module':<28}{'mutants':>8}{'killed':>8}{'survived':>9}{'equiv.':>7}{'score':>8}")
    for meta in metas:
        results: dict[str, int | None] = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        counts: Counter[str] = Counter()
        for name, code in results.items():
            if code is None:  # not run: outside a `make mutation MUTANTS=...` selection
                continue
            if name in equivalent:
                counts["equivalent"] += 1
            elif code in KILLED_CODES:
                counts["killed"] += 1
            else:
                counts["survived"] += 1  # survived, or not covered by any test
        totals.update(counts)
        module = meta.name.removesuffix(".py.meta")
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
    judged = totals["killed"] + totals["survived"]
    ratio = totals["killed"] / judged if judged else 0.0
    print(f"target >= {TARGET:.0%} of non-equivalent mutants killed: {'yes' if ratio >= TARGET else 'NO'}")
    return 0


def score(counts: Counter[str]) -> str:
    judged = counts["killed"] + counts["survived"]
    return f"{counts['killed'] / judged:.1%}" if judged else "-"


if __name__ == "__main__":
    sys.exit(main())
