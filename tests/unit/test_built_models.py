"""httpx's URL, Request and Response built for the common call are the ones httpx's constructors build."""

from __future__ import annotations

import json
import random
from collections.abc import AsyncIterator
from http.cookiejar import CookieJar
from typing import Any

import httpx
import pytest

from np6_client._transport.direct import base_prefix
from np6_client._transport.models import (
    as_text,
    close_if_whole,
    drop,
    has_any,
    has_cookies,
    origin_and_path,
    plain_request,
    put,
    read_response,
    url_on,
    value_of,
)

BASES = [
    "http://127.0.0.1:8080",
    "https://api-cm.np6.com/",
    "http://127.0.0.1:1/np6/v8/",
    "https://bücher.np6.test/x/",
]
# Characters a path may hold as it is, and some it may not (httpx encodes, resolves or splits on them).
ALPHABET = [*"aZ09-._~!$&'()*+,;=:@/", "%2E", "%2f", "%zz", "%", " ", "é", "?", "#", "[", "]", '"', "..", "."]


@pytest.mark.parametrize("base", BASES)
def test_a_joined_url_is_what_httpx_parses_from_the_joined_text(base: str) -> None:
    rng = random.Random(base)
    client_base = httpx.AsyncClient(base_url=base).base_url  # with the final "/" httpx's client adds
    prefix = base_prefix(client_base)
    assert prefix is not None
    built = 0
    for _ in range(3000):
        path = "/" + "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 12)))
        joined = url_on(client_base, path)
        if joined is None:
            continue
        built += 1
        expected = httpx.URL(prefix + path[1:])
        assert joined._uri_reference == expected._uri_reference, path
        assert (str(joined), joined.raw_path, joined.netloc) == (str(expected), expected.raw_path, expected.netloc)
    assert built > 300  # plain paths were drawn often enough for the comparison to mean something


@pytest.mark.parametrize(
    "path",
    ["/a b", "/a/../b", "/a/./b", "/.", "/é", "/a?b=1", "/a#b", "/%zz", "/a%", "/a%0", "/a%0Z/b", "/a[1]", '/"'],
)
def test_a_path_httpx_would_change_is_left_to_httpx(path: str) -> None:
    base = httpx.URL("https://api-cm.np6.com/")
    assert url_on(base, path) is None
    assert url_on(base, "/targets/T1") == httpx.URL("https://api-cm.np6.com/targets/T1")


@pytest.mark.parametrize(
    "base",
    ["https://api-cm.np6.com/np6", "https://api-cm.np6.com/?tenant=1", "https://api-cm.np6.com/#top", "relative/"],
)
def test_a_base_without_a_final_slash_or_with_a_query_or_fragment_is_left_to_httpx(base: str) -> None:
    assert url_on(httpx.URL(base), "/targets") is None


def test_an_encoded_dot_segment_stays_encoded() -> None:
    joined = url_on(httpx.URL("https://api-cm.np6.com/"), "/targets/%2E%2E")
    assert joined is not None
    assert joined.raw_path == b"/targets/%2E%2E"


BASE_HEADERS = httpx.Headers({"User-Agent": "np6-client/test", "Accept-Encoding": "gzip, deflate"})
URL = httpx.URL("https://api-cm.np6.com/targets/T1")
CALL_HEADERS: list[dict[str, str] | None] = [
    None,
    {},
    {"Content-Type": "text/csv"},
    {"content-length": "3"},
    {"X-Tenant": "t", "user-agent": "mine/1"},
    {"Host": "elsewhere.test"},  # refused later by the transport; built as httpx builds it
    {"Transfer-Encoding": "chunked"},
]
BODIES: list[dict[str, Any]] = [
    {"content": None, "json": None},
    {"content": b"", "json": None},
    {"content": b"abc", "json": None},
    {"content": "text é", "json": None},
    {"content": None, "json": {"a": [1, "é"], "b": None}},
    {"content": None, "json": []},
    {"content": None, "json": 0},
]


def _fields(request: httpx.Request) -> tuple[object, ...]:
    return (
        request.method,
        request.url._uri_reference,
        request.headers.raw,
        request.headers.multi_items(),  # the lowercase names, as lookups see them
        request.headers.encoding,
        request.content,
        b"".join(request.stream),  # type: ignore[arg-type]
        type(request.stream),
        request.extensions,
    )


