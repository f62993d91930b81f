"""Headers that change where a request goes or how it is framed are refused before sending, on
every path: calls, `.detailed()`, `request()`, `request_stream()` and `with_options()` views."""

import pytest

from np6_client import InvalidRequestError, NP6Client
from np6_client.api import contact
from np6_client.testing import FakeNP6

from .conftest import API_KEY

REFUSED = [
    "Host",
    "host",
    "HOST",
    "Content-Length",
    "content-length",
    "Transfer-Encoding",
    "TRANSFER-ENCODING",
    "Connection",
    "Keep-Alive",
    "Upgrade",
    "TE",
    "Trailer",
    "Expect",
    "Proxy-Connection",
    "Forwarded",
    "X-Forwarded-Host",
    "X-HTTP-Method-Override",
    " Host",
]


def paths(np6: NP6Client, headers: dict[str, str]):  # type: ignore[no-untyped-def]
    yield lambda: np6.contact.get_target("000PKXK4", extra_headers=headers)
    yield lambda: np6.contact.get_target.detailed("000PKXK4", extra_headers=headers)
    yield lambda: contact.get_target.asyncio("000PKXK4", client=np6.with_options(extra_headers=headers))
    yield lambda: np6.request("GET", "/targets/000PKXK4", extra_headers=headers)
    yield lambda: np6.segment.add_segment_targets(3, ["000PKXK4"], extra_headers=headers)


@pytest.mark.parametrize("name", REFUSED)
async def test_refused_on_every_path_and_nothing_sent(np6: NP6Client, fake: FakeNP6, name: str) -> None:
    headers = {name: "tenant-b.example"}
    for call in paths(np6, headers):
        with pytest.raises(InvalidRequestError) as info:
            await call()
        assert "routed or framed" in str(info.value)
    with pytest.raises(InvalidRequestError):
        np6.with_options(extra_headers=headers)
    with pytest.raises(InvalidRequestError):
        np6.request_stream("GET", "/targets/000PKXK4/events", extra_headers=headers)
    assert fake.requests == []


async def test_ordinary_extra_headers_still_go(np6: NP6Client, fake: FakeNP6) -> None:
    await np6.request("GET", f"/targets/{fake.target_ids[0]}", extra_headers={"X-Trace": "t-1"})
    (seen,) = fake.requests
    assert seen.headers.get("x-trace") == "t-1"
    assert seen.headers.get("host", "").startswith("127.0.0.1")


async def test_a_host_header_slipped_past_the_views_is_refused_by_the_transport(fake: FakeNP6, fake_url: str) -> None:
    async with NP6Client(api_key=API_KEY, base_url=fake_url) as np6:
        http = np6.get_async_httpx_client()
        with pytest.raises(InvalidRequestError) as info:
            await http.get("/targets/000PKXK4", headers={"Host": "tenant-b.example"})
    assert "Host" in str(info.value)
    assert fake.requests == []
