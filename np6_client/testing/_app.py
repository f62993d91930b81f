"""The Starlette app: one route per operation of the spec, plus a fallback for unknown paths."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import BaseRoute, Route

from np6_client.testing._core import Core
from np6_client.testing._handlers import HANDLERS
from np6_client.testing._pipeline import Endpoint, RequestIdMiddleware
from np6_client.testing._spec import Operation

_ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]


def _literal_first(operation: Operation) -> tuple[bool, ...]:
    # Starlette tries routes in order: /targets/count must come before /targets/{id}.
    return tuple(segment.startswith("{") for segment in operation.path.split("/"))


def build_app(core: Core) -> Starlette:
    """Routes from the spec's paths; each operationId gets its handler or the example answer."""
    operations = sorted(core.spec.operations(), key=_literal_first)
    routes: list[BaseRoute] = [
        Route(op.route_path, Endpoint(core, op, HANDLERS.get(op.operation_id)), methods=[op.method])
        for op in operations
    ]
    fallback = Endpoint(core, None, None, routes=tuple(routes))
    routes.append(Route("/{unknown_path:path}", fallback, methods=_ALL_METHODS))
    return Starlette(routes=routes, middleware=[Middleware(RequestIdMiddleware, next_id=core.next_request_id)])
