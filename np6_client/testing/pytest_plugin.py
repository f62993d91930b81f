"""pytest fixtures for suites whose code calls NP6: a fresh fake NP6 per test and a client bound to it.

Installed with `np6-client[testing]` and registered through the `pytest11` entry point, so they
are available without any import:

    async def test_welcome_mail(np6_fake_client, np6_fake):
        await my_code.send_welcome(np6_fake_client, "alice.0@example.com")
        assert np6_fake.requests[-1].status == 200

`np6_fake` is a new `FakeNP6` (in-process, nothing listening); `np6_fake_url` serves it on
loopback; `np6_fake_client` is an `NP6Client` over loopback and `np6_fake_local_client` one calling the
app in-process. `np6_fake_api_key` is the accepted key (override the fixture to change it). Mark a
test `@pytest.mark.np6_fake(seed="account.yaml", event_count=10)` to seed its fake. The client
fixtures are async: they need pytest-asyncio (or another async test plugin).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from np6_client import NP6Client
    from np6_client.testing import FakeNP6

DEFAULT_API_KEY = "np6-fake-key"
_MARKER = "np6_fake"


def pytest_configure(config: pytest.Config) -> None:
    """Declare the marker, so suites run with --strict-markers accept it."""
    config.addinivalue_line(
        "markers", f"{_MARKER}(seed=None, event_count=100): settings of the np6_fake fixture's fake NP6"
    )


@pytest.fixture
def np6_fake_api_key() -> str:
    """The API key the fake accepts and the client sends."""
    return DEFAULT_API_KEY


@pytest.fixture
def np6_fake(request: pytest.FixtureRequest, np6_fake_api_key: str) -> FakeNP6:
    """A fresh fake NP6 for this test, seeded as its `np6_fake` marker says."""
    from np6_client.testing import FakeNP6

    marker = request.node.get_closest_marker(_MARKER)
    settings: dict[str, Any] = dict(marker.kwargs) if marker is not None else {}
    seed = settings.pop("seed", None)
    fake = FakeNP6(api_keys=(np6_fake_api_key,), **settings)
    if seed is not None:
        fake.load_file(request.path.parent / seed)
    return fake


@pytest.fixture
def np6_fake_url(np6_fake: FakeNP6) -> Iterator[str]:
    """The fake served on loopback for this test; its base URL."""
    with np6_fake.serve() as url:
        yield url


def _async_fixture() -> Callable[[Callable[..., Any]], Any]:
    # Without pytest-asyncio, pytest itself says that an async fixture needs a plugin.
    try:
        import pytest_asyncio
    except ImportError:
        return pytest.fixture
    return pytest_asyncio.fixture


@_async_fixture()
async def np6_fake_client(np6_fake_url: str, np6_fake_api_key: str) -> AsyncIterator[NP6Client]:
    """An NP6Client talking to this test's fake over loopback."""
    from np6_client import NP6Client

    async with NP6Client(api_key=np6_fake_api_key, base_url=np6_fake_url) as client:
        yield client


@_async_fixture()
async def np6_fake_local_client(np6_fake: FakeNP6, np6_fake_api_key: str) -> AsyncIterator[NP6Client]:
    """An NP6Client calling this test's fake in-process (no socket; connection faults raise)."""
    import httpx

    from np6_client import NP6Client

    transport = httpx.ASGITransport(app=np6_fake.app)
    async with NP6Client(api_key=np6_fake_api_key, transport=transport) as client:
        yield client
