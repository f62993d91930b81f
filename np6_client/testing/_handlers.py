"""Hand-written behaviour of the seed operations, by operationId.

Operations without an entry here are answered from their spec example (see `example_reply`),
so the fake keeps answering operations added to the spec later.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from np6_client.testing._action_handlers import ACTION_HANDLERS
from np6_client.testing._definition_handlers import DEFINITION_HANDLERS
from np6_client.testing._event_exports import EXPORT_HANDLERS
from np6_client.testing._events import KINDS, EventPlan, index_at
from np6_client.testing._operation_table import ServedOperation
from np6_client.testing._reply import JSON_TYPE, Reply, empty_reply, encode_json, json_reply
from np6_client.testing._request_checks import CheckedRequest
from np6_client.testing._state import NOTIFICATIONS
from np6_client.testing._targets import TARGET_HANDLERS
from np6_client.testing._times import moment_ms

Handler = Callable[[CheckedRequest], Reply]
RENDERED_LINK_BASE = "https://links.fake-np6.invalid/r"
_NOT_FOUND = empty_reply(404)


def example_reply(operation: ServedOperation) -> Reply:
    """The first documented 2xx answer with its example, for operations without a handler."""
    if operation.success_media_type is None:
        return empty_reply(operation.success_status)
    example = operation.success_example
    if isinstance(example, str) and not operation.success_media_type.endswith("json"):
        body = example.encode()
    else:
        body = encode_json(example)
    return Reply(status=operation.success_status, body=body, content_type=operation.success_media_type)


def list_segment_targets(call: CheckedRequest) -> Reply:
    """The segment's member ids."""
    members = call.store.segments.get(int(call.path_params["id"]))
    return _NOT_FOUND if members is None else json_reply(members)


def add_segment_targets(call: CheckedRequest) -> Reply:
    """Add ids to a static segment; answers how many were not members yet."""
    segment_id = int(call.path_params["id"])
    if segment_id not in call.store.segments:
        return _NOT_FOUND
    return json_reply(call.store.add_to_segment(segment_id, list(call.body)))


def clear_segment_targets(call: CheckedRequest) -> Reply:
    """Remove every member."""
    segment_id = int(call.path_params["id"])
    if segment_id not in call.store.segments:
        return _NOT_FOUND
    call.store.clear_segment(segment_id)
    return empty_reply(204)


def export_action_tracking(call: CheckedRequest) -> Reply:
    """Start an export of opens or clicks: nothing to answer but 204."""
    return empty_reply(204) if call.path_params["id"] in call.store.actions else _NOT_FOUND


def render_action_links(call: CheckedRequest) -> Reply:
    """One rendered URL per requested link, derived from the action, the link and the receiver."""
    action_id = call.path_params["id"]
    if action_id not in call.store.actions:
        return _NOT_FOUND
    receiver = call.body.get("receiver") or {}
    value = quote(str(receiver.get("value", "")), safe="")
    links = call.body.get("links") or []
    rendered = [f"{RENDERED_LINK_BASE}/{quote(action_id, safe='')}/{n}?to={value}" for n in range(len(links))]
    return json_reply({"type": "success", "links": rendered})


def _event_handler(event_type: str) -> Handler:
    def list_events(call: CheckedRequest) -> Reply:
        notification_id = int(call.path_params["id"])
        if notification_id not in NOTIFICATIONS:
            return _NOT_FOUND
        count = call.events.count(notification_id)
        start = index_at(moment_ms(call.query["start"]), count) if "start" in call.query else 0
        stop = index_at(moment_ms(call.query["end"]), count) if "end" in call.query else count
        sort = call.query.get("sort")
        plan = EventPlan(
            notification_id=notification_id,
            event_type=event_type,
            start=start,
            stop=max(start, stop),
            order="asc" if sort == "asc" else "desc" if sort == "desc" else "unsorted",
            unknown_every=call.events.unknown_every(notification_id),
        )
        return Reply(status=200, content_type=JSON_TYPE, stream=plan)

    list_events.__doc__ = f"Stream the notification's {event_type} events (never held in memory)."
    return list_events


HANDLERS: dict[str, Handler] = {
    "list_segment_targets": list_segment_targets,
    "add_segment_targets": add_segment_targets,
    "clear_segment_targets": clear_segment_targets,
    **TARGET_HANDLERS,
    "export_action_opens": export_action_tracking,
    "export_action_clicks": export_action_tracking,
    "render_action_links": render_action_links,
    **{f"list_notification_{suffix}": _event_handler(kind) for suffix, kind in KINDS.items()},
    **ACTION_HANDLERS,
    **DEFINITION_HANDLERS,
    **EXPORT_HANDLERS,
}
