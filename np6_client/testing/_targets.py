"""Targets as NP6 serves them: answers key `fields` by field id; bodies name fields by id or name.

NP6's earlier documentation keys bodies by field id (`{"8103": "test@test.com"}`) and a production
integration sends field names, so both are taken; a key naming no field of the account is a 400
with a short reason. A creation whose unicity value is taken answers 409 with an empty body.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from np6_client.testing._reply import JSON_TYPE, Reply, empty_reply, encode_json, json_reply, refusal
from np6_client.testing._request_checks import CheckedRequest
from np6_client.testing._state import Store, TargetRecord

UNIDENTIFIED = "target cannot be identified - unicity is null"
_NOT_FOUND = empty_reply(404)


def _values(store: Store, body: object) -> dict[str, Any] | Reply:
    if not isinstance(body, Mapping):
        return refusal(400, "the body must be an object of field values")
    values = store.field_values(body)
    return refusal(400, values) if isinstance(values, str) else values


def _taken(store: Store, values: Mapping[str, Any], owner: TargetRecord | None) -> bool:
    unicity = store.unicity_field
    if unicity not in values:
        return False
    holder = store.target_by_unicity(str(values[unicity]))
    return holder is not None and holder is not owner


def _answer(call: CheckedRequest, target: TargetRecord) -> Reply:
    media_type = call.operation.success_media_type or JSON_TYPE
    return Reply(status=200, body=encode_json(call.store.target_view(target)), content_type=media_type)


def get_target(call: CheckedRequest) -> Reply:
    """The target; the optional field filter body is accepted and ignored."""
    target = call.store.targets.get(call.path_params["id"])
    return _NOT_FOUND if target is None else _answer(call, target)


def find_target(call: CheckedRequest) -> Reply:
    """The target whose unicity value and/or hash the query gives (every given one must match)."""
    hash_value = call.query.get("hash")
    unicity = call.query.get("unicity")
    if not hash_value and not unicity:
        return refusal(404, "no hash or unicity value names a target")
    store = call.store
    for target in store.targets.values():
        if (not unicity or target.fields.get(store.unicity_field) == unicity.split(",")[0]) and (
            not hash_value or target.hash == hash_value
        ):
            return _answer(call, target)
    return _NOT_FOUND


def create_target(call: CheckedRequest) -> Reply:
    """A new target; 400 without a unicity value, 409 (empty) when the value is taken."""
    store = call.store
    values = _values(store, call.body)
    if isinstance(values, Reply):
        return values
    unicity = values.get(store.unicity_field)
    if not isinstance(unicity, str) or not unicity:
        return refusal(400, UNIDENTIFIED)
    if _taken(store, values, None):
        return refusal(409, f"a target with the unicity value {unicity[:40]!r} exists")
    return _answer(call, store.add_target(values))


def upsert_target(call: CheckedRequest) -> Reply:
    """Update the target the query's unicity value names, or create it with that value."""
    store = call.store
    unicity = (call.query.get("unicity") or "").split(",")[0]
    if not unicity:
        return refusal(400, UNIDENTIFIED)
    values = _values(store, call.body)
    if isinstance(values, Reply):
        return values
    given = values.get(store.unicity_field, unicity)
    if given != unicity:
        return refusal(400, "the body's unicity value differs from the query's")
    target = store.target_by_unicity(unicity)
    if target is None:
        return _answer(call, store.add_target({**values, store.unicity_field: unicity}))
    target.merge(values, store.clock.now())
    return _answer(call, target)


def update_target(call: CheckedRequest) -> Reply:
    """Merge the body into the target's fields; answers the detailed target."""
    store = call.store
    target = store.targets.get(call.path_params["id"])
    if target is None:
        return _NOT_FOUND
    values = _values(store, call.body)
    if isinstance(values, Reply):
        return values
    if _taken(store, values, target):
        return refusal(409, "another target has this unicity value")
    target.merge(values, store.clock.now())
    return json_reply(target.as_detail(store.field_ids))


def delete_target(call: CheckedRequest) -> Reply:
    """Delete the target; later calls on it answer 404."""
    removed = call.store.targets.pop(call.path_params["id"], None)
    return _NOT_FOUND if removed is None else empty_reply(204)


TARGET_HANDLERS = {
    "get_target": get_target,
    "find_targets": find_target,
    "create_target": create_target,
    "upsert_target": upsert_target,
    "update_target": update_target,
    "delete_target": delete_target,
}
