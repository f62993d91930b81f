"""The pytest plugin, run as a consumer's suite would run it (pytester, entry-point loading)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    return pytester.runpytest_inprocess(
        "-p", "no:cacheprovider", "-o", "asyncio_default_fixture_loop_scope=function", *args
    )


CONSUMER_TESTS = """
import pytest
from np6_client.api import email_sms, segment
from np6_client.testing import FakeNP6

FIRST_FAKE = []

def test_a_fresh_fake_per_test_one(np6_fake):
    FIRST_FAKE.append(np6_fake)
    np6_fake.set_action_state("2", 50)

def test_a_fresh_fake_per_test_two(np6_fake):
    assert isinstance(np6_fake, FakeNP6) and np6_fake is not FIRST_FAKE[0]
    assert np6_fake.action_state("2") == 10

@pytest.mark.asyncio
async def test_client_over_loopback(np6_fake_client, np6_fake, np6_fake_url):
    assert str(np6_fake_client.base_url) == np6_fake_url
    assert await segment.add_segment_targets.asyncio(1, client=np6_fake_client, body=["A"]) == 1
    assert np6_fake.requests[-1].status == 200

@pytest.mark.asyncio
async def test_client_in_process(np6_fake_local_client, np6_fake):
    action = await email_sms.get_action.asyncio("1", client=np6_fake_local_client)
    assert action.name == "Welcome email"
    assert np6_fake.requests[-1].path == "/actions/1"

@pytest.mark.np6_fake(seed="account.yaml", event_count=2)
def test_marker_seeds_the_fake(np6_fake):
    assert np6_fake.target_ids == ["S0000001"]

@pytest.fixture
def np6_fake_api_key():
    return "my-own-key"

def test_the_key_can_be_overridden(np6_fake):
    assert np6_fake.requests == []
    assert "my-own-key" in np6_fake._core.api_keys
"""


def test_consumer_suite_uses_the_fixtures(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_consumer=CONSUMER_TESTS)
    pytester.path.joinpath("account.yaml").write_text("targets:\n  - {id: S0000001, email: s@x.test}\n")
    result = run(pytester, "--strict-markers")
    result.assert_outcomes(passed=6)


def test_the_plugin_is_registered_by_entry_point(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_names="def test_it(np6_fake, np6_fake_url):\n    assert np6_fake_url.startswith('http://127.0.0.1:')\n"
    )
    result = run(pytester, "--fixtures")
    for name in ("np6_fake", "np6_fake_url", "np6_fake_client", "np6_fake_local_client"):
        result.stdout.fnmatch_lines([f"{name} -- *pytest_plugin.py*"])
    assert run(pytester).ret == 0
    disabled = run(pytester, "-p", "no:np6_client")
    disabled.stdout.fnmatch_lines(["*fixture 'np6_fake' not found*"])


BARE_CONSUMER = """
import asyncio

from np6_client import ConflictError


async def test_create_then_read_back_over_loopback(np6_fake_client, np6_fake):
    created = await np6_fake_client.contact.create_target({"email": "c@shop.test", "firstname": "Cy"})
    read = await np6_fake_client.contact.get_target(str(created.id))
    assert read.fields.additional_properties == {"1": "c@shop.test", "2": "Cy"}
    try:
        await np6_fake_client.contact.create_target({"email": "c@shop.test"})
    except ConflictError:
        pass
    assert np6_fake.requests[-1].status == 409


async def test_in_process_client(np6_fake_local_client):
    assert (await np6_fake_local_client.contact.count_targets()).targets_count == 20


async def test_a_plain_async_test():
    await asyncio.sleep(0)


def test_a_sync_test(np6_fake):
    assert len(np6_fake.target_ids) == 20
"""


@pytest.mark.parametrize(
    ("environment", "options"),
    [
        ({"PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}, ["-p", "np6_client.testing.pytest_plugin"]),
        ({}, ["-p", "no:asyncio"]),
        ({}, ["-o", "asyncio_mode=auto", "-o", "asyncio_default_fixture_loop_scope=function"]),
    ],
    ids=["only-this-plugin", "pytest-asyncio-disabled", "pytest-asyncio-runs-them"],
)
def test_async_tests_run_with_or_without_pytest_asyncio_and_without_warnings(
    tmp_path: Path, environment: dict[str, str], options: list[str]
) -> None:
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    (tmp_path / "test_bare_consumer.py").write_text(BARE_CONSUMER)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")} | environment
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-W", "error", "-q", *options]
    done = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "4 passed" in output, output
    assert "warning" not in output.lower(), output
