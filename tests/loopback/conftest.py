"""Shared fixtures: a fake NP6 server on loopback and clients pointed at it."""

from collections.abc import AsyncIterator, Iterator

import pytest

from np6_client import ClientOptions, NP6Client
from np6_client._transport.network import AiohttpNetwork
from np6_client.testing import FakeNP6

API_KEY = "sk-test-loopback-7f3a9c"
FAST_RETRIES = ClientOptions(
    backoff_base=0.01, backoff_cap=0.05, max_retries=3, max_wait=2.0, max_total_wait=10.0, min_retry_delay=0.005
)


@pytest.fixture(scope="session")
def fake() -> FakeNP6:
    return FakeNP6(api_keys=(API_KEY,), event_count=30)


@pytest.fixture(scope="session")
def fake_url(fake: FakeNP6) -> Iterator[str]:
    with fake.serve() as url:
        yield url


@pytest.fixture(autouse=True)
def _clean_fake(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "fake" in request.fixturenames:
        fake: FakeNP6 = request.getfixturevalue("fake")
        fake.faults.clear()
        fake.rate_limit(None)
        fake.reset_requests()
        fake.reset_state()


@pytest.fixture
async def np6(fake_url: str) -> AsyncIterator[NP6Client]:
    async with NP6Client(api_key=API_KEY, base_url=fake_url, options=FAST_RETRIES) as client:
        yield client


@pytest.fixture
async def np6_on_httpcore(fake_url: str) -> AsyncIterator[NP6Client]:
    """A client on httpx's own connections, for what is about httpcore itself (its logs, its instrumentation)."""
    async with NP6Client(api_key=API_KEY, base_url=fake_url, options=FAST_RETRIES, network="httpcore") as client:
        yield client


def connections_held(np6: NP6Client) -> int:
    """Requests the client's own pool still holds a connection for (either connection layer)."""
    network = np6.get_async_httpx_client()._transport._inner  # type: ignore[attr-defined]
    if isinstance(network, AiohttpNetwork):
        return network.in_use
    return len(network._pool._requests)
