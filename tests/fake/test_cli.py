"""`python -m np6_client.testing` starts a server, prints its URL, and stops on SIGTERM."""

import subprocess
import sys
import time

import httpx


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
