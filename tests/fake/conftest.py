"""Fixtures for the fake server's own tests: a fresh fake per test, served or in-process."""

import json
import re
from collections.abc import AsyncIterator, Iterator
from importlib import resources
from typing import Any

import httpx
import pytest
from openapi_schema_validator import OAS30Validator, oas30_format_checker

from np6_client.testing import FakeNP6

API_KEY = "test-key"
SPEC: dict[str, Any] = json.loads(
    resources.files("np6_client._generated").joinpath("openapi.json").read_text(encoding="utf-8")
)
_TEMPLATES = {
    operation["operationId"]: template
    for template, item in SPEC["paths"].items()
    for operation in item.values()
    if isinstance(operation, dict) and "operationId" in operation
}


def operation_of(operation_id: str) -> tuple[str, str]:
    """The path template and method of an operation of the spec."""
    template = _TEMPLATES[operation_id]
    item = SPEC["paths"][template]
    method = next(m for m, op in item.items() if isinstance(op, dict) and op.get("operationId") == operation_id)
    return template, method.upper()


def op_path(operation_id: str, **params: object) -> str:
    """The path of an operation of the spec with its parameters filled in.

    Tests call operations by name, so a path NP6 moves (same operationId) needs no test edit.
    """
    template: str = _TEMPLATES[operation_id]
    names = set(re.findall(r"\{([^{}/]+)\}", template))
    assert names == set(params), f"{operation_id} ({template}) takes {sorted(names)}, not {sorted(params)}"
    for name, value in params.items():
        template = template.replace("{" + name + "}", str(value))
    return template


def numbers_in(value: object) -> list[int | float]:
    """Every number in a JSON value, depth first: a count read whatever shape the spec gives it."""
    if isinstance(value, bool):
        return []
    if isinstance(value, int | float):
        return [value]
    if isinstance(value, dict):
        return [n for member in value.values() for n in numbers_in(member)]
    if isinstance(value, list):
        return [n for member in value for n in numbers_in(member)]
    return []


@pytest.fixture
def fake() -> FakeNP6:
    return FakeNP6(api_keys=(API_KEY,), event_count=100)


@pytest.fixture
def url(fake: FakeNP6) -> Iterator[str]:
    with fake.serve() as base_url:
        yield base_url


@pytest.fixture
async def client(url: str) -> AsyncIterator[httpx.AsyncClient]:
    """A raw httpx client over loopback, with the API key."""
    async with httpx.AsyncClient(base_url=url, headers={"X-Key": API_KEY}, timeout=10) as http:
        yield http


@pytest.fixture
async def local(fake: FakeNP6) -> AsyncIterator[httpx.AsyncClient]:
    """A raw httpx client calling the ASGI app in-process, with the API key."""
    transport = httpx.ASGITransport(app=fake.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://fake-np6", headers={"X-Key": API_KEY}) as http:
        yield http


@pytest.fixture(params=["loopback", "in-process"])
async def any_client(request: pytest.FixtureRequest, fake: FakeNP6) -> AsyncIterator[httpx.AsyncClient]:
    """Both ways of reaching the fake; behaviour must not depend on the way."""
    if request.param == "in-process":
        transport = httpx.ASGITransport(app=fake.app)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://fake-np6", headers={"X-Key": API_KEY}
        ) as http:
            yield http
        return
    with fake.serve() as base_url:
        async with httpx.AsyncClient(base_url=base_url, headers={"X-Key": API_KEY}, timeout=10) as http:
            yield http


def assert_matches_spec(response: httpx.Response, path: str, method: str) -> None:
    """The answer's status is documented for the operation and its JSON body fits the schema."""
    operation = SPEC["paths"][path][method.lower()]
    code = str(response.status_code)
    responses = operation["responses"]
    documented = responses[code] if code in responses else responses[f"{code[0]}XX"]
    content = documented.get("content")
    if content is None:
        assert response.content == b""
        return
    media_type, media = next(iter(content.items()))
    assert response.headers["content-type"] == media_type
    schema = {**media["schema"], "components": SPEC["components"]}
    OAS30Validator(schema, format_checker=oas30_format_checker).validate(response.json())