@pytest.mark.parametrize("method", ["get", "POST", "PUT", "PATCH", "DELETE"])
@pytest.mark.parametrize("headers", CALL_HEADERS)
@pytest.mark.parametrize("body", BODIES)
def test_a_plain_request_is_the_request_httpx_builds(
    method: str, headers: dict[str, str] | None, body: dict[str, Any]
) -> None:
    extensions = {"timeout": {"read": 1.0}}
    before = BASE_HEADERS.raw
    built = plain_request(method, URL, BASE_HEADERS, headers, body["content"], body["json"], extensions)
    merged = httpx.Headers(BASE_HEADERS)
    merged.update(headers)
    expected = httpx.Request(method, URL, headers=merged, extensions=extensions, **body)
    assert built is not None
    assert _fields(built) == _fields(expected)
    assert BASE_HEADERS.raw == before  # the client's own headers are not changed


def test_headers_that_are_not_ascii_keep_the_encoding_httpx_finds() -> None:
    base = httpx.Headers([(b"X-Name", "café".encode())])
    built = plain_request("POST", URL, base, None, None, {"a": 1}, {})
    expected = httpx.Request("POST", URL, headers=base, json={"a": 1})
    assert built is not None
    assert (
        (built.headers.encoding, built.headers.raw)
        == (expected.headers.encoding, expected.headers.raw)
        == (
            "utf-8",
            expected.headers.raw,
        )
    )


def test_a_streamed_body_is_left_to_httpx() -> None:
    async def parts() -> AsyncIterator[bytes]:
        yield b"x"

    assert plain_request("POST", URL, BASE_HEADERS, None, parts(), None, {}) is None
    assert plain_request("POST", URL, BASE_HEADERS, None, [b"x"], None, {}) is None


RAW_HEADERS = [
    ((b"Content-Type", b"application/json"), (b"Content-Length", b"9"), (b"X-Request-Id", b"r1")),
    ((b"Content-Length", b"9"), (b"X-Name", "café".encode("latin-1"))),  # httpx falls back to latin-1
    ((b"X-Name", "café".encode()),),
    (),
]


@pytest.mark.parametrize("raw", RAW_HEADERS)
async def test_an_answer_read_whole_is_the_answer_httpx_hands_over_with_its_content_known(
    raw: tuple[tuple[bytes, bytes], ...],
) -> None:
    request = httpx.Request("GET", URL)
    body = json.dumps({"a": "é"}).encode()
    extensions = {"http_version": b"HTTP/1.1", "reason_phrase": b"Fine"}
    built = read_response(207, raw, body, request, dict(extensions))
    expected = httpx.Response(207, headers=raw, stream=httpx.ByteStream(body), request=request, extensions=extensions)

    def fields(response: httpx.Response) -> tuple[object, ...]:
        return (
            response.status_code,
            response.headers.raw,
            response.headers.multi_items(),
            response.headers.encoding,
            response.is_closed,
            response.is_stream_consumed,
            response.num_bytes_downloaded,
            response.request,
            response.next_request,
            response.history,
            response.extensions,
            response.reason_phrase,
            response.http_version,
            response.default_encoding,
            response.is_success,
        )

    assert fields(built) == fields(expected)  # as a transport hands it over: open, its stream unread
    assert (built.content, built.text, built.json()) == (body, body.decode(), {"a": "é"})  # known at once
    assert [piece async for piece in built.aiter_raw()] == [piece async for piece in expected.aiter_raw()] == [body]
    assert fields(built) == fields(expected)  # streamed once, then closed, on both
    assert await built.aread() == body


async def test_an_answer_read_whole_reads_without_its_stream() -> None:
    built = read_response(200, (), b"[1]", httpx.Request("GET", URL), {})
    built.stream = httpx.ByteStream(b"never read")  # what aread() would see if it read the stream
    assert await built.aread() == b"[1]"
    assert [piece async for piece in built.aiter_bytes()] == [b"[1]"]


def _random_headers(rng: random.Random) -> httpx.Headers:
    names = ["Content-Length", "content-length", "X-Key", "x-KEY", "Host", "Set-Cookie", "X-Other", "Café-Less"]
    values = ["9", "", "a, b", "café", "ÿ", "sk-1"]
    pairs = [(rng.choice(names), rng.choice(values)) for _ in range(rng.randrange(6))]
    encoding = "utf-8" if rng.random() < 0.5 else "latin-1"
    return httpx.Headers([(name.encode(), value.encode(encoding)) for name, value in pairs])


LOOKED_UP = ["content-length", "x-key", "host", "set-cookie", "x-absent"]


