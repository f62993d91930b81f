"""Whatever breaks below the SDK, what escapes a call is an NP6Error with the cause kept."""

import asyncio
import gzip

import httpx
import pytest
import respx

from np6_client import (
    APIConnectionError,
    ClientOptions,
    MalformedResponseError,
    NP6Client,
    NP6Error,
)
from np6_client.api import contact, segment

KEY = "sk-tree-secret-11"
BASE = "https://api-cm.np6.com"
FAST = ClientOptions(backoff_base=0.001, backoff_cap=0.002, max_retries=1, min_retry_delay=0.001)


def raising(error: BaseException) -> httpx.MockTransport:
    def handler(_: httpx.Request) -> httpx.Response:
        raise error

    return httpx.MockTransport(handler)


@pytest.mark.parametrize(
    "error",
    [RuntimeError("inner bug"), OverflowError("int too large"), ValueError("odd"), KeyError("x"), TimeoutError()],
)
async def test_any_exception_of_an_inner_transport_becomes_an_np6_error(error: Exception) -> None:
    np6 = NP6Client(api_key=KEY, transport=raising(error), options=FAST)
    with pytest.raises(NP6Error) as info:
        await segment.list_segment_targets.asyncio(1, client=np6)
    assert type(info.value) is APIConnectionError
    assert info.value.__cause__ is error
    assert type(error).__name__ in str(info.value)


async def test_cancellation_is_not_wrapped() -> None:
    np6 = NP6Client(api_key=KEY, transport=raising(asyncio.CancelledError()), options=FAST)
    with pytest.raises(asyncio.CancelledError):
        await segment.list_segment_targets.asyncio(1, client=np6)


async def test_a_corrupt_gzip_body_is_a_malformed_response() -> None:
    corrupt = gzip.compress(b'["A"]')[:10] + b"\xff" * 20

    def answer(_: httpx.Request) -> httpx.Response:
        headers = {"content-encoding": "gzip", "content-type": "application/json"}
        return httpx.Response(200, stream=httpx.ByteStream(corrupt), headers=headers)

    np6 = NP6Client(api_key=KEY, transport=httpx.MockTransport(answer), options=FAST)
    with pytest.raises(MalformedResponseError) as info:
        await segment.list_segment_targets.asyncio(1, client=np6)
    assert isinstance(info.value.__cause__, httpx.DecodingError)
    assert "content encoding" in str(info.value)


@respx.mock
async def test_a_sound_gzip_body_still_parses() -> None:
    respx.get(f"{BASE}/segments/1/targets").respond(
        200, content=gzip.compress(b'["A"]'), headers={"content-encoding": "gzip", "content-type": "application/json"}
    )
    np6 = NP6Client(api_key=KEY, options=FAST)
    assert await segment.list_segment_targets.asyncio(1, client=np6) == ["A"]


@pytest.mark.parametrize("body", [b'{"targets": ["A"]}', b"42", b'"A"', b"true", b"null", b"  {}"])
@respx.mock
async def test_an_object_or_scalar_where_an_array_is_due_is_malformed(body: bytes) -> None:
    respx.get(f"{BASE}/segments/1/targets").respond(200, content=body, headers={"content-type": "application/json"})
    np6 = NP6Client(api_key=KEY, options=FAST)
    with pytest.raises(MalformedResponseError, match="expected a JSON array"):
        await segment.list_segment_targets.asyncio(1, client=np6)


@pytest.mark.parametrize("body", [b"[1]", b'{"added": 3}', b'"3"', b"null"])
@respx.mock
async def test_anything_but_a_number_where_an_integer_is_due_is_malformed(body: bytes) -> None:
    respx.put(f"{BASE}/segments/1/targets").respond(200, content=body, headers={"content-type": "application/json"})
    np6 = NP6Client(api_key=KEY, options=FAST)
    with pytest.raises(MalformedResponseError, match="expected a JSON integer"):
        await segment.add_segment_targets.asyncio(1, client=np6, body=["A"])


@respx.mock
async def test_an_array_where_an_object_is_due_is_malformed_and_a_right_shape_passes() -> None:
    route = respx.get(f"{BASE}/targets/T1").respond(200, json=[{"id": "T1"}])
    np6 = NP6Client(api_key=KEY, options=FAST)
    with pytest.raises(MalformedResponseError, match="expected a JSON object"):
        await contact.get_target.asyncio("T1", client=np6)
    route.respond(200, content=b'\n {"id": "T1"}', headers={"content-type": "application/json"})
    assert (await contact.get_target.asyncio("T1", client=np6)).id == "T1"


async def test_a_body_nested_too_deep_to_parse_is_malformed_not_a_recursion_error() -> None:
    depth = 100_000  # deeper than the JSON parser's recursion allows
    body = b"[" * depth + b"]" * depth
    np6 = NP6Client(api_key=KEY, transport=httpx.MockTransport(lambda _: httpx.Response(200, content=body)))
    with pytest.raises(MalformedResponseError) as info:
        await segment.list_segment_targets.asyncio(1, client=np6)
    assert isinstance(info.value.__cause__, RecursionError)
