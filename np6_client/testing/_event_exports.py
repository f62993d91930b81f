"""The event exports answered from the event log: which events each one selects, and its filters.

Every export honours its time filters, each a half-open window: `start` (inclusive) and `end`
(exclusive) on the event's timestamp; for reactivities `activationStart`/`activationEnd` on the
activation the event follows and `reactivityStart`/`reactivityEnd` on the event itself; and `sort`
(`asc`, `desc`, or recording order when absent). Notification events keep their generator
(`_events`), which streams millions of events for benchmarks.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Mapping
from dataclasses import dataclass

from np6_client.testing._event_log import LoggedEvent, Order, Selector, Window
from np6_client.testing._reply import Reply, empty_reply, json_reply
from np6_client.testing._request_checks import CheckedRequest
from np6_client.testing._state import Store
from np6_client.testing._times import moment_ms

Handler = Callable[[CheckedRequest], Reply]
Scope = Callable[[CheckedRequest], Selector | None]
_NOT_FOUND = empty_reply(404)
_WINDOWS = (
    ("start", "end", "event"),
    ("reactivityStart", "reactivityEnd", "event"),
    ("activationStart", "activationEnd", "activation"),
)
_REACTIVITIES = frozenset({"bounce", "hit"})


@dataclass(frozen=True)
class Match:
    """What an export keeps: event kinds (None: any) and, for hits, the hit kind."""

    kinds: frozenset[str] | None = None
    hit: str | None = None

    def __call__(self, event: LoggedEvent) -> bool:
        """Whether the event is one the export lists."""
        if self.kinds is not None and event.kind not in self.kinds:
            return False
        return self.hit is None or event.hit == self.hit


def _kinds(*kinds: str) -> frozenset[str]:
    return frozenset(kinds)


def _everywhere(match: Match, *, of_actions: bool = True) -> Scope:
    def scope(call: CheckedRequest) -> Selector:
        return lambda event: (event.action_id is not None or not of_actions) and match(event)

    return scope


def _of_one(match: Match, known: Callable[[Store], Container[object]], owner: Callable[[LoggedEvent], object]) -> Scope:
    """Events of the action or target the path names; no scope (a 404) when there is no such one."""

    def scope(call: CheckedRequest) -> Selector | None:
        owner_id = call.path_params["id"]
        if owner_id not in known(call.store):
            return None
        return lambda event: owner(event) == owner_id and match(event)

    return scope


def _of_action(match: Match) -> Scope:
    return _of_one(match, lambda store: store.actions, lambda event: event.action_id)


def _of_target(match: Match) -> Scope:
    return _of_one(match, lambda store: store.targets, lambda event: event.target_id)


def _of_item(base: str, match: Match) -> Scope:
    def scope(call: CheckedRequest) -> Selector | None:
        collection = call.store.collections.get(base)
        key = None if collection is None else collection.key(call.path_params["id"])
        if collection is not None and (key is None or key not in collection):
            return None
        return lambda event: event.action_id is None and match(event)

    return scope


def _of_target_by_hash(match: Match) -> Scope:
    def scope(call: CheckedRequest) -> Selector:
        wanted = call.query.get("hash")
        target = _by_hash(call.store, wanted)
        return lambda event: (wanted is None or (target is not None and event.target_id == target)) and match(event)

    return scope


def _by_hash(store: Store, wanted: str | None) -> str | None:
    found = None if wanted is None else store.target_by_hash(wanted)
    return None if found is None else found.id


_NOTHING = Match(kinds=frozenset())
SCOPES: dict[str, Scope] = {
    "list_action_events": _everywhere(Match()),
    "list_action_activations": _of_action(Match(_kinds("activation"))),
    "list_action_cancellations": _of_action(Match(_kinds("cancellation"))),
    "list_action_bounces": _of_action(Match(_kinds("bounce"))),
    "list_action_mirror_hits": _of_action(Match(_kinds("hit"), "mirror")),
    "list_action_reactivities": _everywhere(Match(_REACTIVITIES)),
    "list_action_bounce_reactivities": _everywhere(Match(_kinds("bounce"))),
    "list_action_open_hit_reactivities": _everywhere(Match(_kinds("hit"), "open")),
    "list_action_mirror_hit_reactivities": _everywhere(Match(_kinds("hit"), "mirror")),
    "list_action_redirection_hit_reactivities": _of_action(Match(_kinds("hit"), "redirection")),
    "list_action_unsubscribe_hit_reactivities": _of_action(Match(_kinds("hit"), "unsubscribe")),
    "list_target_events": _of_target(Match()),
    "list_target_activations": _of_target(Match(_kinds("activation"))),
    "list_target_form_hits": _of_target(Match(_kinds("hit"), "form")),
    "list_target_open_hits": _of_target(Match(_kinds("hit"), "open")),
    "find_target_activations": _of_target_by_hash(Match(_kinds("activation"))),
    # Kinds no fake send causes: answered from the log all the same, so their filters hold.
    "find_target_stop_responses": _everywhere(_NOTHING, of_actions=False),
    "list_display_activations": _everywhere(_NOTHING, of_actions=False),
    "list_display_content_activations": _everywhere(_NOTHING, of_actions=False),
    "list_campaign_events": _of_item("/campaigns", _NOTHING),
    "list_notification_reactivities": _everywhere(_NOTHING, of_actions=False),
    "list_notification_hit_reactivities": _everywhere(_NOTHING, of_actions=False),
    "list_notification_bounce_reactivities": _everywhere(_NOTHING, of_actions=False),
    "list_notification_optouts": _everywhere(_NOTHING, of_actions=False),
}


def windows(query: Mapping[str, str]) -> list[tuple[Window, str]]:
    """The time windows a query asks for."""
    found = []
    for low, high, on in _WINDOWS:
        if low in query or high in query:
            start = moment_ms(query[low]) if query.get(low) else None
            end = moment_ms(query[high]) if query.get(high) else None
            found.append((Window(start, end), on))
    return found


def _order(sort: str | None) -> Order:
    return "asc" if sort == "asc" else "desc" if sort == "desc" else "unsorted"


def export_handler(scope: Scope) -> Handler:
    """The handler answering the events `scope` selects, filtered and sorted as asked."""

    def list_events(call: CheckedRequest) -> Reply:
        selector = scope(call)
        if selector is None:
            return _NOT_FOUND
        bodies = call.store.events.select(
            selector,
            now_ms=call.store.clock.now_ms(),
            windows=windows(call.query),
            order=_order(call.query.get("sort")),
        )
        return json_reply(bodies)

    list_events.__doc__ = "The logged events this export covers, filtered on time and sorted as asked."
    return list_events


EXPORT_HANDLERS: dict[str, Handler] = {operation_id: export_handler(scope) for operation_id, scope in SCOPES.items()}
