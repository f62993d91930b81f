"""FakeNP6: the public face of the fake server."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from starlette.applications import Starlette

from np6_client._transport.seam import is_loopback
from np6_client.testing._account import Seed
from np6_client.testing._action_handlers import COUNTERS
from np6_client.testing._app import build_app
from np6_client.testing._clock import FakeClock
from np6_client.testing._core import Core
from np6_client.testing._events import BASE_MS, KINDS, EventSettings, event_object
from np6_client.testing._faults import Faults, ServedResetStyle
from np6_client.testing._fixed_window import WindowPolicy
from np6_client.testing._handlers import HANDLERS
from np6_client.testing._lifecycle import ActionState, state_of
from np6_client.testing._operation_table import Spec, bundled_spec
from np6_client.testing._recording import RecordedRequest
from np6_client.testing._resources import plan_resources
from np6_client.testing._seedfile import read_seed
from np6_client.testing._server import BackgroundServer


class FakeNP6:
    """A stateful, in-memory NP6 CM API built from the bundled spec, for tests, demos and benchmarks.

    Every collection the spec's paths reveal (actions, segments, workflows, imports, ...) keeps
    what is created, changed and deleted, starting from five seeded items named 1..5, "1".."5"
    or UUIDs, per the spec's id type; see `collections` and `items`.

    Use `app` in-process (`httpx.ASGITransport(app=fake.app)`) or `serve()` for a real loopback
    server; connection-level faults (drops, truncation, cut streams) need the latter to be seen as
    the network would show them, and raise `httpx.RemoteProtocolError` in-process.
    """

    events_base_ms = BASE_MS
    """Timestamp of events 0-2 of every notification; each next three events are one second later."""

    def __init__(
        self,
        api_keys: Iterable[str] = ("test-key",),
        event_count: int = 100,
        *,
        spec: Mapping[str, Any] | None = None,
    ) -> None:
        keys = frozenset(api_keys)
        if not keys or "" in keys:
            raise ValueError("api_keys must hold at least one non-empty key")
        parsed = bundled_spec() if spec is None else Spec(spec)
        resources = plan_resources(parsed, handled={*HANDLERS, *COUNTERS})
        self._core = Core(api_keys=keys, spec=parsed, events=EventSettings(event_count), resources=resources)
        self.app: Starlette = build_app(self._core)
        self.faults: Faults = self._core.faults

    @contextmanager
    def serve(self, host: str = "127.0.0.1", port: int = 0, *, allow_remote: bool = False) -> Iterator[str]:
        """Run uvicorn in a background thread (port 0: a free one); yields the base URL."""
        if not allow_remote and not is_loopback(host):
            raise ValueError(f"refusing to listen on non-loopback host {host!r} without allow_remote")
        server = BackgroundServer(self.app, self._core.connections, host, port)
        url = server.start()
        try:
            yield url
        finally:
            server.stop()

    def set_event_count(self, notification_id: int, count: int) -> None:
        """Events per kind (activations, executions, cancellations) of one notification."""
        self._core.events.set_count(notification_id, count)

    def set_unknown_type_every(self, notification_id: int, every: int | None) -> None:
        """Give every `every`-th event an unknown `type` and an extra member (None: off)."""
        self._core.events.set_unknown_every(notification_id, every)

    def event(self, notification_id: int, kind: str, index: int) -> Any:
        """Event `index` (ascending order) of a notification as parsed JSON; kind e.g. "activations"."""
        event_type = KINDS.get(kind, kind)
        if event_type not in KINDS.values():
            raise ValueError(f"unknown event kind {kind!r}")
        every = self._core.events.unknown_every(notification_id)
        return event_object(notification_id, event_type, index, every)

    def reset_state(self) -> None:
        """Restore the seeded (or loaded) account and forget the events sends caused.

        For tests sharing one fake. Faults, the rate limit, the clock, event settings and recorded
        requests are left as they are.
        """
        self._core.reset_store()

    @property
    def clock(self) -> FakeClock:
        """The clock behind creation dates and event timestamps: `set`, `advance`, `run`."""
        return self._core.clock

    def load(
        self,
        *,
        fields: Iterable[Mapping[str, Any]] | None = None,
        targets: Iterable[Mapping[str, Any]] | None = None,
        segments: Iterable[Mapping[str, Any]] | None = None,
        actions: Iterable[Mapping[str, Any]] | None = None,
        unicity: str | None = None,
    ) -> None:
        """Replace parts of the account, then start over from it (`reset_state` returns to it too).

        `fields`: `{"id", "name", "type", "isUnicity", ...}`, exactly one unicity field (or name it
        with `unicity`). `targets`: `{"id"?, "fields": {name: value}}` or the field values alone,
        each with a distinct unicity value. `segments`: `{"id", "name", "type", "isTest"?,
        "targets": [target id or unicity value, ...]}`. `actions`: `{"id", "name", "type"
        ("mailMessage" or "smsMessage"), "state"?, "content"?, ...}`. Parts left out are kept.
        Raises ValueError, naming the problem, for data NP6 would not hold.
        """
        seed = Seed(fields=fields, targets=targets, segments=segments, actions=actions, unicity=unicity)
        self._core.account = self._core.account.replaced(seed)
        self._core.reset_store()

    def load_file(self, path: str | Path) -> None:
        """`load` from a JSON (.json) or YAML file holding `fields`, `targets`, `segments`, `actions`, `unicity`."""
        self.load(**read_seed(path))

    @property
    def fields(self) -> list[dict[str, Any]]:
        """A copy of the account's fields."""
        return copy.deepcopy(self._core.store.fields)

    @property
    def unicity_field(self) -> str:
        """The name of the account's unicity field."""
        return self._core.store.unicity_field

    def recorded_events(self) -> list[Any]:
        """Every event sends caused, in recording order, including those the clock has not reached."""
        return self._core.store.events.select(lambda event: True, now_ms=2**63)

    def set_action_state(self, action_id: str, state: int) -> None:
        """Put an action straight into a state (10, 20, 30, 35, 36, 38, 40, 50, 55, 60), skipping its validations."""
        action = self._core.store.action(str(action_id))
        if action is None:
            raise KeyError(f"no action {action_id!r}")
        action["informations"] = {**(action.get("informations") or {}), "state": int(state_of(state))}

    def action_state(self, action_id: str) -> ActionState:
        """The current state of an action."""
        action = self._core.store.action(str(action_id))
        if action is None:
            raise KeyError(f"no action {action_id!r}")
        return state_of((action.get("informations") or {}).get("state"))

    @property
    def collections(self) -> list[str]:
        """The paths of the collections recognised in the spec ("/actions", "/segments", ...)."""
        return list(self._core.resources.collections)

    def items(self, collection: str) -> dict[Any, Any]:
        """A copy of a collection's items by id, e.g. `items("/actions")`."""
        stored = self._core.store.collections[collection]
        return {key: copy.deepcopy(stored.get(key)) for key in stored}

    def target(self, target_id: str) -> dict[str, Any]:
        """A copy of a target as `GET /targets/{id}` shows it (id, hash, dates, fields by field id)."""
        store = self._core.store
        return store.target_view(store.targets[target_id])

    @property
    def target_ids(self) -> list[str]:
        """Ids of the targets that currently exist."""
        return list(self._core.store.targets)

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request the app read, oldest first."""
        return self._core.recorder.snapshot()

    def count(self, method: str, path: str) -> int:
        """How many recorded requests have this method and exact path."""
        return self._core.recorder.count(method, path)

    def reset_requests(self) -> None:
        """Forget the recorded requests."""
        self._core.recorder.clear()

    def rate_limit(
        self,
        per_second: float | None,
        *,
        reset_style: ServedResetStyle = "delta",
        send_retry_after: bool = True,
        send_remaining: bool = True,
    ) -> None:
        """Limit each API key to `per_second` requests per one-second window (None: no limit)."""
        policy = None if per_second is None else WindowPolicy(per_second, reset_style, send_retry_after, send_remaining)
        self._core.limiter.configure(policy)

    @property
    def disconnects(self) -> int:
        """Streamed answers that ended because the client went away."""
        return self._core.streams.disconnects

    @property
    def open_streams(self) -> int:
        """Streamed answers being sent right now."""
        return self._core.streams.open
