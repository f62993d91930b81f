"""Handlers for the operations a `Role` describes: one per role, shared by every collection.

Answers follow the operation's documented success: the stored item (or list, or setting) shaped
by its response schema when the spec documents a body, an empty answer otherwise. A creation that
answers nothing still tells where the new item lives, in a `Location` header.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from np6_client.testing._collections import Collection, Key
from np6_client.testing._handlers import Handler, example_reply
from np6_client.testing._reply import Reply, empty_reply, encode_json
from np6_client.testing._request_checks import CheckedRequest
from np6_client.testing._resources import Role
from np6_client.testing._shaping import Shaper

_NOT_FOUND = empty_reply(404)
CollectionAction = Callable[[CheckedRequest, Shaper, Collection, None], Reply]
ItemAction = Callable[[CheckedRequest, Shaper, Collection, Key], Reply]


def _answer(call: CheckedRequest, shaper: Shaper, value: Any, headers: tuple[tuple[str, str], ...] = ()) -> Reply:
    operation = call.operation
    if operation.success_media_type is None or operation.success_schema is None:
        status = 201 if headers and operation.success_is_range else operation.success_status
        return empty_reply(status, headers)
    body = shaper.shape(value, operation.success_schema, operation.success_example)
    return Reply(
        status=operation.success_status,
        body=encode_json(body),
        content_type=operation.success_media_type,
        headers=headers,
    )


def _created(call: CheckedRequest, shaper: Shaper, collection: Collection, key: Key, item: Any) -> Reply:
    return _answer(call, shaper, item, (("location", f"{collection.plan.base}/{key}"),))


def _list(call: CheckedRequest, shaper: Shaper, collection: Collection, key: Key | None) -> Reply:
    return _answer(call, shaper, collection.values())


def _create(call: CheckedRequest, shaper: Shaper, collection: Collection, key: Key | None) -> Reply:
    return _created(call, shaper, collection, *collection.create(call.body))


def _upsert(call: CheckedRequest, shaper: Shaper, collection: Collection, key: Key | None) -> Reply:
    return _created(call, shaper, collection, *collection.upsert(call.body))


def _read(call: CheckedRequest, shaper: Shaper, collection: Collection, key: Key) -> Reply:
    return _answer(call, shaper, collection.get(key))


def _replace(call: CheckedRequest, shaper: Shaper, collection: Collection, key: Key) -> Reply:
    return _answer(call, shaper, collection.replace(key, call.body))


def _merge(call: CheckedRequest, shaper: Shaper, collection: Collection, key: Key) -> Reply:
    return _answer(call, shaper, collection.merge(key, call.body))


def _delete(call: CheckedRequest, shaper: Shaper, collection: Collection, key: Key) -> Reply:
    collection.delete(key)
    return _answer(call, shaper, None)


def _duplicate(call: CheckedRequest, shaper: Shaper, collection: Collection, key: Key) -> Reply:
    duplicated = collection.duplicate(key)
    return _NOT_FOUND if duplicated is None else _created(call, shaper, collection, *duplicated)


def _nested(call: CheckedRequest, shaper: Shaper, collection: Collection, key: Key) -> Reply:
    return example_reply(call.operation)


_ON_COLLECTION: dict[str, CollectionAction] = {"list": _list, "create": _create, "upsert": _upsert}
_ON_ITEM: dict[str, ItemAction] = {
    "read": _read,
    "replace": _replace,
    "merge": _merge,
    "delete": _delete,
    "duplicate": _duplicate,
    "nested": _nested,
}


def resource_handler(role: Role, shaper: Shaper) -> Handler:
    """The handler playing `role` against the store's collection or setting."""
    if role.kind == "setting":
        return _setting_handler(role, shaper)

    def handle(call: CheckedRequest) -> Reply:
        collection = call.store.collections.get(role.base)
        if collection is None:
            return example_reply(call.operation)
        if role.kind in _ON_COLLECTION:
            return _ON_COLLECTION[role.kind](call, shaper, collection, None)
        text = call.path_params.get(role.param or "")
        key = None if text is None else collection.key(text)
        if key is None or key not in collection:
            return _NOT_FOUND
        return _ON_ITEM[role.kind](call, shaper, collection, key)

    handle.__doc__ = f"The generic {role.kind} of {role.base}."
    return handle


def _setting_handler(role: Role, shaper: Shaper) -> Handler:
    def handle(call: CheckedRequest) -> Reply:
        if call.operation.method == "PUT":
            call.store.settings[role.base] = call.body
            return _answer(call, shaper, call.body)
        return _answer(call, shaper, call.store.settings.get(role.base))

    handle.__doc__ = f"The setting {role.base}: PUT stores it, GET reads it."
    return handle
