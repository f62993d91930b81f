"""mypy --strict accepts the sample consumer and rejects a wrong TypedDict key, return type or option."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CONSUMER = Path(__file__).with_name("consumer.py")


def _mypy(path: Path) -> tuple[int, list[str]]:
    command = [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", str(path)]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    return result.returncode, [line for line in result.stdout.splitlines() if ": error:" in line]


def test_the_consumer_type_checks() -> None:
    assert _mypy(CONSUMER) == (0, [])


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('"context": {"id"', '"contxt": {"id"', 'Extra key "contxt" for TypedDict "RenderLinksDefinitionDict"'),
        ('"display": 2}', '"display": "2"}', '"display"'),
        ('get_target("000PKXK4"), Target)', 'get_target("000PKXK4"), TargetDetail)', "[assert-type]"),
        ("max_retries=0)", "max_retry=0)", 'Unexpected keyword argument "max_retry"'),
        ('sort="asc")', 'sort="ascending")', '"sort"'),
    ],
)
def test_a_wrong_consumer_is_rejected(tmp_path: Path, old: str, new: str, expected: str) -> None:
    text = CONSUMER.read_text(encoding="utf-8")
    assert text.count(old) == 1
    variant = tmp_path / "variant.py"
    variant.write_text(text.replace(old, new), encoding="utf-8")
    status, errors = _mypy(variant)
    assert status == 1
    assert len(errors) == 1, errors
    assert expected in errors[0]
