"""`np6.request()`: what it refuses before sending, what it sends, and how it reads the answer."""

import json
import math
import traceback
from typing import Any

import httpx
import pytest

from np6_client import InvalidRequestError, MalformedResponseError, NP6Client
from np6_client._constants import NOT_GIVEN
from np6_client._raw import build_request

KEY = "sk-escape-hatch-secret-9"
ARGS: dict[str, Any] = {"path": None, "content": None, "content_type": None, "params": None}


def refusal(**overrides: Any) -> tuple[str, str]:
    arguments: dict[str, Any] = {"method": "GET", "template": "/targets", "json": NOT_GIVEN, **ARGS, **overrides}
    with pytest.raises(InvalidRequestError) as info:
        build_request(**arguments)
    return info.value.field, info.value.problem


def test_a_method_http_has_but_np6_does_not_use_is_refused_naming_the_methods() -> None:
    assert refusal(method="TRACE") == ("method", "'TRACE' is not one of DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT")


def test_a_path_not_relative_to_the_base_url_is_refused() -> None:
    assert refusal(template="targets") == (
        "path",
        "'targets' must be a path starting with '/' (relative to the base URL)",
    )


def test_json_and_content_together_are_refused() -> None:
    assert refusal(json={"a": 1}, content=b"{}") == ("body", "pass json= or content=, not both")


def test_a_query_value_no_query_can_mean_is_refused_naming_it() -> None:
    assert refusal(params={"since": math.nan}) == (
        "params['since']",
        "nan is not a string, an integer or a finite number",
    )


def answering(*responses: httpx.Response) -> tuple[NP6Client, list[httpx.Request]]:
    queue, sent = list(responses), []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return queue.pop(0)

    return NP6Client(api_key=KEY, transport=httpx.MockTransport(handler)), sent


async def test_a_lower_case_method_is_the_same_method_and_retried_as_such() -> None:
    np6, sent = answering(httpx.Response(503), httpx.Response(200, json={"id": 1}))
    async with np6:
        response = await np6.request("get", "/targets/{id}", path={"id": "000A"})
    assert response.parsed == {"id": 1}
    assert [(r.method, r.url.path) for r in sent] == [("GET", "/targets/000A")] * 2


async def test_a_json_body_goes_with_the_media_type_asked_for() -> None:
    np6, sent = answering(httpx.Response(204), httpx.Response(204))
    async with np6:
        await np6.request("POST", "/anything", json={"a": 1}, content_type="application/vnd.np6.x+json")
        await np6.request("POST", "/anything", json={"a": 1})
    assert [r.headers.get_list("content-type") for r in sent] == [["application/vnd.np6.x+json"], ["application/json"]]
    assert [json.loads(r.content) for r in sent] == [{"a": 1}] * 2


async def test_an_answer_without_a_media_type_keeps_its_bytes_unparsed() -> None:
    np6, _ = answering(httpx.Response(200, content=b'{"id": 1}'))
    async with np6:
        response = await np6.request("GET", "/anything")
    assert (response.parsed, response.content) == (None, b'{"id": 1}')


async def test_an_unreadable_json_answer_names_the_parser_error_and_never_shows_the_key() -> None:
    body = b"\xff unknown key " + KEY.encode()
    np6, _ = answering(httpx.Response(200, content=body, headers={"content-type": "application/json"}))
    async with np6:
        with pytest.raises(MalformedResponseError) as info:
            await np6.request("GET", "/anything")
    error = info.value
    assert "answer could not be parsed (UnicodeDecodeError(" in str(error)
    assert isinstance(error.__cause__, UnicodeDecodeError)
    rendered = "".join(traceback.format_exception(error)) + repr(error.__cause__) + repr(error.__cause__.args)
    assert KEY not in rendered


def chain(error: BaseException) -> list[BaseException]:
    found: list[BaseException] = []
    while error is not None and error not in found:
        found.append(error)
        error = error.__cause__ or error.__context__  # type: ignore[assignment]
    return found


@pytest.mark.parametrize(
    "body",
    [b"\xff unknown key " + KEY.encode(), b'{"error": "unknown key ' + KEY.encode() + b'"'],
    ids=["not UTF-8", "JSON cut short"],
)
async def test_no_attribute_of_a_parse_error_keeps_the_key(body: bytes) -> None:
    # A decode error keeps the bytes it failed on (`object`), a JSON error its whole document (`doc`).
    np6, _ = answering(httpx.Response(200, content=body, headers={"content-type": "application/json"}))
    async with np6:
        with pytest.raises(MalformedResponseError) as info:
            await np6.request("GET", "/anything")
    causes = chain(info.value)[1:]
    assert causes
    for cause in causes:
        held = [getattr(cause, name) for name in (*vars(cause), "object", "doc") if hasattr(cause, name)]
        assert not [
            value for value in held if KEY in str(value) or KEY.encode() in (value if isinstance(value, bytes) else b"")
        ]
