"""Nesting deeper than Python recurses never escapes as a RecursionError: each path gives an NP6Error."""

from typing import Any

import httpx
import pytest

from np6_client import Checkpoint, InvalidRequestError, MalformedResponseError, NP6Client
from np6_client.api import segment
from np6_client.models import Segment

KEY = "sk-recursion-secret-3"
DEEP = 100_000  # deeper than the JSON parsers and the converters recurse
NESTED = b"[" * DEEP + b"]" * DEEP


def counting(response: httpx.Response) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return response

    return httpx.MockTransport(handler), sent


def self_containing() -> dict[str, Any]:
    body: dict[str, Any] = {"name": "loop"}
    body["links"] = [body]
    return body


def deep_list() -> list[Any]:
    root: list[Any] = []
    node = root
    for _ in range(DEEP):
        child: list[Any] = []
        node.append(child)
        node = child
    return root


@pytest.mark.parametrize("media_type", ["application/json", "application/vnd.np6.v8+json", "Application/JSON"])
async def test_request_answered_by_a_deeply_nested_array_is_malformed(media_type: str) -> None:
    transport, _ = counting(httpx.Response(200, content=NESTED, headers={"content-type": media_type}))
    async with NP6Client(api_key=KEY, transport=transport) as np6:
        with pytest.raises(MalformedResponseError) as info:
            await np6.request("GET", "/anything")
    assert isinstance(info.value.__cause__, RecursionError)


async def test_request_stream_of_a_deeply_nested_item_is_malformed() -> None:
    body = b"[" + NESTED + b"]"
    transport, _ = counting(httpx.Response(200, content=body, headers={"content-type": "application/json"}))
    async with NP6Client(api_key=KEY, transport=transport) as np6:
        with pytest.raises(MalformedResponseError):
            async with np6.request_stream("GET", "/anything") as stream:
                _ = [item async for item in stream]


@pytest.mark.parametrize("body", [self_containing(), deep_list()], ids=["contains-itself", "deep"])
async def test_request_with_a_body_json_cannot_carry_is_refused_before_sending(body: object) -> None:
    transport, sent = counting(httpx.Response(200, json={}))
    async with NP6Client(api_key=KEY, transport=transport) as np6:
        with pytest.raises(InvalidRequestError) as info:
            await np6.request("POST", "/anything", json=body)
    assert info.value.field.startswith("body")
    assert sent == []


async def test_create_segment_with_a_mapping_that_contains_itself_is_refused_before_sending() -> None:
    transport, sent = counting(httpx.Response(201, json={}))
    async with NP6Client(api_key=KEY, transport=transport) as np6:
        with pytest.raises(InvalidRequestError, match="contains itself") as info:
            await segment.create_segment.asyncio(client=np6, body=self_containing())  # type: ignore[arg-type]
    assert info.value.field == "body['links'][0]"
    assert sent == []


async def test_a_model_that_holds_itself_is_refused_before_sending() -> None:
    model = Segment.from_dict({"name": "loop", "type": "static"})
    model.additional_properties["self"] = model
    transport, sent = counting(httpx.Response(201, json={}))
    async with NP6Client(api_key=KEY, transport=transport) as np6:
        with pytest.raises(InvalidRequestError, match="contains itself") as info:
            await segment.create_segment.asyncio(client=np6, body=model)
    assert info.value.field == "body['self']"
    assert sent == []


async def test_raw_content_nested_too_deep_to_check_is_refused_before_sending() -> None:
    transport, sent = counting(httpx.Response(201, json={}))
    async with NP6Client(api_key=KEY, transport=transport) as np6:
        with pytest.raises(InvalidRequestError) as info:
            await np6.request("POST", "/segments", content=NESTED, content_type="application/json")
    assert (info.value.field, info.value.problem) == ("body", "nests too deeply to be checked")
    assert isinstance(info.value.__cause__, RecursionError)
    assert sent == []


def test_a_stored_checkpoint_nested_too_deep_is_an_invalid_request() -> None:
    with pytest.raises(InvalidRequestError) as info:
        Checkpoint.from_json(NESTED)
    assert str(info.value) == "checkpoint: nests too deeply to be a checkpoint"
    assert isinstance(info.value.__cause__, RecursionError)
