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
        # a misspelt member of a request body
        ('{"fortest": True}', '{"for_test": True}', 'Extra key "for_test" for TypedDict "ActionValidationDict"'),
        # a member NP6 may leave out is `X | None`: used without the check, it is refused
        (
            "if segment.id is not None and segment.name is not None:",
            "if segment.id is not None:",
            'Item "None" of "str | None" has no attribute "upper"',
        ),
        ("assert_type(created.id, str)", "assert_type(created.id, int)", '"str", not "int"'),
    ],
)
def test_a_wrong_consumer_is_rejected(tmp_path: Path, old: str, new: str, expected: str) -> None:
    status, errors = _mypy(_variant(tmp_path, old, new))
    assert status == 1
    assert len(errors) == 1, errors
    assert expected in errors[0]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # the operation instead of its stream
        ("EventPoller(np6.email_sms.list_action_events.stream)", "EventPoller(np6.email_sms.list_action_events)"),
        # a per-item export without its item
        ("list_notification_activations.stream, 42)", "list_notification_activations.stream)"),
        # an export the poller cannot drive: it filters by `reactivity_start`, not `start`
        (
            "np6.notification.list_notification_activations.stream, 42)",
            'np6.email_sms.list_action_reactivities.stream, "42")',
        ),
    ],
)
def test_a_poller_over_something_else_than_a_sorted_export_is_rejected(tmp_path: Path, old: str, new: str) -> None:
    status, errors = _mypy(_variant(tmp_path, old, new))
    assert status == 1
    assert any('Argument 1 to "EventPoller" has incompatible type' in error for error in errors), errors


def _variant(tmp_path: Path, old: str, new: str) -> Path:
    text = CONSUMER.read_text(encoding="utf-8")
    assert text.count(old) == 1
    variant = tmp_path / "variant.py"
    variant.write_text(text.replace(old, new), encoding="utf-8")
    return variant
