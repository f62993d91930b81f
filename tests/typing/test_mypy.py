"""mypy --strict accepts the sample consumer and rejects a wrong TypedDict key or a wrong return type."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONSUMER = Path(__file__).with_name("consumer.py")


def _variant(tmp_path: Path, name: str, old: str, new: str) -> Path:
    text = CONSUMER.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / f"{name}.py"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_mypy_strict_infers_models_and_checks_body_keys(tmp_path: Path) -> None:
    wrong_key = _variant(tmp_path, "wrong_key", '"context": {"id"', '"contxt": {"id"')
    wrong_return = _variant(
        tmp_path, "wrong_return", 'get_target("000PKXK4"), Target)', 'get_target("000PKXK4"), TargetDetail)'
    )
    wrong_option = _variant(tmp_path, "wrong_option", "max_retries=0)", "max_retry=0)")
    files = [CONSUMER, wrong_key, wrong_return, wrong_option]
    command = [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", *map(str, files)]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    by_file = {path.name: [line for line in errors if line.startswith(str(path))] for path in files}
    assert by_file["consumer.py"] == [], result.stdout
    assert len(by_file["wrong_key.py"]) == 1, result.stdout
    assert '"contxt"' in by_file["wrong_key.py"][0]
    assert "[typeddict-unknown-key]" in by_file["wrong_key.py"][0]
    assert len(by_file["wrong_return.py"]) == 1, result.stdout
    assert "[assert-type]" in by_file["wrong_return.py"][0]
    assert len(by_file["wrong_option.py"]) == 1, result.stdout
    assert '"max_retry"' in by_file["wrong_option.py"][0]
