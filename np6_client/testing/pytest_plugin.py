"""pytest fixtures for suites whose code calls NP6: a fresh fake NP6 per test and a client bound to it.

Installed with `np6-client[testing]` and registered through the `pytest11` entry point, so they
are available without any import:

    async def test_welcome_mail(np6_fake_client, np6_fake):
        await my_code.send_welcome(np6_fake_client, "alice.0@example.com")
        assert np6_fake.requests[-1].status == 200

`np6_fake` is a new `FakeNP6` (in-process, nothing listening); `np6_fake_url` serves it on
loopback; `np6_fake_client` is an `NP6Client` over loopback and `np6_fake_local_client` one calling the
app in-process. `np6_fake_api_key` is the accepted key (override the fixture to change it). Mark a
test `@pytest.mark.np6_fake(seed="account.yaml", event_count=10)` to seed its fake.

`async def` tests run with nothing more installed: without pytest-asyncio the plugin runs them in
an event loop of its own per test, the one the client fixtures are opened and closed in (tests
marked for anyio are left to anyio). With pytest-asyncio active, it runs them and the client
fixtures are its async fixtures, as usual.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterator, Coroutine, Iterator
from contextlib import aclosing
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from np6_client import NP6Client
    from np6_client.testing import FakeNP6

DEFAULT_API_KEY = "np6-fake-key"
_MARKER = "np6_fake"


def pytest_configure(config: pytest.Config) -> None:
    """Declare the marker (for --strict-markers) and bring the client fixtures for the async runner present."""
    config.addinivalue_line(
        "markers", f"{_MARKER}(seed=None, event_count=100): settings of the np6_fake fixture's fake NP6"
    )
    fixtures = _pytest_asyncio_fixtures() if config.pluginmanager.has_plugin("asyncio") else _OwnLoop()
    config.pluginmanager.register(fixtures, "np6_client-client-fixtures")


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


async def _open_loopback_client(url: str, api_key: str) -> NP6Client:
    from np6_client import NP6Client

    return await NP6Client(api_key=api_key, base_url=url).__aenter__()


async def _open_local_client(fake: FakeNP6, api_key: str) -> NP6Client:
    import httpx

    from np6_client import NP6Client

    return await NP6Client(api_key=api_key, transport=httpx.ASGITransport(app=fake.app)).__aenter__()


def _held_in(runner: asyncio.Runner, opening: Coroutine[Any, Any, NP6Client]) -> Iterator[NP6Client]:
    """The client `opening` opens in the runner's loop, closed in that loop once the test is done."""
    client = runner.run(opening)
    try:
        yield client
    finally:
        runner.run(client.aclose())


def _pytest_asyncio_fixtures() -> object:
    """The client fixtures as pytest-asyncio fixtures, in the loop it gives each test."""
    import pytest_asyncio

    class WithPytestAsyncio:
        @pytest_asyncio.fixture
        async def np6_fake_client(self, np6_fake_url: str, np6_fake_api_key: str) -> AsyncIterator[NP6Client]:
            """An NP6Client talking to this test's fake over loopback."""
            async with aclosing(await _open_loopback_client(np6_fake_url, np6_fake_api_key)) as client:
                yield client

        @pytest_asyncio.fixture
        async def np6_fake_local_client(self, np6_fake: FakeNP6, np6_fake_api_key: str) -> AsyncIterator[NP6Client]:
            """An NP6Client calling this test's fake in-process (no socket; connection faults raise)."""
            async with aclosing(await _open_local_client(np6_fake, np6_fake_api_key)) as client:
                yield client

    return WithPytestAsyncio()


class _OwnLoop:
    """Without an asyncio test plugin: one event loop per test, shared by the test and the clients."""

    @pytest.fixture
    def np6_event_loop_runner(self) -> Iterator[asyncio.Runner]:
        """The runner whose loop runs this test and opens and closes the client fixtures."""
        with asyncio.Runner() as runner:
            yield runner

    @pytest.fixture
    def np6_fake_client(
        self, np6_event_loop_runner: asyncio.Runner, np6_fake_url: str, np6_fake_api_key: str
    ) -> Iterator[NP6Client]:
        """An NP6Client talking to this test's fake over loopback."""
        yield from _held_in(np6_event_loop_runner, _open_loopback_client(np6_fake_url, np6_fake_api_key))

    @pytest.fixture
    def np6_fake_local_client(
        self, np6_event_loop_runner: asyncio.Runner, np6_fake: FakeNP6, np6_fake_api_key: str
    ) -> Iterator[NP6Client]:
        """An NP6Client calling this test's fake in-process (no socket; connection faults raise)."""
        yield from _held_in(np6_event_loop_runner, _open_local_client(np6_fake, np6_fake_api_key))

    @pytest.hookimpl(tryfirst=True)
    def pytest_pyfunc_call(self, pyfuncitem: pytest.Function) -> bool | None:
        """Run an `async def` test in the test's loop (a fresh one when it uses no client fixture)."""
        if not inspect.iscoroutinefunction(pyfuncitem.obj) or pyfuncitem.get_closest_marker("anyio"):
            return None
        arguments = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
        runner = pyfuncitem.funcargs.get("np6_event_loop_runner")
        if isinstance(runner, asyncio.Runner):
            runner.run(pyfuncitem.obj(**arguments))
        else:
            with asyncio.Runner() as own:
                own.run(pyfuncitem.obj(**arguments))
        return True
