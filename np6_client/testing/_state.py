"""The in-memory resources behind the stateful operations, built from an `Account` seed.

Ids follow the shapes the reference prints (8-character base-36 target ids, integer segment ids,
string action ids), so code written against the fake meets realistic values. The collections the
spec's paths reveal live in `_collections`; this module holds them together with the targets, the
account's fields and the event log.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from np6_client.testing._account import SEED_TIME, Account, format_datetime, nth_target_id
from np6_client.testing._clock import FakeClock
from np6_client.testing._collections import Collection
from np6_client.testing._event_log import EventLog
from np6_client.testing._resources import ResourcePlan

__all__ = ["NOTIFICATIONS", "SegmentMembers", "Store", "TargetRecord", "format_datetime"]

NOTIFICATIONS = range(1, 1001)


@dataclass
class TargetRecord:
    """One target; `fields` holds its values by field name, answers key them by field id as NP6 does."""

    id: str
    created: datetime
    updated: datetime
    fields: dict[str, Any]

    @property
    def hash(self) -> str:
        """A stable hash of the id, standing in for NP6's target hash."""
        return hashlib.md5(self.id.encode(), usedforsecurity=False).hexdigest()

    def as_target(self, field_ids: Mapping[str, int]) -> dict[str, Any]:
        """The `Target` schema's form, `fields` keyed by field id (`{"1": "a@shop.test"}`)."""
        return {
            "id": self.id,
            "hash": self.hash,
            "creationDate": format_datetime(self.created),
            "lastUpdateDate": format_datetime(self.updated),
            "fields": {str(field_ids.get(name, name)): value for name, value in self.fields.items()},
        }

    def as_detail(self, field_ids: Mapping[str, int]) -> dict[str, Any]:
        """The `TargetDetail` schema's form: the target plus its bounces and red-list state."""
        stamp = format_datetime(self.created)
        return {
            **self.as_target(field_ids),
            "bounce": [{"field": 1, "type": "Validé", "timestamp": stamp, "reason": "delivered"}],
            "redList": {"mail": {"timestamp": stamp, "reason": 0}, "sms": {"timestamp": stamp, "reason": 0}},
        }

    def merge(self, values: Mapping[str, Any], now: datetime) -> None:
        """Apply an update; the last update date always moves forward."""
        self.fields.update(values)
        self.updated = max(now, self.updated + timedelta(milliseconds=1))


class SegmentMembers:
    """The member ids of each static segment, for the segments the store holds."""

    def __init__(self, exists: Callable[[int], bool]) -> None:
        self._exists = exists
        self._members: dict[int, list[str]] = {}

    def get(self, segment_id: int) -> list[str] | None:
        """The members of an existing segment (none at first), else None."""
        if not self._exists(segment_id):
            self._members.pop(segment_id, None)
            return None
        return self._members.setdefault(segment_id, [])

    def __getitem__(self, segment_id: int) -> list[str]:
        members = self.get(segment_id)
        if members is None:
            raise KeyError(segment_id)
        return members

    def __contains__(self, segment_id: object) -> bool:
        return isinstance(segment_id, int) and self._exists(segment_id)