def test_header_lookups_agree_with_httpx() -> None:
    rng = random.Random(7)
    for _ in range(400):
        headers = _random_headers(rng)
        for name in LOOKED_UP:
            found = headers.get(name)
            assert value_of(headers, name.encode()) == (None if found is None else found.encode(headers.encoding))
            assert has_any(headers, frozenset({name.encode(), b"x-never"})) is (name in headers)
        assert as_text(headers) == headers.multi_items()


def test_dropping_and_setting_a_header_agree_with_httpx() -> None:
    rng = random.Random(8)
    for _ in range(400):
        headers = _random_headers(rng)
        for name in LOOKED_UP:
            ours, theirs = httpx.Headers(headers), httpx.Headers(headers)
            drop(ours, name.encode())
            if name in theirs:
                del theirs[name]
            assert ours.raw == theirs.raw

            ours, theirs = httpx.Headers(headers), httpx.Headers(headers)
            put(ours, name.title().encode(), b"set")
            theirs[name.title()] = "set"
            assert ours.get_list(name) == theirs.get_list(name) == ["set"]
            others = [(key, value) for key, value in theirs.raw if key.lower() != name.encode()]
            assert [(key, value) for key, value in ours.raw if key.lower() != name.encode()] == others
            assert ours.raw[-1] == (name.title().encode(), b"set")  # added last


def test_a_jar_with_cookies_is_never_taken_for_empty() -> None:
    cookies = httpx.Cookies()
    assert not has_cookies(cookies)
    cookies.set("lb", "node-2", domain="api-cm.np6.com")
    assert has_cookies(cookies)
    cookies.delete("lb", domain="api-cm.np6.com")  # cookie by cookie: an empty domain stays behind
    assert has_cookies(cookies) is True  # only the slower path follows, which is right either way
    cookies.clear()
    assert not has_cookies(cookies)


class _ListedJar(CookieJar):
    """A jar keeping its cookies elsewhere: only iterating it tells."""

    def __init__(self, held: list[Any]) -> None:
        super().__init__()
        self.held = held

    def __iter__(self) -> Any:
        return iter(self.held)


def test_another_kind_of_jar_is_asked_itself() -> None:
    assert has_cookies(httpx.Cookies(_ListedJar(["a cookie"])))
    assert not has_cookies(httpx.Cookies(_ListedJar([])))


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://127.0.0.1:8080/segments/1/targets", (("http", "", "127.0.0.1", 8080), "/segments/1/targets")),
        ("https://u:p@api-cm.np6.com/a%2Fb", (("https", "u:p", "api-cm.np6.com", None), "/a%2Fb")),
        ("https://api-cm.np6.com/a?b=1", None),
        ("https://api-cm.np6.com/a#top", None),
        ("https://api-cm.np6.com/a?", None),
    ],
)
def test_origin_and_path_are_the_urls_own_text(url: str, expected: object) -> None:
    assert origin_and_path(httpx.URL(url)) == expected


def test_a_url_without_a_path_has_no_origin_and_path() -> None:
    url = httpx.URL("https://api-cm.np6.com")
    url._uri_reference = url._uri_reference._replace(path="")
    assert origin_and_path(url) is None


async def test_only_an_answer_in_memory_is_closed_without_its_stream() -> None:
    whole = read_response(200, (), b"[1]", httpx.Request("GET", URL), {})
    assert close_if_whole(whole) and whole.is_closed
    assert whole.content == b"[1]"

    async def parts() -> AsyncIterator[bytes]:
        yield b"[1]"

    streamed = httpx.Response(200, content=parts())
    assert not close_if_whole(streamed) and not streamed.is_closed

    class Counted(httpx.ByteStream):
        """A subclass may release something on close: it is closed the usual way."""

    counted = httpx.Response(200, stream=Counted(b"[1]"))
    assert not close_if_whole(counted) and not counted.is_closed
    counted.read()
    assert not close_if_whole(counted)  # read, yet not a plain `ByteStream`


@pytest.mark.parametrize(
    "url", ["https://api-cm.np6.com/a", "http://127.0.0.1:8080/a", "https://[::1]:8443/a", "https://bücher.np6.test/a"]
)
def test_the_host_header_is_the_one_httpx_sends_for_each_kind_of_host(url: str) -> None:
    built = plain_request("GET", httpx.URL(url), httpx.Headers(), None, None, None, {})
    assert built is not None
    assert built.headers.raw == httpx.Request("GET", url).headers.raw
