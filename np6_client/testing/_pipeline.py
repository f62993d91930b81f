"""The ASGI side of every route: faults, recording, auth, rate limit, checks, then the handler.

Faults come first, as if they happened in front of the API, and a request is recorded as soon as
it has been read, so tests can see what reached the server even when the answer was an error.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from np6_client.testing._connections import NO_RESPONSE
from np6_client.testing._core import Core
from np6_client.testing._delivery import Exchange, deliver, shaped
from np6_client.testing._handlers import Handler, example_reply
from np6_client.testing._operation_table import ServedOperation
from np6_client.testing._plausibility import length_required
from np6_client.testing._recording import RecordedRequest
from np6_client.testing._reply import Reply, empty_reply
from np6_client.testing._request_checks import CheckedRequest, RawRequest, check_request, media_type_of

REQUEST_ID_KEY = "np6_fake.request_id"


class RequestIdMiddleware:
    """Adds an `x-request-id` header to every answer, as NP6 does."""

    def __init__(self, app: ASGIApp, next_id: Callable[[], str]) -> None:
        self._app = app
        self._next_id = next_id

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Tag the request and its answer with a fresh id."""
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        request_id = self._next_id()
        scope[REQUEST_ID_KEY] = request_id
        header = (b"x-request-id", request_id.encode())

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", ()), header]
            await send(message)

        await self._app(scope, receive, send_with_id)


def _headers(scope: Scope) -> dict[str, str]:
    headers: dict[str, str] = {}
    for raw_name, raw_value in scope["headers"]:
        name, value = raw_name.decode("latin-1").lower(), raw_value.decode("latin-1")
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return headers


def _query(scope: Scope) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for name, value in parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True):
        values.setdefault(name, []).append(value)
    return values


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


class Endpoint:
    """One operation's ASGI app; with `operation` None, the answer for a method or path the spec lacks.

    `allowed` are the methods the spec documents for the path (405), or none for an unknown path (404).
    """

    def __init__(
        self,
        core: Core,
        operation: ServedOperation | None,
        handler: Handler | None,
        allowed: Collection[str] = (),
    ) -> None:
        self._core = core
        self._operation = operation
        self._handler = handler
        self._allowed = allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one request."""
        core = self._core
        method: str = scope["method"]
        path: str = scope["path"]
        exchange = Exchange(scope, receive, send, core.connections, core.streams)
        route = self._operation.path if self._operation is not None else None
        fault = core.faults.take(method, path, route)
        if fault is not None and fault.drop == "before_read":
            await exchange.cut(NO_RESPONSE)
            return
        body = await _read_body(receive)
        headers = _headers(scope)
        query = _query(scope)
        recorded_query = {name: ",".join(values) for name, values in query.items()}
        request_id = str(scope.get(REQUEST_ID_KEY, ""))
        recorded = RecordedRequest(method, path, recorded_query, headers, body, request_id)
        position = core.recorder.add(recorded)
        if fault is not None and fault.answers_instead:
            answer = fault.answer()
            core.recorder.answered(position, recorded, answer.status, "a scripted fault")
            await deliver(answer, fault, exchange)
            return
        reply = self._answer(scope, headers, query, body)
        if fault is not None and fault.drop == "after_read":
            await exchange.cut(NO_RESPONSE)
            return
        delivered = shaped(reply, fault)
        core.recorder.answered(position, recorded, delivered.status, delivered.problem)
        await deliver(reply, fault, exchange)

    def _answer(self, scope: Scope, headers: Mapping[str, str], query: Mapping[str, list[str]], body: bytes) -> Reply:
        unframed = length_required(scope["method"], headers)
        if unframed is not None:
            return unframed
        key = headers.get("x-key")
        if key is None or key not in self._core.api_keys:
            return empty_reply(401)
        allowed, limit_headers = self._core.limiter.check(key)
        if not allowed:
            return empty_reply(429, limit_headers)
        return self._execute(scope, headers, query, body).with_headers(limit_headers)

    def _execute(self, scope: Scope, headers: Mapping[str, str], query: Mapping[str, list[str]], body: bytes) -> Reply:
        operation = self._operation
        if operation is None:
            return self._unrouted()
        raw = RawRequest(scope.get("path_params", {}), query, headers.get("content-type"), body)
        checked = check_request(operation, self._core.spec, raw)
        if isinstance(checked, Reply):
            return checked
        if self._handler is None:
            return example_reply(operation)
        path_params, parsed = checked
        core = self._core
        last_values = {name: values[-1] for name, values in query.items()}
        media_type = media_type_of(headers.get("content-type"))
        return self._handler(
            CheckedRequest(operation, path_params, last_values, parsed, core.store, core.events, media_type)
        )

    def _unrouted(self) -> Reply:
        if self._allowed:
            return empty_reply(405, [("allow", ", ".join(sorted(self._allowed)))])
        return empty_reply(404)


class PathEndpoint:
    """Every operation of one path, by method; an undocumented method meets the path's 405."""

    def __init__(self, core: Core, endpoints: Mapping[str, Endpoint]) -> None:
        self._endpoints = dict(endpoints)
        if "GET" in self._endpoints:
            self._endpoints.setdefault("HEAD", self._endpoints["GET"])
        self._undocumented = Endpoint(core, None, None, allowed=frozenset(self._endpoints))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Hand the request to its method's operation."""
        endpoint = self._endpoints.get(scope["method"], self._undocumented)
        await endpoint(scope, receive, send)
