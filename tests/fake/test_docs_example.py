"""The runnable example of docs/fake.md runs, and prints what the page says it prints."""

import re
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "fake.md"


def test_the_runnable_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    section = DOC.read_text(encoding="utf-8").split("## A runnable example", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert code is not None
    expected = re.search(r"# (email .*)\n", code.group(1))
    assert expected is not None
    exec(compile(code.group(1), str(DOC), "exec"), {"__name__": "docs_example"})
    assert capsys.readouterr().out.strip() == expected.group(1)
