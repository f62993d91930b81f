"""Handlers of the action operations that follow the action's life: creation, validation, sends.

The states and transitions come from `_lifecycle.LIFECYCLE`; what a send records comes from
`_sending`; the checks NP6 makes beyond the schemas from `_plausibility`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from np6_client.testing._account import EMAIL_ACTION_TYPE
from np6_client.testing._collections import Collection
from np6_client.testing._lifecycle import ActionState, Command, apply, can_send, state_of
from np6_client.testing._plausibility import media_type_mismatch, missing_recipient
from np6_client.testing._reply import Reply, empty_reply, json_reply, refusal
from np6_client.testing._request_checks import CheckedRequest
from np6_client.testing._sending import failure, find_recipient, send
from np6_client.testing._times import moment_ms

Handler = Callable[[CheckedRequest], Reply]
_NOT_FOUND = empty_reply(404)
_SERVER_MANAGED = ("id", "creationDate")


def _actions(call: CheckedRequest) -> Collection:
    return call.store.collections["/actions"]


def _state(action: Mapping[str, Any]) -> ActionState:
    return state_of((action.get("informations") or {}).get("state"))


def _set_state(action: dict[str, Any], state: ActionState) -> None:
    action["informations"] = {**(action.get("informations") or {}), "state": int(state)}


def create_action(call: CheckedRequest) -> Reply:
    """A new action from what was sent: a fresh id, the clock's creation date, state 10."""
    body = {name: value for name, value in dict(call.body).items() if name not in _SERVER_MANAGED}
    body.setdefault("type", EMAIL_ACTION_TYPE)
    key, action = _actions(call).create(body)
    _set_state(action, ActionState.CREATED)
    return empty_reply(201, [("location", f"/actions/{key}")])


def duplicate_action(call: CheckedRequest) -> Reply:
    """A copy under a fresh id, created now and back in state 10 (optionally in another folder)."""
    actions = _actions(call)
    copied = actions.duplicate(call.path_params["id"])
    if copied is None:
        return _NOT_FOUND
    _, action = copied
    _set_state(action, ActionState.CREATED)
    if "folder" in call.query and call.query["folder"] not in ("", "null"):
        action["informations"]["folder"] = int(call.query["folder"])
    return json_reply(action)


def list_actions(call: CheckedRequest) -> Reply:
    """Every action, filtered on its creation date: [creation_start, creation_end)."""
    start, end = (call.query.get(name) for name in ("creation_start", "creation_end"))
    low = moment_ms(start) if start else None
    high = moment_ms(end) if end else None
    listed = []
    for action in _actions(call).values():
        created = moment_ms(action["creationDate"]) if isinstance(action.get("creationDate"), str) else None
        if created is not None and ((low is not None and created < low) or (high is not None and created >= high)):
            continue
        listed.append(action)
    return json_reply(listed)


def _run(call: CheckedRequest, command: Command) -> Reply:
    action = call.store.action(call.path_params["id"])
    if action is None:
        return _NOT_FOUND
    state = _state(action)
    outcome = apply(command, state)
    if outcome.final is None:
        return refusal(outcome.refusal or 409, f"action {action['id']} in state {int(state)} refuses {command}")
    _set_state(action, outcome.final)
    return empty_reply(204)


def validate_action(call: CheckedRequest) -> Reply:
    """Validation for test (`fortest: true`) or for production."""
    return _run(call, "validate_for_test" if dict(call.body).get("fortest") is True else "validate_for_production")


def unvalidate_action(call: CheckedRequest) -> Reply:
    """Cancel the last validation: production back to test, test back to created."""
    return _run(call, "unvalidate")


def _sendable(call: CheckedRequest, action: Mapping[str, Any]) -> Reply | None:
    state = _state(action)
    if can_send(state):
        return None
    return refusal(
        409, f"action {action['id']} in state {int(state)} cannot send yet (it must be validated for production)"
    )


