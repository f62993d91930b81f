"""Logging through `np6_client`: one DEBUG record per attempt, retries and pauses at INFO, never the key."""

import logging
import subprocess
import sys
from typing import Any

import pytest

from np6_client import NotFoundError, NP6Client
from np6_client.api import contact, notification, segment
from np6_client.models import EventSort
from np6_client.testing import FakeNP6, Fault

from .conftest import API_KEY

pytestmark = pytest.mark.timeout(60)
BODY_MARKER = "BODY-MARKER-7c1e"


def attempt_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "np6_client" and hasattr(r, "np6_elapsed")]


def field(record: logging.LogRecord, name: str) -> Any:
    return record.__dict__[name]


@pytest.mark.parametrize("network", ["aiohttp", "httpcore"])
async def test_every_record_at_debug_holds_no_key_nor_body(
    network: str, np6: NP6Client, np6_on_httpcore: NP6Client, fake: FakeNP6, caplog: pytest.LogCaptureFixture
) -> None:
    if network == "httpcore":
        np6 = np6_on_httpcore
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "aiohttp", "np6_client"):
        caplog.set_level(logging.DEBUG, logger=name)  # restored after the test
    fake.set_event_count(301, 30)
    fake.faults.add(Fault(method="GET", path="/segments/1/targets", status=503, body=f'{{"error":"{BODY_MARKER}"}}'))
    fake.faults.add(Fault(method="GET", path="/segments/2/targets", status=429))
    np6 = np6.with_options(backoff_base=0.0, min_retry_delay=0.05)  # every wait is the 0.05 s floor
    fake.faults.add(Fault(method="GET", path="/segments/3/targets", drop="after_read"))
    fake.faults.add(Fault(method="GET", path="/notifications/301/events/activations", cut_after_events=5))

    assert await segment.list_segment_targets.asyncio(1, client=np6) == []
    assert await segment.list_segment_targets.asyncio(2, client=np6) == []
    assert await segment.list_segment_targets.asyncio(3, client=np6) == []
    with pytest.raises(NotFoundError):
        await contact.get_target.asyncio("missing-one", client=np6)
    stream = notification.list_notification_activations.stream(301, client=np6, sort=EventSort.ASC)
    assert len([e async for e in stream]) == 30

    records = caplog.records
    assert {r.name.split(".")[0] for r in records} >= {"httpx", "np6_client"} | (
        {"httpcore"} if network == "httpcore" else set()
    )
    for record in records:
        rendered = record.getMessage() + repr(record.__dict__)
        assert API_KEY not in rendered
        assert BODY_MARKER not in rendered

    attempts = attempt_records(caplog)
    # 2 + 2 + 2 attempts for the three segment calls, 1 for the 404, 2 requests for the resumed stream
    assert len(attempts) == 9
    assert [field(r, "np6_path") for r in attempts] == [
        *["/segments/{id}/targets"] * 6,
        "/targets/{id}",
        *["/notifications/{id}/events/activations"] * 2,
    ]
    assert [field(r, "np6_attempt") for r in attempts] == [1, 2, 1, 2, 1, 2, 1, 1, 1]
    assert [field(r, "np6_status") for r in attempts] == [503, 200, 429, 200, None, 200, 404, 200, 200]
    assert field(attempts[4], "np6_error") == "RemoteProtocolError"
    assert field(attempts[3], "np6_wait") == pytest.approx(0.05)
    assert all(r.levelno == logging.DEBUG and field(r, "np6_method") == "GET" for r in attempts)
    # x-request-id of each answer, as the server recorded it (the dropped attempt got no answer)
    served = [r.request_id for r in fake.requests]
    assert [field(r, "np6_request_id") for r in attempts] == [*served[:4], None, *served[5:]]
    for concrete in ("/segments/1/targets", "/targets/missing-one", "/notifications/301/"):
        assert not any(concrete in r.getMessage() for r in records if r.name == "np6_client")

    info = [r.getMessage() for r in records if r.name == "np6_client" and r.levelno == logging.INFO]
    assert len([m for m in info if "retrying in" in m]) == 3
    assert len([m for m in info if "pauses for 0.05s" in m]) == 1
    assert len([m for m in info if "resuming (1) from timestamp" in m]) == 1


async def test_nothing_is_logged_at_warning(np6: NP6Client, fake: FakeNP6, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="np6_client")
    fake.faults.add(Fault(method="GET", path="/segments/1/targets", status=503))
    await segment.list_segment_targets.asyncio(1, client=np6)
    assert [r for r in caplog.records if r.name == "np6_client"] == []


SCRIPT = """
import asyncio, httpx
from np6_client import NP6Client
from np6_client.api import segment

def answer(request):
    return httpx.Response(200, json=["T1"], headers={"x-request-id": "req-42"})

async def main():
    async with NP6Client(api_key="sk-env-key-51d0", base_url="https://api-cm.np6.com",
                         transport=httpx.MockTransport(answer)) as np6:
        await segment.list_segment_targets.asyncio(7, client=np6)

asyncio.run(main())
"""


def run_script(np6_log: str | None) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin"}
    if np6_log is not None:
        env["NP6_LOG"] = np6_log
    return subprocess.run(
        [sys.executable, "-W", "ignore::DeprecationWarning", "-c", SCRIPT],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )


def test_np6_log_debug_writes_attempts_to_stderr() -> None:
    done = run_script("debug")
    assert "DEBUG np6: GET /segments/{id}/targets attempt 1: 200 in " in done.stderr
    assert "x-request-id=req-42" in done.stderr
    assert "sk-env-key-51d0" not in done.stderr and "/segments/7" not in done.stderr
    assert done.stdout == ""


def test_np6_log_info_hides_attempts_and_unset_is_silent() -> None:
    assert run_script("info").stderr == ""  # no retry, no pause: nothing at INFO
    assert run_script(None).stderr == ""


def test_np6_log_with_an_unknown_value_warns() -> None:
    done = run_script("verbose")
    assert "NP6_LOG='verbose' is neither 'info' nor 'debug'; ignored" in done.stderr
    assert "np6: GET" not in done.stderr
