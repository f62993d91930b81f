"""`python -m np6_client.testing` starts a server, prints its URL, and stops on SIGTERM."""

import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from np6_client.testing import Fault
from np6_client.testing.__main__ import _build, _parser

from .conftest import op_path


def test_cli_serves_until_terminated() -> None:
    command = [sys.executable, "-m", "np6_client.testing", "--port", "0", "--api-key", "cli-key", "--events", "5"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        deadline = time.monotonic() + 10
        while True:
            try:
                response = httpx.get(f"{url}/notifications/1/events/executions", headers={"X-Key": "cli-key"})
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline
                time.sleep(0.05)
        assert response.status_code == 200
        assert len(response.json()) == 5
        assert httpx.get(f"{url}/segments/1/targets", headers={"X-Key": "test-key"}).status_code == 401
    finally:
        process.terminate()
        _, errors = process.communicate(timeout=10)
    assert process.returncode == 0
    assert "cli-key" not in errors


def test_cli_refuses_a_non_loopback_host() -> None:
    command = [sys.executable, "-m", "np6_client.testing", "--host", "0.0.0.0", "--api-key", "k", "--port", "0"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)
    assert result.returncode == 2
    assert "--allow-remote" in result.stderr
    assert result.stdout == ""


async def test_cli_flags_seed_rate_limit_faults_and_clock(tmp_path: Path) -> None:
    seed = tmp_path / "seed.yaml"
    seed.write_text("targets:\n  - {email: only@example.com}\n")
    args = [
        "--api-key", "k", "--seed", str(seed), "--rate-limit", "2", "--clock", "2030-01-02T03:04:05+00:00",
        "--fault", "status=503,path=/fields,times=2", "--fault", "delay_headers=0.5,times=forever",
    ]  # fmt: skip
    parser = _parser()
    fake = _build(parser, parser.parse_args(args))
    assert fake.target_ids == ["000PKXK4"]
    assert fake.clock.now() == datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert fake.faults.pending() == [
        Fault(status=503, path="/fields", times=2),
        Fault(delay_headers=0.5, times=2**31),
    ]
    fake.faults.clear()
    transport = httpx.ASGITransport(app=fake.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://fake", headers={"X-Key": "k"}) as http:
        statuses = [(await http.get(op_path("list_fields"))).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--fault", "colour=blue"], "unknown fault setting 'colour'"),
        (["--fault", "truncate=maybe"], "expected true or false"),
        (["--rate-limit", "0"], "--rate-limit must be > 0"),
        (["--seed", "/nonexistent/seed.yaml"], "No such file"),
    ],
)
def test_cli_refuses_bad_flags(flags: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    parser = _parser()
    with pytest.raises(SystemExit) as info:
        _build(parser, parser.parse_args(["--api-key", "k", *flags]))
    assert info.value.code == 2
    assert message in capsys.readouterr().err