def _send_all(call: CheckedRequest, messages: Sequence[Any]) -> Reply | list[dict[str, Any]]:
    action = call.store.action(call.path_params["id"])
    if action is None:
        return _NOT_FOUND
    refused = media_type_mismatch(action, call.media_type) or missing_recipient(messages) or _sendable(call, action)
    if refused is not None:
        return refused
    results = []
    for message in messages:
        found = find_recipient(call.store, message.get("recipient"))
        if found.target is None:
            results.append(failure(message.get("recipient"), call.store.next_message_number()))
        else:
            results.append(send(call.store, action, found.target, message))
    return results


def _answered(outcome: Reply | list[dict[str, Any]], *, one: bool) -> Reply:
    """A refusal as it is; else the results, or the only one for an operation taking one message."""
    if isinstance(outcome, Reply):
        return outcome
    return json_reply(outcome[0] if one else outcome)


def send_action_messages(call: CheckedRequest) -> Reply:
    """One result per message, in the order sent, each matched to its recipient."""
    return _answered(_send_all(call, list(call.body)), one=False)


def send_action_message(call: CheckedRequest) -> Reply:
    """The result of one message."""
    return _answered(_send_all(call, [call.body]), one=True)


def send_action_message_to_target(call: CheckedRequest) -> Reply:
    """Send the action to the target the path names."""
    action = call.store.action(call.path_params["id"])
    target = call.store.targets.get(call.path_params["targetId"])
    if action is None or target is None:
        return _NOT_FOUND
    refused = _sendable(call, action)
    if refused is not None:
        return refused
    send(call.store, action, target, dict(call.body))
    return empty_reply(204)


def _rendered(call: CheckedRequest, action: Mapping[str, Any], definition: Mapping[str, Any]) -> dict[str, Any]:
    content = action.get("content") or {}
    headers = content.get("headers") or {}
    sender = headers.get("from") or {}
    override = definition.get("content") or {}
    found = find_recipient(call.store, definition.get("receiver")) if definition.get("receiver") else None
    address = ""
    if found is not None and found.target is not None:
        address = str(found.target.fields.get(call.store.unicity_field, ""))
    context = definition.get("context") or {}
    domain = sender.get("domain", "")
    return {
        "type": "success",
        "recipient": str(context.get("recipient") or address),
        "sender": {
            "bounce": f"bounce@{domain}" if domain else "",
            "label": str(sender.get("label", "")),
            "reply": str(headers.get("reply", "")),
            "value": f"{sender.get('prefix', '')}@{domain}" if domain else "",
        },
        "subject": str(definition.get("subject") or content.get("subject", "")),
        "html": str(override.get("html", content.get("html", ""))),
        "text": str(override.get("text", content.get("text", ""))),
    }


def _render_all(call: CheckedRequest, definitions: Sequence[Any]) -> Reply | list[dict[str, Any]]:
    action = call.store.action(call.path_params["id"])
    if action is None:
        return _NOT_FOUND
    refused = media_type_mismatch(action, call.media_type)
    if refused is not None:
        return refused
    return [_rendered(call, action, d if isinstance(d, Mapping) else {}) for d in definitions]


def render_action_messages(call: CheckedRequest) -> Reply:
    """One rendered message per definition, from the action's content and the receiver's address."""
    return _answered(_render_all(call, list(call.body)), one=False)


def render_action_message(call: CheckedRequest) -> Reply:
    """The message rendered from the action's content, its overrides and the receiver's address."""
    return _answered(_render_all(call, [call.body]), one=True)


def list_fields(call: CheckedRequest) -> Reply:
    """The account's fields, the unicity field among them."""
    return json_reply(call.store.fields)


def count_targets(call: CheckedRequest) -> int:
    """How many targets the account holds (shaped as the spec's answer by `_shape_check.count_reply`)."""
    return len(call.store.targets)


ACTION_HANDLERS: dict[str, Handler] = {
    "create_action": create_action,
    "duplicate_action": duplicate_action,
    "list_actions": list_actions,
    "validate_action": validate_action,
    "unvalidate_action": unvalidate_action,
    "send_action_messages": send_action_messages,
    "send_action_message": send_action_message,
    "send_action_message_to_target": send_action_message_to_target,
    "render_action_messages": render_action_messages,
    "render_action_message": render_action_message,
    "list_fields": list_fields,
}
COUNTERS: dict[str, Callable[[CheckedRequest], int]] = {"count_targets": count_targets}
