"""The Starlette app: one route per path of the spec, plus a fallback for unknown paths.

A path's route takes every method, so that a literal path (/notifications/reactivities) answers
405 to a method it lacks instead of passing the request on to a parameter route below it
(/notifications/{id}).
"""

from __future__ import annotations

import dataclasses

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import BaseRoute, Route

from np6_client.testing._action_handlers import COUNTERS
from np6_client.testing._core import Core
from np6_client.testing._handlers import HANDLERS, Handler
from np6_client.testing._jsonschema import SchemaChecker, checker_for
from np6_client.testing._operation_table import ServedOperation
from np6_client.testing._pipeline import Endpoint, PathEndpoint, RequestIdMiddleware
from np6_client.testing._resource_handlers import resource_handler
from np6_client.testing._shape_check import check_state_answers, count_reply
from np6_client.testing._shaping import Shaper


def _literal_first(path: str) -> tuple[bool, ...]:
    # Starlette tries routes in order: /targets/count must come before /targets/{id}.
    return tuple(segment.startswith("{") for segment in path.split("/"))


def _handler(core: Core, operation: ServedOperation, shaper: Shaper) -> Handler | None:
    counter = COUNTERS.get(operation.operation_id)
    if counter is not None:
        return count_reply(operation, core.spec, counter, f"{counter.__module__}.{counter.__qualname__}")
    role = core.resources.roles.get(operation.operation_id)
    if operation.operation_id in HANDLERS or role is None:
        return HANDLERS.get(operation.operation_id)
    return resource_handler(role, shaper)


def _fitting_example(operation: ServedOperation, shaper: Shaper, checker: SchemaChecker) -> ServedOperation:
    """The operation with an example its response schema accepts.

    An example the spec has outgrown (a member made required since it was written) is completed
    from the schema, so the fake never answers what the SDK cannot parse.
    """
    example, schema = operation.success_example, operation.success_schema
    if schema is None or example is None or checker.is_valid(example, schema):
        return operation
    return dataclasses.replace(operation, success_example=shaper.shape(example, schema, None))


def build_app(core: Core) -> Starlette:
    """Routes from the spec's paths; each operation gets its seed handler, its resource role or its example."""
    checker = checker_for(core.spec)
    core.spec.derived("state answers checked", lambda: check_state_answers(core.spec, checker, core.store, HANDLERS))
    shaper = Shaper(core.spec, checker)
    by_path: dict[str, dict[str, Endpoint]] = {}
    operations = core.spec.derived(
        "operations with fitting examples",
        lambda: [_fitting_example(op, shaper, checker) for op in core.spec.operations()],
    )
    for op in operations:
        by_path.setdefault(op.route_path, {})[op.method] = Endpoint(core, op, _handler(core, op, shaper))
    routes: list[BaseRoute] = [
        Route(path, PathEndpoint(core, by_path[path])) for path in sorted(by_path, key=_literal_first)
    ]
    routes.append(Route("/{unknown_path:path}", Endpoint(core, None, None)))
    return Starlette(routes=routes, middleware=[Middleware(RequestIdMiddleware, next_id=core.next_request_id)])
