"""The runnable examples of docs/fake.md and of the README's fake section run, and print what they say."""

import re
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_example(doc: Path, heading: str, expected_pattern: str, capsys: pytest.CaptureFixture[str]) -> None:
    section = doc.read_text(encoding="utf-8").split(heading, 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert code is not None
    expected = re.search(expected_pattern, code.group(1))
    assert expected is not None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # list_fields is deprecated by NP6
        exec(compile(code.group(1), str(doc), "exec"), {"__name__": "docs_example"})
    assert capsys.readouterr().out.strip() == expected.group(1)


def test_the_runnable_example_of_the_fake_page_runs(capsys: pytest.CaptureFixture[str]) -> None:
    run_example(ROOT / "docs" / "fake.md", "## A runnable example", r"# (email .*)\n", capsys)


def test_the_readme_fake_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    run_example(ROOT / "README.md", "## Testing your code against the fake", r"# (True .*)\n", capsys)
