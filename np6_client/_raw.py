"""`np6.request()`: any NP6 path, through the same transport as the generated operations.

For the operations the public reference lists without a path, once NP6 support tells it: the
key, pacing, retries by method, typed errors and (when the path is in the spec) validation all
apply, because the request goes through the client's own httpx client.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ._bodies import plain_json
from ._exceptions import InvalidRequestError, MalformedResponseError
from ._generated.types import Response, http_status
from ._paths import expand_path
from ._transport import MAYBE_APPLIED_EXTENSION

if TYPE_CHECKING:
    from ._generated.client import Client
    from ._streaming import EventStream

QueryValue = str | int | float | bool
NOT_GIVEN: Any = object()
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
        request["params"] = dict(params)
    return request


def _parse(response: httpx.Response) -> Any:
    if not response.content:
        return None
    media_type = response.headers.get("content-type", "").split(";")[0].strip()
    if not (media_type.endswith("json") or media_type.startswith("application/vnd.")):
        return None  # the raw bytes stay in `content`
    try:
        return response.json()
    except ValueError as exc:
        raise MalformedResponseError(response, repr(exc), cause=exc) from exc


async def send(client: Client, request: dict[str, Any]) -> Response[Any]:
    """Send through the client's transport; the parsed JSON (or None) beside status and headers."""
    response = await client.get_async_httpx_client().request(**request)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
        maybe_applied=bool(response.extensions.get(MAYBE_APPLIED_EXTENSION)),
    )


def _item(raw: dict[str, Any]) -> dict[str, Any]:
    return raw


def stream(client: Client, request: dict[str, Any]) -> EventStream[dict[str, Any]]:
    """The items of a JSON array answer as plain dicts, read incrementally.

    Not resumed after its first item: for a path the spec does not describe, nothing says the
    server honours `start`, so a resumed stream could repeat events.
    """
    return client.stream_array(request, _item, resumable=False)
