"""Views of a client: which options they apply, which per-call views are kept, and what
`request()` / `request_stream()` put on the wire."""

import json
import warnings

import httpx
import pytest
import respx

from np6_client import (
    ClientClosedError,
    ClientOptions,
    ConfigurationError,
    InternalServerError,
    InvalidRequestError,
    NP6Client,
)

BASE = "https://api-cm.np6.com"
FAST = ClientOptions(backoff_base=0.0, min_retry_delay=0.001)  # retries without waiting


async def test_with_options_applies_every_option_it_is_given() -> None:
    async with NP6Client(api_key="k") as np6:
        view = np6.with_options(
            timeout=7,
            max_retries=5,
            max_rate_limit_retries=6,
            backoff_base=0.25,
            backoff_cap=9.0,
            max_wait=11.0,
            max_total_wait=13.0,
            min_retry_delay=0.5,
            deadline=17.0,
            reset_style="epoch",
            resume_streams=False,
        )
        o = view.options
        assert (o.timeout, o.max_retries, o.max_rate_limit_retries) == (httpx.Timeout(7), 5, 6)
        assert (o.backoff_base, o.backoff_cap, o.max_wait, o.max_total_wait) == (0.25, 9.0, 11.0, 13.0)
        assert (o.min_retry_delay, o.deadline, o.reset_style, o.resume_streams) == (0.5, 17.0, "epoch", False)
        assert np6.options == ClientOptions()  # the client itself is unchanged


async def test_a_callers_user_agent_is_kept_by_views_of_views() -> None:
    async with NP6Client(api_key="k") as np6:
        own = np6.with_options(extra_headers={"User-Agent": "app/1"})
        assert own.with_options(max_retries=0).get_async_httpx_client().headers["user-agent"] == "app/1"
        sdk = np6.get_async_httpx_client().headers["user-agent"]
        assert sdk.startswith("np6-client")
        assert np6.with_options(max_retries=0).get_async_httpx_client().headers.get_list("user-agent") == [sdk]
        lower = np6.with_options(extra_headers={"user-agent": "app/2"}).get_async_httpx_client()
        assert lower.headers.get_list("user-agent") == ["app/2"]  # names ignore case: one header, the caller's


async def test_a_views_header_replaces_the_clients_whatever_its_case() -> None:
    async with NP6Client(api_key="k") as np6:
        view = np6.with_options(extra_headers={"X-A": "1", "X-B": "b"}).with_options(extra_headers={"x-a": "2"})
        headers = view.get_async_httpx_client().headers
        assert (headers.get_list("x-a"), headers.get_list("x-b")) == (["2"], ["b"])
        again = view.with_options(extra_headers={"X-A": "3"}).get_async_httpx_client().headers
        assert again.get_list("x-a") == ["3"]


@respx.mock
async def test_request_sends_its_body_type_query_and_headers() -> None:
    route = respx.post(f"{BASE}/custom/7").respond(200, json={"ok": True})
    async with NP6Client(api_key="k") as np6:
        answer = await np6.request(
            "POST",
            "/custom/{id}",
            path={"id": 7},
            content=b"a,b\n1,2\n",
            content_type="text/csv",
            params={"page": 2},
            timeout=7,
            extra_headers={"X-Trace": "t-1"},
        )
    assert answer.parsed == {"ok": True}
    sent = route.calls.last.request
    assert (sent.content, sent.headers["content-type"], sent.url.params["page"]) == (b"a,b\n1,2\n", "text/csv", "2")
    assert sent.headers["x-trace"] == "t-1"
    assert sent.extensions["timeout"] == {"connect": 7, "read": 7, "write": 7, "pool": 7}


@respx.mock
async def test_request_stream_sends_its_json_type_query_and_headers() -> None:
    route = respx.post(f"{BASE}/custom/7/items").respond(200, json=[{"n": 1}, {"n": 2}])
    async with NP6Client(api_key="k") as np6:
        stream = np6.request_stream(
            "POST",
            "/custom/{id}/items",
            path={"id": 7},
            json={"when": "now"},
            content_type="application/vnd.np6+json",
            params={"page": 2},
            timeout=7,
            extra_headers={"X-Trace": "t-1"},
        )
        assert [item async for item in stream] == [{"n": 1}, {"n": 2}]
    sent = route.calls.last.request
    assert (json.loads(sent.content), sent.url.params["page"]) == ({"when": "now"}, "2")
    assert (sent.headers["content-type"], sent.headers["x-trace"]) == ("application/vnd.np6+json", "t-1")
    assert sent.extensions["timeout"] == {"connect": 7, "read": 7, "write": 7, "pool": 7}


@pytest.mark.parametrize("method", ["request", "request_stream"])
@respx.mock
async def test_max_retries_per_call_of_request_and_request_stream(method: str) -> None:
    route = respx.get(f"{BASE}/custom").mock(
        side_effect=[httpx.Response(503), httpx.Response(200, json=[{"n": 1}]), httpx.Response(503)]
    )
    async with NP6Client(api_key="k", options=FAST, max_retries=0) as np6:
        if method == "request":
            assert (await np6.request("GET", "/custom", max_retries=1)).parsed == [{"n": 1}]
        else:
            assert [item async for item in np6.request_stream("GET", "/custom", max_retries=1)] == [{"n": 1}]
        assert route.call_count == 2
        with pytest.raises(InternalServerError):
            await np6.request("GET", "/custom")  # the client's own budget (0) again
    assert route.call_count == 3


