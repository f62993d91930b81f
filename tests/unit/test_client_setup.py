"""How `NP6Client` is put together: base URL, pool, limiter, options, headers, ownership."""

import json
import tomllib
from importlib import metadata
from pathlib import Path

import httpx
import pytest

import np6_client
from np6_client import ClientOptions, ConfigurationError, InProcessRateLimiter, NP6Client
from np6_client._auth import APIKey
from np6_client._transport.call import Call
from np6_client._transport.network import AiohttpNetwork
from np6_client.api import segment

KEY = "sk-setup-secret-2"


class Recording(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.closed = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=len(json.loads(request.content)) if request.content else [])

    async def aclose(self) -> None:
        self.closed = True


def test_http_client_and_transport_exclude_each_other() -> None:
    with pytest.raises(TypeError, match=r"^pass http_client= or transport=, not both$"):
        NP6Client(api_key=KEY, http_client=httpx.AsyncClient(), transport=Recording())


@pytest.mark.parametrize("given", [{"transport": Recording()}, {"http_client": httpx.AsyncClient()}])
def test_network_is_refused_beside_a_transport_or_a_callers_client(given: dict[str, object]) -> None:
    refused = r"^network= chooses the connections the client opens: not with http_client= or transport=$"
    with pytest.raises(TypeError, match=refused):
        NP6Client(api_key=KEY, network="httpcore", **given)  # type: ignore[arg-type]


def test_a_limiter_that_keeps_accounts_apart_is_told_the_clients_key() -> None:
    class Binding(InProcessRateLimiter):
        def bind_account(self, key: APIKey) -> None:
            self.bound = key

    limiter = Binding()
    np6 = NP6Client(api_key=KEY, limiter=limiter)
    assert limiter.bound is np6._shared.api_key
    assert limiter.bound.reveal() == KEY


def test_the_base_url_comes_from_the_argument_the_environment_or_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NP6_BASE_URL", raising=False)
    assert str(NP6Client(api_key=KEY).base_url) == "https://api-cm.np6.com"
    monkeypatch.setenv("NP6_BASE_URL", "https://eu.example.com")
    assert str(NP6Client(api_key=KEY).base_url) == "https://eu.example.com"
    assert str(NP6Client(api_key=KEY, base_url="https://x.example.com").base_url) == "https://x.example.com"


def test_the_own_pool_is_sized_from_max_concurrency_and_never_retries_itself() -> None:
    np6 = NP6Client(api_key=KEY, max_concurrency=7, network="httpcore")
    pool = np6._shared.network._pool  # type: ignore[attr-defined]
    assert (pool._max_connections, pool._max_keepalive_connections, pool._retries) == (100, 7, 0)
    big = NP6Client(api_key=KEY, max_concurrency=300, network="httpcore")._shared.network._pool  # type: ignore[attr-defined]
    assert (big._max_connections, big._max_keepalive_connections) == (300, 300)
    assert isinstance(np6.limiter, InProcessRateLimiter) and np6.limiter.max_concurrency == 7


def test_the_default_pool_is_aiohttps_sized_the_same_way() -> None:
    network = NP6Client(api_key=KEY, max_concurrency=300)._shared.network
    assert isinstance(network, AiohttpNetwork)
    limits = network.limits
    assert (limits.max_connections, limits.max_keepalive_connections) == (300, 300)


def test_the_connection_layer_is_checked() -> None:
    with pytest.raises(ConfigurationError, match="network must be"):
        NP6Client(api_key=KEY, network="urllib3")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="network="):
        NP6Client(api_key=KEY, network="httpcore", transport=httpx.AsyncHTTPTransport())


def test_a_given_limiter_is_shared_by_views() -> None:
    limiter = InProcessRateLimiter(3)
    np6 = NP6Client(api_key=KEY, limiter=limiter)
    assert np6.limiter is limiter and np6.with_options(max_retries=0).limiter is limiter


def test_timeout_and_max_retries_override_the_options() -> None:
    base = ClientOptions(max_retries=5, backoff_base=0.25)
    np6 = NP6Client(api_key=KEY, options=base, timeout=3, max_retries=1)
    assert (np6.options.timeout, np6.options.max_retries, np6.options.backoff_base) == (httpx.Timeout(3), 1, 0.25)
    assert NP6Client(api_key=KEY, options=base).options == base


async def test_requests_carry_the_sdk_user_agent() -> None:
    transport = Recording()
    np6 = NP6Client(api_key=KEY, transport=transport)
    await segment.list_segment_targets.asyncio(1, client=np6)
    assert transport.requests[0].headers["user-agent"] == f"np6-client/{metadata.version('np6-client')}"


def test_the_written_version_is_the_projects() -> None:
    project = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text(encoding="utf-8"))
    assert np6_client.__version__ == project["project"]["version"] == metadata.version("np6-client")


async def test_a_callers_transport_is_not_closed_by_the_client_the_own_pool_is() -> None:
    transport = Recording()
    async with NP6Client(api_key=KEY, transport=transport):
        pass
    assert transport.closed is False
    np6 = NP6Client(api_key=KEY)
    closed: list[bool] = []
    pool = np6._shared.network

    async def record_close() -> None:
        closed.append(True)

    pool.aclose = record_close  # type: ignore[method-assign]
    await np6.with_options(max_retries=0).aclose()
    assert closed == []
    await np6.aclose()
    assert closed == [True]


async def test_batches_default_to_fifty_and_go_on_after_an_error() -> None:
    transport = Recording()
    np6 = NP6Client(api_key=KEY, transport=transport)
    results = await np6.add_targets_to_segment(3, [f"T{i}" for i in range(51)])
    assert [len(r.target_ids) for r in results] == [50, 1]
    assert [r.added for r in results] == [50, 1]


def test_a_stream_uses_the_views_options() -> None:
    np6 = NP6Client(api_key=KEY, transport=Recording())
    view = np6.with_options(max_retries=0)
    sorted_call = Call("GET", resumable=True)
    stream = view.stream_call(sorted_call, {"method": "get", "url": "/x", "params": {"sort": "asc"}}, dict)
    assert stream._options == view.options
    assert stream._http.client is view.get_async_httpx_client()  # type: ignore[attr-defined]
    assert stream._sorted is True
    assert view.stream_call(Call("GET"), {"method": "get", "url": "/x"}, dict)._sorted is False
    per_call = view.stream_call(sorted_call.with_options(max_retries=4), {"method": "get", "url": "/x"}, dict)
    assert per_call._options.max_retries == 4


def test_sixty_four_requests_at_most_run_at_once_by_default() -> None:
    np6 = NP6Client(api_key=KEY)
    assert isinstance(np6.limiter, InProcessRateLimiter) and np6.limiter.max_concurrency == 64
    assert np6._shared.network.limits.max_keepalive_connections == 64  # type: ignore[attr-defined]
