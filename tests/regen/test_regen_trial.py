"""The regeneration rule on real clones: a compatible NP6 change needs no edit, a breaking one only
the version and changelog the refusal asks for (tools/regen_trial.py; all edits: run it by hand).

Each trial clones the committed tree, so this checks what is committed.
"""

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import regen_trial  # noqa: E402

pytestmark = pytest.mark.timeout(600)
EDITS = {edit.name: edit for edit in regen_trial.EDITS}
SURFACE = ("tests/unit/test_spec.py", "tests/loopback/test_surface.py", "-k", "enum or seed")


@pytest.mark.parametrize(
    ("name", "tests"),
    [
        ("moved-path", ("tests/fake/test_seeding.py", "-k", "out_of_the_box")),
        (
            "new-response-enum-value",
            ("tests/unit/test_spec.py", "tests/loopback/test_surface.py", "-k", "enum or seed"),
        ),
        ("changed-response-type", ("tests/fake/test_seeding.py", "-k", "out_of_the_box")),
        ("changed-path-parameter-type", ("tests/fake/test_spec_changes.py",)),
    ],
)
def test_an_edit_regenerates_as_its_kind_requires(name: str, tests: tuple[str, ...], tmp_path: Path) -> None:
    outcome = regen_trial.trial(EDITS[name], tests, tmp_path)
    assert outcome.ok, outcome.line()
    if outcome.edit.breaking:
        refusal = next(step for step in outcome.steps if step.startswith("api-check refused"))
        assert re.search(r"version \d+\.\d+\.\d+, names \S", refusal)
        assert "passed after version and changelog" in outcome.steps
    else:
        assert "api-check passed" in outcome.steps
    assert outcome.steps[-1].startswith("tests passed")


def test_every_edit_of_the_issue_list_is_there() -> None:
    compatible = {edit.name for edit in regen_trial.EDITS if not edit.breaking}
    breaking = {edit.name for edit in regen_trial.EDITS if edit.breaking}
    assert len(compatible) == 6
    assert len(breaking) == 7
