"""`np6.request()`: any NP6 path, through the same transport as the generated operations.

For the operations the public reference lists without a path, once NP6 support tells it: the
key, pacing, retries by method, typed errors and (when the path is in the spec) validation all
apply, because the request goes through the client's one entry point like any operation.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import httpx

from ._bodies import plain_json
from ._constants import NOT_GIVEN, QueryValue
from ._exceptions import InvalidRequestError, MalformedResponseError
from ._paths import expand_path
from ._response import Response, to_response
from ._spec.index import is_json

METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})


def build_request(
    method: str,
    template: str,
    *,
    path: Mapping[str, object] | None,
    json: object,
    content: bytes | None,
    content_type: str | None,
    params: Mapping[str, QueryValue | list[QueryValue]] | None,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.AsyncClient.request` for one call, checked before sending."""
    if method.upper() not in METHODS:
        raise InvalidRequestError("method", f"{method!r} is not one of {', '.join(sorted(METHODS))}")
    if not template.startswith("/") or template.startswith("//"):
        raise InvalidRequestError("path", f"{template!r} must be a path starting with '/' (relative to the base URL)")
    if json is not NOT_GIVEN and content is not None:
        raise InvalidRequestError("body", "pass json= or content=, not both")
    request: dict[str, Any] = {"method": method.upper(), "url": expand_path(template, path or {})}
    headers: dict[str, str] = {}
    if json is not NOT_GIVEN:
        request["json"] = plain_json(json)
        headers["Content-Type"] = content_type or "application/json"
    elif content is not None:
        request["content"] = content
        if content_type:
            headers["Content-Type"] = content_type
    if headers:
        request["headers"] = headers
    if params:
        request["params"] = {name: _query_value(name, value) for name, value in params.items()}
    return request


def _query_value(name: str, value: object) -> object:
    """A query value httpx would send as `nan`, `inf` or an object's repr is refused: no query means that."""
    for item in value if isinstance(value, list | tuple) else [value]:
        if not isinstance(item, str | int | float) or (isinstance(item, float) and not math.isfinite(item)):
            raise InvalidRequestError(f"params[{name!r}]", f"{item!r} is not a string, an integer or a finite number")
    return value


def _parse(response: httpx.Response) -> Any:
    if not response.content:
        return None
    if not is_json(response.headers.get("content-type", "")):
        return None  # the raw bytes stay in `content`
    try:
        return response.json()
    except (ValueError, RecursionError) as exc:  # RecursionError: nested deeper than the parser goes
        raise MalformedResponseError(response, repr(exc), cause=exc) from exc


def answer(response: httpx.Response) -> Response[Any]:
    """The parsed JSON (or None) beside status and headers."""
    return to_response(response, _parse(response))


def as_item(raw: dict[str, Any]) -> dict[str, Any]:
    """Items of a stream through `np6.request_stream()` stay plain dicts."""
    return raw
