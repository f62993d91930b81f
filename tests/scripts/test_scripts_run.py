"""The demo and the benchmarks keep working: each runs to the end (figures are not judged here)."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.timeout(180)


def run(*args: str) -> str:
    done = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=170, check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return done.stdout


def test_demo_runs_every_step() -> None:
    out = run("examples/demo.py")
    for line in (
        "120 targets",
        "InvalidRequestError: body: has 51 items",
        "success link",
        "status",
        "200,000 in",
        "NotFoundError: GET /targets/000PKXK6",
        "all done",
    ):
        assert line in out


def test_benchmarks_run_quickly() -> None:
    out = run("bench/run_all.py", "--quick")
    assert "asyncio() vs stream()" in out
    assert "aiohttp req/s" in out
    assert "first GET of a new client" in out
    assert "np6-client" in out
    assert "concurrency" in out
    assert "replicas on one key" in out


def test_one_get_runs_through_few_files_of_the_package() -> None:
    out = run("tools/call_path.py", "--max", "8")
    files = [line.strip() for line in out.splitlines()[1:]]
    assert files[:2] == ["_generated/api/contact/get_target.py", "_paths.py"]
    assert "_transport/models.py" in files  # a plain path and body: the request is built without httpx's parsing
    assert "_spec/index.py" not in files  # the operation rides on the request: no URL is matched against the spec
    assert "_transport/call.py" not in files  # no per-call options: nothing is built for them
    # Nothing to check, nobody listening, no limit known, a body within its declared length:
    skipped = {
        "_spec/validation.py",
        "_telemetry.py",
        "_ratelimit/pacing.py",
        "_transport/retry.py",
        "_transport/body_reader.py",
    }
    assert skipped.isdisjoint(files)