class Store:
    """Every resource of one fake: targets, fields, the recognised collections, settings and events.

    The seed operations' view of segments and actions is the `/segments` and `/actions`
    collection, so an item created or deleted there is one the seed operations see or miss.
    """

    def __init__(
        self, resources: ResourcePlan | None = None, account: Account | None = None, clock: FakeClock | None = None
    ) -> None:
        plan = resources or ResourcePlan()
        self.account = account or Account()
        self.clock = clock or FakeClock()
        self.collections: dict[str, Collection] = {
            base: Collection(c, now=self.clock.now) for base, c in plan.collections.items()
        }
        self.settings: dict[str, Any] = copy.deepcopy(dict(plan.settings))
        self.fields: list[dict[str, Any]] = [dict(f) for f in self.account.fields]
        self.events = EventLog()
        self.targets: dict[str, TargetRecord] = {}
        self.segments = SegmentMembers(self._segment_exists)
        self._issued_targets = 0
        self._messages = 0
        for n, target in enumerate(self.account.targets):
            created = SEED_TIME + timedelta(minutes=n)
            self.targets[target["id"]] = TargetRecord(target["id"], created, created, dict(target["fields"]))
        self._seed("/segments", self.account.segments)
        self._seed("/actions", self.account.actions)
        for segment in self.account.segments:
            if segment["id"] in self.segments:
                self.segments[segment["id"]].extend(segment.get("targets", ()))

    def _seed(self, base: str, items: tuple[Mapping[str, Any], ...]) -> None:
        collection = self.collections.get(base)
        if collection is None:
            return
        collection.clear()
        for item in items:
            seeded = {name: value for name, value in item.items() if name != "targets"}
            collection.put(collection.key(str(item["id"])) or str(item["id"]), seeded)

    @property
    def unicity_field(self) -> str:
        """The name of the account's unicity field."""
        return self.account.unicity_field

    @property
    def field_ids(self) -> dict[str, int]:
        """Each field's id by its name."""
        return {str(f["name"]): int(f["id"]) for f in self.fields}

    def field_values(self, given: Mapping[str, Any]) -> dict[str, Any] | str:
        """Field values keyed by name, from a body keyed by field name or field id; or why not."""
        ids = self.field_ids
        names = {str(number): name for name, number in ids.items()}
        values: dict[str, Any] = {}
        for key, value in given.items():
            name = key if key in ids else names.get(key)
            if name is None:
                return f"unknown field {key[:40]!r}"
            values[name] = value
        return values

    def target_view(self, target: TargetRecord) -> dict[str, Any]:
        """A target as NP6 answers it."""
        return target.as_target(self.field_ids)

    def add_target(self, values: Mapping[str, Any]) -> TargetRecord:
        """A new target holding `values` (by field name), dated by the clock."""
        now = self.clock.now()
        target = TargetRecord(self.new_target_id(), now, now, dict(values))
        self.targets[target.id] = target
        return target

    def target_by_unicity(self, value: str) -> TargetRecord | None:
        """The target whose unicity field holds `value`."""
        name = self.unicity_field
        return next((t for t in self.targets.values() if t.fields.get(name) == value), None)

    def target_by_hash(self, value: str) -> TargetRecord | None:
        """The target with this hash."""
        return next((t for t in self.targets.values() if t.hash == value), None)

    def _segment_exists(self, segment_id: int) -> bool:
        segments = self.collections.get("/segments")
        return segments is not None and segment_id in segments

    def action(self, action_id: str) -> dict[str, Any] | None:
        """The stored action (a live reference), or None."""
        actions = self.collections.get("/actions")
        return None if actions is None else actions.get(action_id)

    @property
    def actions(self) -> frozenset[str]:
        """The ids of the actions that exist."""
        actions = self.collections.get("/actions")
        return frozenset() if actions is None else frozenset(str(key) for key in actions)

    def add_to_segment(self, segment_id: int, target_ids: list[str]) -> int:
        """Add ids not yet members; answers how many were new."""
        members = self.segments[segment_id]
        known = set(members)
        added = 0
        for target_id in target_ids:
            if target_id not in known:
                members.append(target_id)
                known.add(target_id)
                added += 1
        self._count_members(segment_id)
        return added

    def clear_segment(self, segment_id: int) -> None:
        """Remove every member of a segment."""
        self.segments[segment_id].clear()
        self._count_members(segment_id)

    def _count_members(self, segment_id: int) -> None:
        segments = self.collections.get("/segments")
        item = None if segments is None else segments.get(segment_id)
        if item is not None:
            item["targetsCount"] = len(self.segments[segment_id])

    def new_target_id(self) -> str:
        """An id no target has."""
        while True:
            candidate = nth_target_id(len(self.account.targets) + self._issued_targets)
            self._issued_targets += 1
            if candidate not in self.targets:
                return candidate

    def next_message_number(self) -> int:
        """A fresh number for a message sent (its result id and stamp derive from it)."""
        self._messages += 1
        return self._messages
