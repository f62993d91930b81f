"""The key goes to the base URL's origin only: no redirect, no other host, no header value in errors."""

import traceback
from collections.abc import Callable

import httpx
import pytest
import respx

from np6_client import (
    ClientOptions,
    ConfigurationError,
    InvalidRequestError,
    NP6Client,
    RedirectError,
)
from np6_client.api import contact, segment
from np6_client.models import EventSort

KEY = "sk-origin-secret-77"
BASE = "https://api-cm.np6.com"
FAST = ClientOptions(backoff_base=0.001, backoff_cap=0.002, max_retries=2, min_retry_delay=0.001)


def recording(handler: Callable[[httpx.Request], httpx.Response], seen: list[httpx.Request]) -> httpx.MockTransport:
    def record(request: httpx.Request) -> httpx.Response:
        seen.append(httpx.Request(request.method, request.url, headers=request.headers.copy()))  # as sent
        return handler(request)

    return httpx.MockTransport(record)


def redirect_elsewhere(request: httpx.Request) -> httpx.Response:
    if request.url.host == "api-cm.np6.com":
        return httpx.Response(302, headers={"location": "http://evil.example.net/steal"})
    return httpx.Response(200, json=["stolen"])


async def test_a_callers_client_that_follows_redirects_does_not_follow_with_the_key() -> None:
    seen: list[httpx.Request] = []
    async with httpx.AsyncClient(transport=recording(redirect_elsewhere, seen), follow_redirects=True) as own:
        np6 = NP6Client(api_key=KEY, http_client=own, options=FAST)
        with pytest.raises(RedirectError) as info:
            await segment.list_segment_targets.asyncio(1, client=np6)
    assert [request.url.host for request in seen] == ["api-cm.np6.com"]
    assert info.value.status_code == 302
    assert info.value.location == "http://evil.example.net/steal"
    assert "http://evil.example.net/steal" in str(info.value)
    assert KEY not in str(info.value)


@respx.mock
async def test_the_sdks_own_client_refuses_every_3xx_without_retrying() -> None:
    route = respx.delete(f"{BASE}/targets/T1").respond(307, headers={"location": f"{BASE}/elsewhere"})
    other = respx.delete(f"{BASE}/elsewhere").respond(204)
    np6 = NP6Client(api_key=KEY, options=FAST)
    with pytest.raises(RedirectError) as info:
        await contact.delete_target.asyncio("T1", client=np6)
    assert route.call_count == 1 and other.call_count == 0
    assert info.value.location == f"{BASE}/elsewhere"


@respx.mock
async def test_an_absolute_url_to_another_host_is_refused_before_sending() -> None:
    route = respx.get("https://evil.example.net/x").respond(200)
    np6 = NP6Client(api_key=KEY, options=FAST)
    with pytest.raises(InvalidRequestError) as info:
        await np6.get_async_httpx_client().get("https://evil.example.net/x")
    assert info.value.field == "url"
    assert route.call_count == 0


