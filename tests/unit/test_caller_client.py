"""A caller's own httpx client under the NP6 transport: answers stay streamed, the call's cookies win."""

from collections.abc import AsyncIterator
from http.cookiejar import CookieJar, DefaultCookiePolicy

import httpx

from np6_client import ClientOptions, NP6Client

KEY = "sk-caller-client-31"
FAST = ClientOptions(backoff_base=0.001, backoff_cap=0.002, max_retries=0, min_retry_delay=0.001)


CHUNKS = 30
ITEM = "T" * 70_000  # 30 of them are more than the splitter buffers before it looks for items


class CountedBody(httpx.AsyncByteStream):
    """A JSON array answer of one item per chunk, counting the chunks pulled so far."""

    def __init__(self) -> None:
        self.pulled = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for index in range(CHUNKS):
            self.pulled += 1
            yield ("[" if index == 0 else ",").encode() + f'"{ITEM}"'.encode() + (b"]" if index == CHUNKS - 1 else b"")


async def test_an_answer_through_a_callers_client_is_read_only_as_the_caller_reads_it() -> None:
    body = CountedBody()

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "application/json"}, stream=body)

    received: list[object] = []
    pulled_at_each_item: list[int] = []
    async with httpx.AsyncClient(transport=httpx.MockTransport(answer)) as own:
        np6 = NP6Client(api_key=KEY, http_client=own, options=FAST)
        async for item in np6.request_stream("GET", "/segments/1/targets"):
            received.append(item)
            pulled_at_each_item.append(body.pulled)
    assert received == [ITEM] * CHUNKS
    assert pulled_at_each_item[0] < CHUNKS  # the first item arrived before the whole body was read


async def test_a_calls_own_cookie_header_keeps_the_callers_cookie_jar_out_of_the_request() -> None:
    seen: list[httpx.Headers] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.copy())
        return httpx.Response(200, json=[])

    jar = CookieJar(policy=DefaultCookiePolicy(rfc2965=True))  # one that also advertises Cookie2
    async with httpx.AsyncClient(transport=httpx.MockTransport(record), cookies=jar) as own:
        own.cookies.set("session", "s1")
        np6 = NP6Client(api_key=KEY, http_client=own, options=FAST)
        await np6.request("GET", "/segments/1/targets", extra_headers={"Cookie": "mine=1"})
        await np6.request("GET", "/segments/1/targets")
    own_cookie, jar_cookie = seen
    assert own_cookie.get_list("cookie") == ["mine=1"]
    assert "cookie2" not in own_cookie
    assert jar_cookie.get_list("cookie") == ["session=s1"]
    assert jar_cookie["cookie2"] == '$Version="1"'  # the jar applies, as its client's own request() would
