"""Whatever a request holds, the fake answers it as NP6 would, with a 4xx: never a 500 or a traceback."""

import re
from typing import Any

import httpx
import pytest

from np6_client.testing import FakeNP6

from .conftest import API_KEY, SPEC

HUGE = "9" * 5000  # past Python's int() digit limit
WIDE = "9" * 25  # past int64
DEEP = 2000
METHODS = ("get", "put", "post", "patch", "delete")
OPERATIONS = [
    (method.upper(), path, operation)
    for path, item in SPEC["paths"].items()
    for method in METHODS
    if (operation := item.get(method)) is not None
]
PARAMETERISED = [
    (method, path, operation)
    for method, path, operation in OPERATIONS
    if "{" in path or any(p.get("in") == "query" for p in operation.get("parameters", []))
]


def params(operation: dict[str, Any], where: str) -> list[str]:
    return [p["name"] for p in operation.get("parameters", []) if "name" in p and p.get("in") == where]


def deep_body(kind: str) -> bytes:
    opening, closing = ("[", "]") if kind == "array" else ('{"a":', "}")
    return (opening * DEEP + "1" + closing * DEEP).encode()


@pytest.fixture
async def fresh() -> Any:
    fake = FakeNP6(api_keys=(API_KEY,), event_count=5)
    transport = httpx.ASGITransport(app=fake.app)  # an exception in the app fails the test
    async with httpx.AsyncClient(transport=transport, base_url="http://fake-np6", headers={"X-Key": API_KEY}) as http:
        yield http


def assert_answered(response: httpx.Response) -> None:
    """Not a server fault: a 4xx for what NP6 refuses, a 2xx where the text is a fine string id or filter."""
    assert response.status_code < 500, (response.status_code, response.text[:200])
    assert b"Traceback" not in response.content


@pytest.mark.parametrize("number", [HUGE, WIDE, f"-{HUGE}"], ids=["5000-digits", "25-digits", "negative"])
@pytest.mark.parametrize(("method", "path", "operation"), PARAMETERISED, ids=[f"{m} {p}" for m, p, _ in PARAMETERISED])
async def test_huge_numbers_in_every_path_and_query_parameter_are_answered_not_a_500(
    fresh: httpx.AsyncClient, method: str, path: str, operation: dict[str, Any], number: str
) -> None:
    url = re.sub(r"\{[^}]+\}", number, path)
    query = dict.fromkeys(params(operation, "query"), number)
    response = await fresh.request(method, url, params=query)
    assert_answered(response)


BODIED = [
    (method, path, media_type)
    for method, path, operation in OPERATIONS
    for media_type in (operation.get("requestBody") or {}).get("content", {})
    if "json" in media_type
]


@pytest.mark.parametrize("kind", ["array", "object"])
@pytest.mark.parametrize(("method", "path", "media_type"), BODIED, ids=[f"{m} {p} {t}" for m, p, t in BODIED])
async def test_a_deeply_nested_json_body_is_a_4xx_on_every_operation(
    fresh: httpx.AsyncClient, method: str, path: str, media_type: str, kind: str
) -> None:
    url = re.sub(r"\{[^}]+\}", "1", path)
    response = await fresh.request(method, url, content=deep_body(kind), headers={"content-type": media_type})
    assert 400 <= response.status_code < 500, (response.status_code, response.text[:200])


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("GET", f"/segments/{HUGE}/targets"),
        ("DELETE", f"/segments/{HUGE}"),
        ("PUT", f"/segments/{WIDE}/targets"),
        ("GET", f"/notifications/1/events/activations?start={HUGE}"),
        ("GET", f"/actions/events?start={WIDE}"),
        ("GET", f"/actions/events?start=-{WIDE}"),
    ],
)
async def test_an_integer_past_int64_is_refused_with_a_400_or_404(
    fresh: httpx.AsyncClient, method: str, url: str
) -> None:
    response = await fresh.request(method, url, json=["000PKXK4"] if method == "PUT" else None)
    assert response.status_code in (400, 404), (response.status_code, response.text[:200])


@pytest.mark.parametrize(
    "body",
    [
        b'{"name": "s", "type": "static", "x": ' + b'{"a":' * 70 + b"1" + b"}" * 70 + b"}",
        b'{"name": "s", "type": "static", "x": 1e999}',
        b'{"name": "s", "type": "static", "x": NaN}',
        b'{"name": "s", "type": "static", "x": -Infinity}',
    ],
    ids=["70-deep-member", "overflowing-number", "nan", "infinity"],
)
async def test_a_body_json_cannot_carry_or_nesting_too_deep_to_store_is_a_400(
    fresh: httpx.AsyncClient, body: bytes
) -> None:
    response = await fresh.post("/segments", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert (await fresh.get("/segments")).status_code == 200


async def test_a_body_nested_a_few_levels_still_passes(fresh: httpx.AsyncClient) -> None:
    body = b'{"name": "s", "type": "static", "x": ' + b'{"a":' * 10 + b"1.5" + b"}" * 10 + b"}"
    response = await fresh.post("/segments", content=body, headers={"content-type": "application/json"})
    assert response.status_code < 300, response.text