@respx.mock
async def test_the_key_header_is_refused_in_extra_headers_naming_it_before_sending() -> None:
    route = respx.get(f"{BASE}/custom").respond(200, json=[])
    refused = r"^extra_headers\['X-KEY'\]: the API key is set by the client, not per call$"
    async with NP6Client(api_key="k") as np6:
        with pytest.raises(InvalidRequestError, match=refused):
            np6.with_options(extra_headers={"X-Trace": "t", "X-KEY": "other"})
        with pytest.raises(InvalidRequestError, match=refused):
            await np6.segment.list_segment_targets(1, extra_headers={"X-KEY": "other"})
        with pytest.raises(InvalidRequestError, match=refused):
            await np6.request("GET", "/custom", extra_headers={"X-KEY": "other"})
        with pytest.raises(InvalidRequestError, match=refused.replace("X-KEY", "x-key")):
            np6.request_stream("GET", "/custom", extra_headers={"x-key": "other"})
    assert route.call_count == 0


async def test_an_option_refused_by_with_options_is_named_in_the_error() -> None:
    async with NP6Client(api_key="k") as np6:
        with pytest.raises(ConfigurationError, match=r"^with_options: .*max_retries"):
            np6.with_options(max_retries=-1)


@respx.mock
async def test_a_namespaced_stream_call_sends_its_own_query_and_headers() -> None:
    route = respx.get(f"{BASE}/targets/T1/events").respond(200, json=[])
    async with NP6Client(api_key="k") as np6:
        stream = np6.contact.list_target_events.stream("T1", extra_query={"tenant": "b"}, extra_headers={"X-T": "t"})
        assert [event async for event in stream] == []
    sent = route.calls.last.request
    assert (sent.url.params["tenant"], sent.headers["x-t"]) == ("b", "t")


@pytest.mark.parametrize("name", ["Transfer-Encoding", " host ", "X-HTTP-Method-Override"])
@respx.mock
async def test_a_routing_header_is_refused_in_extra_headers_naming_it_before_sending(name: str) -> None:
    route = respx.get(f"{BASE}/custom").respond(200, json=[])
    refused = rf"^extra_headers\[{name!r}\]: changes where or how the request is routed or framed; the client sets it$"
    async with NP6Client(api_key="k") as np6:
        with pytest.raises(InvalidRequestError, match=refused) as info:
            await np6.request("GET", "/custom", extra_headers={name: "x"})
        assert info.value.field == f"extra_headers[{name!r}]"
        with pytest.raises(InvalidRequestError, match=refused):
            np6.with_options(extra_headers={name: "x"})
    assert route.call_count == 0


@respx.mock
async def test_a_header_name_that_is_not_a_str_is_refused_before_sending() -> None:
    route = respx.get(f"{BASE}/custom").respond(200, json=[])
    refused = r"^extra_headers\[b'Transfer-Encoding'\]: a header name must be a str$"
    async with NP6Client(api_key="k") as np6:
        with pytest.raises(InvalidRequestError, match=refused):
            await np6.request("GET", "/custom", extra_headers={b"Transfer-Encoding": b"chunked"})  # type: ignore[dict-item]
        with pytest.raises(InvalidRequestError, match=refused):
            np6.with_options(extra_headers={b"Transfer-Encoding": b"chunked"})  # type: ignore[dict-item]
    assert route.call_count == 0


@respx.mock
async def test_a_call_given_only_its_own_timeout_sends_with_it() -> None:
    route = respx.get(f"{BASE}/custom").respond(200, json=[])
    async with NP6Client(api_key="k") as np6:
        await np6.request("GET", "/custom", timeout=7)
    assert route.calls.last.request.extensions["timeout"] == {"connect": 7, "read": 7, "write": 7, "pool": 7}


@respx.mock
async def test_a_views_query_goes_with_a_call_that_has_none_of_its_own() -> None:
    route = respx.get(f"{BASE}/custom").respond(200, json=[])
    async with NP6Client(api_key="k") as np6:
        await np6.with_options(extra_query={"lang": "fr"}).request("GET", "/custom")
    assert dict(route.calls.last.request.url.params) == {"lang": "fr"}


@respx.mock
async def test_a_calls_own_query_and_its_extra_query_are_both_sent() -> None:
    route = respx.get(f"{BASE}/targets/T1/events").respond(200, json=[])
    async with NP6Client(api_key="k") as np6:
        await np6.contact.list_target_events("T1", sort="asc", extra_query={"tenant": "b"})
    assert dict(route.calls.last.request.url.params) == {"sort": "asc", "tenant": "b"}


async def test_a_refused_per_call_option_is_named_in_the_error() -> None:
    async with NP6Client(api_key="k") as np6:
        with pytest.raises(ConfigurationError, match=r"^per-call options: .*max_retries"):
            await np6.request("GET", "/custom", max_retries=-1)


@respx.mock
async def test_a_deprecated_operation_warns_by_its_name_and_another_does_not(monkeypatch: pytest.MonkeyPatch) -> None:
    from np6_client._spec import deprecation

    monkeypatch.setattr(deprecation, "_warned", set())
    respx.get(f"{BASE}/segments/1/targets").respond(200, json=[])
    respx.get(f"{BASE}/targets/T1/events").respond(200, json=[])
    async with NP6Client(api_key="k") as np6:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            await np6.contact.list_target_events("T1")
            await np6.segment.list_segment_targets(1)
    assert [str(warning.message) for warning in caught] == [
        "list_segment_targets is deprecated by NP6; the NP6 reference names no replacement"
    ]


async def test_a_closed_client_says_so_and_how_to_go_on() -> None:
    async with NP6Client(api_key="k") as np6:
        pass
    with pytest.raises(ClientClosedError, match=r"^the NP6 client was closed; create a new one$"):
        await np6.request("GET", "/custom")
