"""Operations NP6's earlier documentation describes on actions, fields and imports.

Where that documentation prints only a status (the 409 of an action update) the rule is the
fake's guess, listed in docs/fake.md.
"""

from __future__ import annotations

from collections.abc import Callable

from np6_client.testing._account import format_datetime
from np6_client.testing._lifecycle import ActionState
from np6_client.testing._reply import Reply, empty_reply, json_reply, refusal
from np6_client.testing._request_checks import CheckedRequest

_NOT_FOUND = empty_reply(404)
_SENDING = frozenset({int(ActionState.SENDING), int(ActionState.SENT)})


def update_action(call: CheckedRequest) -> Reply:
    """Replace the action's definition; its id, creation date and state stay (409 once it is sent)."""
    actions = call.store.collections["/actions"]
    key = actions.key(call.path_params["id"])
    current = None if key is None else actions.get(key)
    if key is None or current is None:
        return _NOT_FOUND
    state = int((current.get("informations") or {}).get("state", 0))
    if state in _SENDING:
        return refusal(409, f"action {key} in state {state} cannot be changed")
    informations = {**(call.body.get("informations") or {}), "state": state}
    kept = {"id": current["id"], "creationDate": current.get("creationDate"), "informations": informations}
    return json_reply(actions.put(key, {**call.body, **kept}))


def create_field(call: CheckedRequest) -> Reply:
    """A new field with the next id; 409 (empty) when the name is taken."""
    fields = call.store.fields
    name = str(call.body["name"])
    if any(f["name"] == name for f in fields):
        return refusal(409, f"a field named {name[:40]!r} exists")
    if call.body.get("isUnicity") is True:
        return refusal(400, "the account has a unicity field already")
    created = {"type": "textField", "isMandatory": False, "isCriterion": True, **call.body, "isUnicity": False}
    created["id"] = max((int(f["id"]) for f in fields), default=0) + 1
    fields.append(created)
    return json_reply(created)


def execute_import(call: CheckedRequest) -> Reply:
    """A started execution (state 0) naming the binding and features sent and the import's source."""
    imports = call.store.collections["/imports"]
    key = imports.key(call.path_params["id"])
    definition = None if key is None else imports.get(key)
    if definition is None:
        return _NOT_FOUND
    content = {"binding": call.body["binding"], "features": call.body.get("features") or []}
    answer = {
        "startDate": format_datetime(call.store.clock.now()),
        "state": 0,
        "content": content,
        "source": dict(definition.get("source") or {}),
    }
    return Reply(status=200, body=json_reply(answer).body, content_type=call.operation.success_media_type)


DEFINITION_HANDLERS: dict[str, Callable[[CheckedRequest], Reply]] = {
    "update_action": update_action,
    "create_field": create_field,
    "execute_import": execute_import,
}
