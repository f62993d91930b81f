"""tools/judge_outside.py applies listed mutants to a scratch copy and runs the named tests; the score counts it."""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import judge_outside  # noqa: E402
import mutation_score  # noqa: E402
import pytest  # noqa: E402

ORIGINAL = """\
def double(x: int) -> int:
    return x * 2


class Box:
    def size(self) -> int:
        return 1
"""
MUTANTS = """\
def x_double__mutmut_orig(x: int) -> int:
    return x * 2


def x_double__mutmut_1(x: int) -> int:
    return x * 3


def x_double__mutmut_2(x: int) -> int:
    return x + x


def x_double__mutmut_3(x: int) -> int:
    return x * 4


class Box:
    def xǁBoxǁsize__mutmut_orig(self) -> int:
        return 1

    def xǁBoxǁsize__mutmut_1(self) -> int:
        return 2
"""
TESTS = """\
from pkg.mod import Box, double


def test_double() -> None:
    assert double(2) == 4


def test_size() -> None:
    assert Box().size() == 1
"""
PAGE = """\
# Mutants of pkg.mod

## Judged outside mutmut

Tests: `tests/test_mod.py::test_double` `tests/test_mod.py::test_size`

| mutant | change |
|---|---|
| `pkg.mod.x_double__mutmut_1` | times 3 |
| `pkg.mod.x_double__mutmut_2` | x + x |
| `pkg.mod.x_double__mutmut_3` | times 4 (mutmut killed it already) |
| `pkg.mod.xǁBoxǁsize__mutmut_1` | 2 |

## Another section
"""
CODES: dict[str, int | None] = {
    "pkg.mod.x_double__mutmut_1": 0,
    "pkg.mod.x_double__mutmut_2": 0,
    "pkg.mod.x_double__mutmut_3": 1,
    "pkg.mod.xǁBoxǁsize__mutmut_1": 0,
}


def project(root: Path) -> Path:
    for path, text in {
        "pkg/__init__.py": "",
        "pkg/mod.py": ORIGINAL,
        "mutants/pkg/mod.py": MUTANTS,
        "mutants/pkg/mod.py.meta": json.dumps({"exit_code_by_key": CODES}),
        "tests/test_mod.py": TESTS,
        "docs/mutation-pkg.md": PAGE,
        "docs/mutation-prose.md": "## Judged outside mutmut\n\nApplied by hand, `pkg.mod.x_double__mutmut_1` fails.\n",
    }.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
    return root


@pytest.mark.timeout(300)  # four pytest runs in subprocesses
def test_each_listed_survivor_is_applied_and_judged_by_the_named_tests(tmp_path: Path) -> None:
    root = project(tmp_path)
    record = judge_outside.judge(root)
    assert (root / "pkg/mod.py").read_text(encoding="utf-8") == ORIGINAL  # only the scratch copy was changed
    assert set(record) == {"pkg.mod.x_double__mutmut_1", "pkg.mod.x_double__mutmut_2", "pkg.mod.xǁBoxǁsize__mutmut_1"}
    assert record["pkg.mod.x_double__mutmut_1"]["killed"] is True
    assert record["pkg.mod.x_double__mutmut_1"]["failed"] == ["tests/test_mod.py::test_double"]
    assert record["pkg.mod.xǁBoxǁsize__mutmut_1"]["failed"] == ["tests/test_mod.py::test_size"]
    assert record["pkg.mod.x_double__mutmut_2"] == {
        "fp": mutation_score.fingerprint(["-    return x * 2", "+    return x + x"]),
        "killed": False,
        "failed": [],
    }
    assert json.loads((root / "mutants" / judge_outside.RECORD).read_text(encoding="utf-8")) == record

    killed, evidence = mutation_score.killed_outside(CODES, root / "mutants")
    assert killed == {"pkg.mod.x_double__mutmut_1", "pkg.mod.xǁBoxǁsize__mutmut_1"}
    assert any("x_double__mutmut_1" in line and "tests/test_mod.py::test_double" in line for line in evidence)
    assert any("x_double__mutmut_2" in line and "survived" in line for line in evidence)

    # After an edit the name means another mutant: its record no longer counts.
    (root / "mutants/pkg/mod.py").write_text(MUTANTS.replace("x * 3", "x * 5"), encoding="utf-8")
    mutation_score._CACHE.clear()
    killed, evidence = mutation_score.killed_outside(CODES, root / "mutants")
    assert killed == {"pkg.mod.xǁBoxǁsize__mutmut_1"}
    assert any("x_double__mutmut_1: judged with fp:" in line for line in evidence)


def test_a_listed_mutant_is_put_in_place_of_its_original() -> None:
    assert judge_outside.split_name("a.b.xǁCǁm__mutmut_4") == ("a.b", "C", "m")
    assert judge_outside.split_name("a.b.x__private__mutmut_12") == ("a.b", None, "_private")
