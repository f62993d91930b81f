"""fake.serve(): loopback only, shared state across servers, a clean stop even mid-stream."""

import time

import httpx
import pytest

from np6_client.testing import FakeNP6

from .conftest import API_KEY


def test_serve_refuses_non_loopback_hosts(fake: FakeNP6) -> None:
    with pytest.raises(ValueError, match="allow_remote"), fake.serve("0.0.0.0"):
        pass


async def test_servers_of_one_fake_share_its_state(fake: FakeNP6) -> None:
    headers = {"X-Key": API_KEY}
    with fake.serve() as first, fake.serve() as second:
        assert first != second
        async with httpx.AsyncClient(headers=headers) as http:
            assert (await http.put(f"{first}/segments/4/targets", json=["a"])).json() == 1
            assert (await http.get(f"{second}/segments/4/targets")).json() == ["a"]
    assert fake.count("PUT", "/segments/4/targets") == 1


async def test_stop_closes_open_streams_and_the_port(fake: FakeNP6) -> None:
    fake.set_event_count(1, 50_000_000)
    async with httpx.AsyncClient(headers={"X-Key": API_KEY}) as http:
        with fake.serve() as url:
            request = http.build_request("GET", f"{url}/notifications/1/events/activations")
            response = await http.send(request, stream=True)
            chunks = response.aiter_bytes()
            await anext(chunks)
            assert fake.open_streams == 1
            started = time.monotonic()
        assert time.monotonic() - started < 2
        with pytest.raises(httpx.RemoteProtocolError):
            async for _ in chunks:
                pass
        await response.aclose()
        with pytest.raises(httpx.ConnectError):
            await http.get(url)
