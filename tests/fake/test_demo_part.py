"""The demo's second part shows the action lifecycle and an event poll (run in-process)."""

import importlib.util
from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parents[2] / "examples" / "demo.py"


def test_the_demo_shows_the_lifecycle_and_a_poll(capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location("demo_under_test", DEMO)
    assert spec is not None and spec.loader is not None
    demo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(demo)
    demo.lifecycle_demo()
    lines = [" ".join(line.split()) for line in capsys.readouterr().out.splitlines()]
    for expected in (
        "unicity field email",
        "created action 6 state 10",
        "validated for test state 38",
        "validated for production state 50",
        "validated again ConflictError 409: already done",
        "after 2 s: 4 new execution, execution, activation, activation",
        "after 120 s: 2 new hit, hit",
    ):
        assert expected in lines
    assert any(line.startswith("send before validation ConflictError 409") for line in lines)
