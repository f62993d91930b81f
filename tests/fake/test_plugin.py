"""The pytest plugin, run as a consumer's suite would run it (pytester, entry-point loading)."""

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
    result.stdout.fnmatch_lines(["*np6_fake*", "*np6_fake_client*", "*np6_fake_local_client*"])
    assert run(pytester).ret == 0
    disabled = run(pytester, "-p", "no:np6_client")
    disabled.stdout.fnmatch_lines(["*fixture 'np6_fake' not found*"])
