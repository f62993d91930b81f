"""Answers built from the fake's state, checked against the spec when the fake starts.

A hand-written handler answers from records (`Store.target_view()`, the field list, ...)
whose shape the spec does not generate. When NP6 changes an operation's answer, such a handler
would answer the old shape and a consumer's first call would fail on it. So each one declares
here how to build its answer from a freshly seeded store, and `FakeNP6()` refuses to start while
that answer does not fit the operation's documented success schema, naming the handler and the
operation: the one place to fix.

Handlers answering a count hold no shape at all: `count_reply` puts the number where the
operation's schema has room for one, so a changed answer type needs no edit unless it has none.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from np6_client.testing._handlers import RENDERED_LINK_BASE
from np6_client.testing._jsonschema import SchemaChecker
from np6_client.testing._operation_table import Schema, ServedOperation, Spec
from np6_client.testing._reply import Reply, json_reply
from np6_client.testing._request_checks import CheckedRequest
from np6_client.testing._sending import failure, footprint, stable_uuid, success
from np6_client.testing._state import Store

Handler = Callable[[CheckedRequest], Reply]
Counter = Callable[[CheckedRequest], int]


class HandlerShapeError(ValueError):
    """A hand-written handler answers a shape its operation's response schema refuses."""


def _first_target(store: Store) -> Any:
    return next(iter(store.targets.values()))


def _send_results(store: Store) -> list[dict[str, Any]]:
    sent = success(stable_uuid("message", 0), footprint(store, _first_target(store)))
    return [sent, failure({"type": "unicity", "value": "nobody@example.com"}, 1)]


def _actions(store: Store) -> list[dict[str, Any]]:
    actions = store.collections.get("/actions")
    return [] if actions is None else actions.values()


def _member_ids(store: Store) -> list[str]:
    return [target.id for target in list(store.targets.values())[:1]]


# What each state-backed handler answers, built from a freshly seeded store.
STATE_ANSWERS: Mapping[str, Callable[[Store], Any]] = {
    "get_target": lambda store: store.target_view(_first_target(store)),
    "find_targets": lambda store: store.target_view(_first_target(store)),
    "create_target": lambda store: store.target_view(_first_target(store)),
    "upsert_target": lambda store: store.target_view(_first_target(store)),
    "update_target": lambda store: _first_target(store).as_detail(store.field_ids),
    "list_fields": lambda store: store.fields,
    "list_segment_targets": _member_ids,
    "add_segment_targets": lambda store: 0,
    "list_actions": _actions,
    "send_action_messages": _send_results,
    "send_action_message": lambda store: _send_results(store)[0],
    "render_action_links": lambda store: {"type": "success", "links": [f"{RENDERED_LINK_BASE}/1/0?to=x"]},
}


def number_slot(spec: Spec, raw: Schema, depth: int = 0) -> Any:
    """A value of the schema holding one number, as the marker `_SLOT`; None when none can."""
    schema = spec.resolve(raw)
    for combined in (schema.get("allOf"), schema.get("anyOf"), schema.get("oneOf")):
        for member in combined or ():
            found = number_slot(spec, member, depth + 1)
            if found is not None:
                return found
    kind = schema.get("type")
    if kind in ("integer", "number") and depth < 8:
        return _SLOT
    if kind == "array" and depth < 8:
        inner = number_slot(spec, schema.get("items", {}), depth + 1)
        return None if inner is None else [inner]
    if depth < 8 and (kind == "object" or "properties" in schema):
        for name, member in (schema.get("properties") or {}).items():
            inner = number_slot(spec, member, depth + 1)
            if inner is not None:
                return {name: inner}
    return None


class _Slot:
    def __repr__(self) -> str:
        return "<number>"


_SLOT = _Slot()


def _fill(template: Any, number: int) -> Any:
    if template is _SLOT:
        return number
    if isinstance(template, list):
        return [_fill(item, number) for item in template]
    return {name: _fill(value, number) for name, value in template.items()}


def count_reply(operation: ServedOperation, spec: Spec, counter: Counter, name: str) -> Handler:
    """A handler answering `counter`'s number in whatever shape the operation's schema gives it."""
    template = number_slot(spec, operation.success_schema or {})
    if template is None:
        raise HandlerShapeError(
            f"the fake's handler {name} answers {_where(operation)} with a count, but its response schema "
            "has no number in it: change the handler to follow the spec"
        )

    def handle(call: CheckedRequest) -> Reply:
        return json_reply(_fill(template, counter(call)))

    handle.__doc__ = counter.__doc__
    return handle


def _where(operation: ServedOperation) -> str:
    return f"{operation.operation_id} ({operation.method} {operation.path})"


def check_state_answers(
    spec: Spec, checker: SchemaChecker, store: Store, handlers: Mapping[str, Callable[..., Any]]
) -> None:
    """Refuse to start while a state-backed handler answers a shape the spec refuses."""
    for operation in spec.operations():
        build = STATE_ANSWERS.get(operation.operation_id)
        handler = handlers.get(operation.operation_id)
        if build is None or handler is None or operation.success_schema is None:
            continue
        problem = checker.problem(build(store), operation.success_schema, "answer")
        if problem is not None:
            raise HandlerShapeError(
                f"the fake's handler {handler.__module__}.{handler.__qualname__} answers {_where(operation)} "
                f"with a shape its {operation.success_status} response schema refuses ({problem}): change "
                "the handler, or the record it answers from, to follow the spec"
            )