@pytest.mark.parametrize(
    "key",
    ["S3CR3T\x0bkey", " S3CR3T", "S3CR3T ", "S3CR3T\t", "S3CR3T\u00e9", "S3CR3T\nx", "S3CR3T\x00", "S3CR3T\x7f"],
)
def test_a_key_that_is_no_valid_header_value_is_refused_without_being_quoted(key: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        NP6Client(api_key=key)
    assert "not a valid HTTP header value" in str(info.value)
    assert "S3CR3T" not in str(info.value) and "S3CR3T" not in repr(info.value.args)


@pytest.mark.parametrize("key", ["", "   "])
def test_an_empty_key_is_refused(key: str) -> None:
    with pytest.raises(ConfigurationError, match="empty"):
        NP6Client(api_key=key)


@pytest.mark.parametrize("key", ["a", "with inner space", "with\tinner\ttab", "!~#$%&'*+-.^_`|"])
def test_visible_ascii_keys_with_inner_blanks_are_accepted(key: str) -> None:
    assert NP6Client(api_key=key).base_url.host == "api-cm.np6.com"


@pytest.mark.parametrize("base", ["https://gw.example.com/np6", "https://gw.example.com/np6/"])
@respx.mock
async def test_a_base_url_with_a_path_prefix_keeps_client_side_validation(base: str) -> None:
    route = respx.put("https://gw.example.com/np6/segments/1/targets").respond(200, json=51)
    np6 = NP6Client(api_key=KEY, base_url=base, options=FAST)
    with pytest.raises(InvalidRequestError) as info:
        await segment.add_segment_targets.asyncio(1, client=np6, body=[f"T{i}" for i in range(51)])
    assert info.value.field == "body"
    assert route.call_count == 0
    route.respond(200, json=2)
    assert await segment.add_segment_targets.asyncio(1, client=np6, body=["A", "B"]) == 2
    assert route.calls.last.request.url.path == "/np6/segments/1/targets"


async def test_a_callers_client_defaults_are_applied_and_the_calls_own_values_win() -> None:
    seen: list[httpx.Request] = []
    own = httpx.AsyncClient(
        transport=recording(lambda _: httpx.Response(200, json=[]), seen),
        headers={"X-Tenant": "acme", "User-Agent": "theirs"},
        params={"trace": "on", "sort": "desc"},
        cookies={"session": "s1"},
    )
    np6 = NP6Client(api_key=KEY, http_client=own, options=FAST)
    await contact.list_target_events.asyncio("T1", client=np6, sort=EventSort.ASC)
    (request,) = seen
    assert request.headers["x-tenant"] == "acme"
    assert request.headers["user-agent"].startswith("np6-client")  # the SDK's own header wins
    assert request.url.params["trace"] == "on"
    assert request.url.params["sort"] == "asc"  # the call's own value wins
    assert request.headers["cookie"] == "session=s1"
    assert request.headers["x-key"] == KEY
    await own.aclose()


def test_a_callers_client_carrying_its_own_key_header_is_refused() -> None:
    own = httpx.AsyncClient(headers={"X-Key": "other"})
    with pytest.raises(ConfigurationError, match="api_key="):
        NP6Client(api_key=KEY, http_client=own)


async def test_event_hooks_see_the_key_on_the_request_but_nothing_keeps_it() -> None:
    hooked: list[str | None] = []

    async def on_request(request: httpx.Request) -> None:
        hooked.append(request.headers.get("x-key"))

    own = httpx.AsyncClient(
        transport=httpx.MockTransport(lambda _: httpx.Response(200, json=[])), event_hooks={"request": [on_request]}
    )
    np6 = NP6Client(api_key=KEY, http_client=own, options=FAST)
    response = await np6.get_async_httpx_client().get("/segments/1/targets")
    assert hooked == [KEY]
    assert "x-key" not in response.request.headers
    await own.aclose()


async def test_a_transport_error_quoting_the_key_is_scrubbed_from_message_and_traceback() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.LocalProtocolError(f"Illegal header value {request.headers['x-key'].encode()!r}")

    np6 = NP6Client(api_key=KEY, transport=httpx.MockTransport(refuse), options=FAST)
    with pytest.raises(Exception) as info:  # noqa: PT011 - the type is asserted below
        await segment.list_segment_targets.asyncio(1, client=np6)
    from np6_client import APIConnectionError

    assert type(info.value) is APIConnectionError
    assert isinstance(info.value.__cause__, httpx.LocalProtocolError)
    rendered = "".join(traceback.format_exception(info.value))
    assert KEY not in rendered
    assert "not valid HTTP" in str(info.value)


@respx.mock
async def test_a_path_id_is_percent_encoded_so_it_stays_one_segment() -> None:
    route = respx.get(url__regex=r".*").respond(200, json={"id": "x"})
    np6 = NP6Client(api_key=KEY, options=FAST)
    await contact.get_target.asyncio("a b/c?d#e", client=np6)
    assert route.calls.last.request.url.raw_path == b"/targets/a%20b%2Fc%3Fd%23e"


@respx.mock
async def test_validation_holds_for_a_prefix_ending_in_any_letter_and_for_paths_outside_it() -> None:
    respx.route().respond(200, json=51)
    np6 = NP6Client(api_key=KEY, base_url="https://gw.example.com/apiX/", options=FAST)
    too_many = [f"T{i}" for i in range(51)]
    with pytest.raises(InvalidRequestError):
        await segment.add_segment_targets.asyncio(1, client=np6, body=too_many)
    with pytest.raises(InvalidRequestError):
        await np6.get_async_httpx_client().put("https://gw.example.com/segments/1/targets", json=too_many)


@pytest.mark.parametrize("prefix", ["/np6", "/np6/", "/gatewayX"])
@respx.mock
async def test_a_request_behind_a_path_prefix_is_validated_by_its_own_path(prefix: str) -> None:
    route = respx.put(f"https://gw.example.com{prefix.rstrip('/')}/segments/1/targets").respond(200, json=2)
    np6 = NP6Client(api_key=KEY, base_url=f"https://gw.example.com{prefix}", options=FAST)
    with pytest.raises(InvalidRequestError) as info:
        await np6.request("PUT", "/segments/{id}/targets", path={"id": 1}, json=[f"T{i}" for i in range(51)])
    assert info.value.field == "body"
    assert route.call_count == 0


@pytest.mark.parametrize("base", ["http://api.example.com", "ftp://127.0.0.1"])
def test_a_base_url_in_clear_text_off_this_machine_is_refused_naming_it(base: str) -> None:
    url = httpx.URL(base)
    refused = rf"^refusing to send the API key over {url.scheme}:// to {url.host}; use https$"
    with pytest.raises(ConfigurationError, match=refused):
        NP6Client(api_key=KEY, base_url=base)
