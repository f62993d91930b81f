"""The seeded, in-memory resources behind the stateful operations.

Ids follow the shapes the reference prints (8-character base-36 target ids, integer segment ids,
string action ids), so code written against the fake meets realistic values. The collections the
spec's paths reveal live in `_collections`; this module holds them together with the targets.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from np6_client.testing._collections import Collection
from np6_client.testing._resources import ResourcePlan

FIRST_TARGET_ID = "000PKXK4"
SEED_TARGETS = 20
SEED_SEGMENTS = range(1, 6)
SEED_ACTIONS = ("1", "2", "3", "4", "5")
NOTIFICATIONS = range(1, 1001)
_SEED_TIME = datetime(2024, 1, 15, 9, 30, tzinfo=UTC)
_BASE36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_FIRST_NAMES = ("Alice", "Bruno", "Chloé", "David", "Emma", "Farid", "Gaëlle", "Hugo", "Inès", "Jules")


def format_datetime(moment: datetime) -> str:
    """RFC 3339 with milliseconds and `Z`, as NP6 prints dates."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _base36(number: int, width: int) -> str:
    digits = ""
    while number:
        number, rest = divmod(number, 36)
        digits = _BASE36[rest] + digits
    return digits.rjust(width, "0")


def seed_target_ids(count: int = SEED_TARGETS) -> list[str]:
    """The ids of the seeded targets: "000PKXK4", "000PKXK5", ..."""
    first = int(FIRST_TARGET_ID, 36)
    return [_base36(first + n, len(FIRST_TARGET_ID)) for n in range(count)]


@dataclass
class TargetRecord:
    """One target; `fields` holds the account's field values by name."""

    id: str
    created: datetime
    updated: datetime
    fields: dict[str, Any]

    @property
    def hash(self) -> str:
        """A stable hash of the id, standing in for NP6's target hash."""
        return hashlib.sha256(self.id.encode()).hexdigest()[:32]

    def as_target(self) -> dict[str, Any]:
        """The `Target` schema's form."""
        return {
            "id": self.id,
            "hash": self.hash,
            "creationDate": format_datetime(self.created),
            "lastUpdateDate": format_datetime(self.updated),
            "fields": dict(self.fields),
        }

    def as_detail(self) -> dict[str, Any]:
        """The `TargetDetail` schema's form: the target plus its bounces and red-list state."""
        stamp = format_datetime(self.created)
        return {
            **self.as_target(),
            "bounce": [{"field": 1, "type": "Validé", "timestamp": stamp, "reason": "delivered"}],
            "redList": {"mail": {"timestamp": stamp, "reason": 0}, "sms": {"timestamp": stamp, "reason": 0}},
        }

    def merge(self, values: dict[str, Any], now: datetime) -> None:
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
    """Every resource of one fake: targets, the recognised collections and settings.

    The seed operations' view of segments and actions is the `/segments` and `/actions`
    collection, so an item created or deleted there is one the seed operations see or miss.
    """

    def __init__(self, resources: ResourcePlan | None = None) -> None:
        plan = resources or ResourcePlan()
        self.collections: dict[str, Collection] = {base: Collection(c) for base, c in plan.collections.items()}
        self.settings: dict[str, Any] = copy.deepcopy(dict(plan.settings))
        self.targets: dict[str, TargetRecord] = {}
        self.segments = SegmentMembers(self._segment_exists)
        for n, target_id in enumerate(seed_target_ids()):
            name = _FIRST_NAMES[n % len(_FIRST_NAMES)]
            created = _SEED_TIME + timedelta(minutes=n)
            self.targets[target_id] = TargetRecord(
                id=target_id,
                created=created,
                updated=created,
                fields={"email": f"{name.lower()}.{n}@example.com", "firstname": name},
            )

    def _segment_exists(self, segment_id: int) -> bool:
        segments = self.collections.get("/segments")
        return segment_id in SEED_SEGMENTS if segments is None else segment_id in segments

    @property
    def actions(self) -> frozenset[str]:
        """The ids of the actions that exist."""
        actions = self.collections.get("/actions")
        return frozenset(SEED_ACTIONS) if actions is None else frozenset(str(key) for key in actions)

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
        return added
