"""Closed means closed: a closed client, and every view of it, refuse calls with a typed error."""

import httpx
import pytest

from np6_client import ClientClosedError, NP6Client, NP6Error
from np6_client.api import segment

KEY = "sk-lifecycle-secret-8"


class CountingTransport(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.sent = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        return httpx.Response(200, json=[])


async def test_a_view_fails_once_its_parent_closed_and_nothing_reaches_the_network() -> None:
    network = CountingTransport()
    np6 = NP6Client(api_key=KEY, transport=network)
    view = np6.with_options(max_retries=0)
    assert await segment.list_segment_targets.asyncio(1, client=view) == []
    await np6.aclose()
    with pytest.raises(ClientClosedError):
        await segment.list_segment_targets.asyncio(1, client=view)
    assert view.is_closed and np6.is_closed
    assert network.sent == 1


async def test_a_view_created_after_close_is_closed_too() -> None:
    np6 = NP6Client(api_key=KEY, transport=CountingTransport())
    await np6.aclose()
    with pytest.raises(ClientClosedError):
        await segment.list_segment_targets.asyncio(1, client=np6.with_options(max_retries=1))


async def test_a_closed_client_raises_a_typed_error_not_httpx_runtime_error() -> None:
    async with NP6Client(api_key=KEY, transport=CountingTransport()) as np6:
        pass
    with pytest.raises(ClientClosedError) as info:
        await segment.list_segment_targets.asyncio(1, client=np6)
    assert isinstance(info.value, NP6Error)


async def test_a_held_httpx_client_of_a_view_stops_with_the_parent() -> None:
    network = CountingTransport()
    np6 = NP6Client(api_key=KEY, transport=network)
    held = np6.with_options(max_retries=0).get_async_httpx_client()
    await np6.aclose()
    with pytest.raises(ClientClosedError):
        await held.get("/segments/1/targets")
    assert network.sent == 0


async def test_calls_after_the_held_httpx_client_was_closed_raise_a_typed_error_and_send_nothing() -> None:
    network = CountingTransport()
    async with NP6Client(api_key=KEY, transport=network) as np6:
        await np6.get_async_httpx_client().aclose()
        with pytest.raises(
            ClientClosedError, match=r"^the NP6 client's httpx client was closed; create a new NP6 client$"
        ):
            await segment.list_segment_targets.asyncio(1, client=np6)
        with pytest.raises(ClientClosedError):
            await np6.request("GET", "/segments/1/targets")
    assert network.sent == 0


async def test_closing_a_view_leaves_the_parent_and_other_views_open() -> None:
    np6 = NP6Client(api_key=KEY, transport=CountingTransport())
    first, second = np6.with_options(max_retries=0), np6.with_options(max_retries=1)
    await first.aclose()
    assert first.is_closed and not np6.is_closed and not second.is_closed
    with pytest.raises(ClientClosedError):
        await segment.list_segment_targets.asyncio(1, client=first)
    assert await segment.list_segment_targets.asyncio(1, client=second) == []
    await np6.aclose()


async def test_the_closed_error_says_what_to_do_and_reprs_tell_views_apart() -> None:
    np6 = NP6Client(api_key=KEY, transport=CountingTransport())
    view = np6.with_options(max_retries=0)
    assert repr(np6).startswith("<NP6Client https://api-cm.np6.com options=ClientOptions(")
    assert repr(view).startswith("<NP6Client view of https://api-cm.np6.com options=ClientOptions(")
    await np6.aclose()
    with pytest.raises(ClientClosedError, match=r"^the NP6 client was closed; create a new one$"):
        np6.get_async_httpx_client()
    with pytest.raises(ClientClosedError, match=r"^the NP6 client was closed; create a new one$"):
        await view._http.get("/segments/1/targets")
