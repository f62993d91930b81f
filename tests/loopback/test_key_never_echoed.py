"""The key never appears in an exception, even when the server echoes it back in a body, a
header or an item: str, repr, excerpt, traceback, cause and context are all blanked."""

import asyncio
import traceback

import attrs
import pytest

from np6_client import (
    APIKey,
    AuthenticationError,
    InternalServerError,
    MalformedResponseError,
    NP6Client,
    NP6Error,
    RedirectError,
    ResponseTooLargeError,
    UnexpectedStatus,
)
from np6_client.api import contact

from .conftest import API_KEY, FAST_RETRIES
from .raw_server import Seen, chunk, head, serve, whole

NO_RETRIES = attrs.evolve(FAST_RETRIES, max_retries=0)
ECHO = f'{{"error": "unknown API key {API_KEY}"}}'.encode()


def assert_no_key(error: BaseException) -> None:
    rendered = "".join(traceback.format_exception(error))
    assert API_KEY not in rendered
    link: BaseException | None = error
    while link is not None:
        assert API_KEY not in str(link) and API_KEY not in repr(link) and API_KEY not in repr(link.args)
        for name in ("body_excerpt", "content", "location", "content_type", "request_id", "headers"):
            assert API_KEY not in str(getattr(link, name, ""))
        response = getattr(link, "response", None)
        if response is not None:
            assert API_KEY.encode() not in response.content
            assert all(API_KEY.encode() not in value for _, value in response.headers.raw)
        link = link.__cause__ or link.__context__


def answering(reply: bytes):  # type: ignore[no-untyped-def]
    async def answer(request: Seen, writer: asyncio.StreamWriter) -> None:
        writer.write(reply)

    return answer


async def fail_with(reply: bytes, call):  # type: ignore[no-untyped-def]
    async with (
        serve(answering(reply)) as (url, seen),
        NP6Client(api_key=API_KEY, base_url=url, options=NO_RETRIES) as np6,
    ):
        with pytest.raises(NP6Error) as info:
            await call(np6)
    assert seen and all(r.headers["x-key"] == API_KEY for r in seen)  # the key did go, to its origin only
    return info.value


def get_target(np6: NP6Client):  # type: ignore[no-untyped-def]
    return np6.contact.get_target("000PKXK4")


def raw_get(np6: NP6Client):  # type: ignore[no-untyped-def]
    return np6.request("GET", "/targets/{id}", path={"id": "000PKXK4"})


@pytest.mark.parametrize("call", [get_target, raw_get, lambda np6: contact.get_target.asyncio("X", client=np6)])
async def test_a_401_echoing_the_key(call) -> None:  # type: ignore[no-untyped-def]
    error = await fail_with(whole(401, ECHO), call)
    assert isinstance(error, AuthenticationError)
    assert "unknown API key <redacted>" in error.body_excerpt
    assert_no_key(error)


async def test_a_500_echoing_the_key_past_the_excerpt_cut() -> None:
    body = b'{"error": "' + b"x" * 280 + API_KEY.encode() + b'"}'
    error = await fail_with(whole(500, body), get_target)
    assert isinstance(error, InternalServerError)
    assert_no_key(error)
    assert API_KEY[:8] not in error.body_excerpt  # not even the key's first characters


async def test_an_html_2xx_echoing_the_key() -> None:
    page = f"<html><body>Welcome back, {API_KEY}</body></html>".encode()
    error = await fail_with(whole(200, page, {"Content-Type": "text/html"}), get_target)
    assert isinstance(error, MalformedResponseError)
    assert_no_key(error)


async def test_request_with_a_json_type_and_a_body_that_is_not_json() -> None:
    error = await fail_with(whole(200, f"key={API_KEY}".encode()), raw_get)
    assert isinstance(error, MalformedResponseError)
    assert_no_key(error)


async def test_a_date_echoing_the_key_in_the_parsers_cause() -> None:
    body = f'{{"id": "000PKXK4", "creationDate": "{API_KEY}"}}'.encode()  # "Invalid isoformat string: '<key>'"
    error = await fail_with(whole(200, body), get_target)
    assert isinstance(error, MalformedResponseError)
    assert_no_key(error)


async def test_an_undocumented_2xx_echoing_the_key() -> None:
    error = await fail_with(whole(203, ECHO), get_target)
    assert isinstance(error, UnexpectedStatus)
    assert_no_key(error)


ECHOING_HEADERS = {"X-Request-Id": f"rq-{API_KEY}", "Retry-After": API_KEY, "X-Echo": API_KEY}


async def test_an_error_echoing_the_key_in_its_headers() -> None:
    error = await fail_with(whole(500, b"{}", ECHOING_HEADERS), get_target)
    assert isinstance(error, InternalServerError)
    assert (error.request_id, error.headers) == ("rq-<redacted>", {"retry-after": "<redacted>"})
    assert error.response.headers["x-echo"] == "<redacted>"
    assert_no_key(error)


async def test_a_malformed_2xx_echoing_the_key_in_its_request_id() -> None:
    error = await fail_with(whole(200, b"<html>", {**ECHOING_HEADERS, "Content-Type": "text/html"}), get_target)
    assert isinstance(error, MalformedResponseError)
    assert error.request_id == "rq-<redacted>"
    assert_no_key(error)


async def test_a_2xx_too_large_echoing_the_key_in_its_request_id() -> None:
    tight = attrs.evolve(NO_RETRIES, max_body_bytes=8)
    async with (
        serve(answering(whole(200, b'{"id": "000PKXK4"}', ECHOING_HEADERS))) as (url, _),
        NP6Client(api_key=API_KEY, base_url=url, options=tight) as np6,
    ):
        with pytest.raises(ResponseTooLargeError) as info:
            await get_target(np6)
    assert info.value.request_id == "rq-<redacted>"
    assert_no_key(info.value)


async def test_a_redirect_to_a_url_holding_the_key() -> None:
    reply = head(302, {"Location": f"https://evil.example/?k={API_KEY}"}, length=0)
    error = await fail_with(reply, get_target)
    assert isinstance(error, RedirectError)
    assert_no_key(error)


async def test_a_stream_that_is_not_json_where_it_echoes_the_key() -> None:
    items = f"[{API_KEY}]".encode()
    reply = head(200, {"Content-Type": "application/json"}) + chunk(items) + chunk(b"")

    async def consume(np6: NP6Client) -> None:
        async for _ in np6.contact.list_target_events.stream("000PKXK4"):
            pass

    error = await fail_with(reply, consume)
    assert isinstance(error, MalformedResponseError)
    assert_no_key(error)
    assert API_KEY[:2] not in str(error)  # not a prefix either


def test_scrub_follows_the_context_chain() -> None:
    key = APIKey(API_KEY)

    def fail() -> None:
        raise ValueError(f"bad {API_KEY}")

    try:
        try:
            fail()
        except ValueError:
            error = RuntimeError("while handling")
            raise error  # noqa: B904 - the implicit context is what this test is about
    except RuntimeError:
        pass
    assert error.__context__ is not None and error.__cause__ is None and not error.__suppress_context__
    key.scrub(error)
    assert API_KEY not in "".join(traceback.format_exception(error))
    assert str(error.__context__) == "bad <redacted>"


def test_scrub_follows_the_cause_chain() -> None:
    key = APIKey(API_KEY)
    inner = KeyError(API_KEY)
    outer = RuntimeError("outer")
    outer.__cause__ = inner
    key.scrub(outer)
    assert API_KEY not in repr(inner)
