"""Every generated call's docstring lists what it can raise, the status errors its spec documents included."""

import inspect
import json
import re
from pathlib import Path

import httpx
import pytest

import np6_client
from np6_client import NP6Client
from np6_client._exceptions import status_error
from np6_client.api import contact

SPEC = json.loads((Path(np6_client.__file__).parent / "_generated" / "openapi.json").read_text(encoding="utf-8"))
ALWAYS = ["InvalidRequestError", "APIStatusError", "APIConnectionError", "APITimeoutError", "MalformedResponseError"]
OPERATIONS = [
    (path, method, operation)
    for path, item in SPEC["paths"].items()
    for method, operation in item.items()
    if isinstance(operation, dict) and "operationId" in operation
]


def raised(docstring: str) -> list[str]:
    section = docstring.split("Raises:", 1)[1].split("Returns:", 1)[0]
    return re.findall(r"^\s+np6_client\.(\w+):", section, re.M)


def documented_errors(operation: dict[str, object]) -> set[str]:
    """The error class of each non-2xx status the spec documents, as the transport picks it."""
    statuses = [int(code) for code in operation["responses"] if code.isdigit() and int(code) >= 300]  # type: ignore[attr-defined]
    request = httpx.Request("GET", "https://api-cm.np6.com/x")
    return {type(status_error(httpx.Response(code, request=request))).__name__ for code in statuses}


@pytest.mark.parametrize(("path", "method", "operation"), OPERATIONS, ids=[o["operationId"] for _, _, o in OPERATIONS])
async def test_the_raises_section_names_every_documented_error(
    path: str, method: str, operation: dict[str, object]
) -> None:
    async with NP6Client(api_key="k") as np6:
        group = next(name for name in dir(np6) if hasattr(getattr(np6, name, None), str(operation["operationId"])))
        bound = getattr(getattr(np6, group), str(operation["operationId"]))
    names = raised(inspect.getdoc(bound.__call__) or "")
    assert set(ALWAYS) <= set(names)
    assert documented_errors(operation) <= set(names)
    assert all(isinstance(getattr(np6_client, name), type) for name in names)
    statuses = sorted(code for code in operation["responses"] if code.isdigit() and int(code) >= 300)  # type: ignore[attr-defined]
    assert re.findall(r"np6_client\.\w+: HTTP (\d+)", inspect.getdoc(bound.__call__) or "") == statuses


def test_get_target_lists_its_404_as_not_found() -> None:
    doc = inspect.getdoc(contact.get_target.asyncio) or ""
    assert "np6_client.NotFoundError: HTTP 404: No resource has this id" in doc
