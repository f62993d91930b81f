"""The items of one recognised collection, held in memory and named by keys of the spec's id type.

Seeded items are named 1..5 (integer ids), "1".."5" (string ids) or five UUIDs following
`FIRST_SEED_UUID`, so code written against the fake can reach them without creating anything.
New items get the next free number, or the next UUID of that sequence, whichever the spec's id
type calls for. A new item holds what the request sent, never the spec's example: its creation
date members (those the example prints as dates and names `creation...`) come from the fake's
clock, and so do its update date members whenever it changes.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from typing import Any

from np6_client._spec.schema_validator import parse_datetime
from np6_client.testing._jsonschema import canonical_uuid, is_uuid
from np6_client.testing._resources import CollectionPlan, IdKind

Key = int | str
SEEDS_PER_COLLECTION = 5
FIRST_SEED_UUID = "6218c222-bd9f-4d43-9cbb-d1adfe7e63bd"
_INT32_MAX = 2**31 - 1


def _nth_uuid(n: int) -> str:
    return str(uuid.UUID(int=(uuid.UUID(FIRST_SEED_UUID).int + n) % 2**128))


def _nth_id(kind: IdKind, n: int) -> Key:
    if kind == "int":
        return n
    return _nth_uuid(n - 1) if kind == "uuid" else str(n)


class Collection:
    """One collection's items by key; every method answers None for an unknown key."""

    def __init__(
        self, plan: CollectionPlan, seeds: int = SEEDS_PER_COLLECTION, now: Callable[[], datetime] | None = None
    ) -> None:
        self.plan = plan
        self._now = now
        self._items: dict[Key, dict[str, Any]] = {}
        self._issued = 0
        self._created_members, self._updated_members = _date_members(plan.template)
        for _ in range(seeds):
            self._add(self._fresh_key(plan.key_kind), plan.template)

    def key(self, text: str) -> Key | None:
        """The key a path names (already checked against the path parameter's schema)."""
        if self.plan.key_kind == "int":
            return int(text)
        if self.plan.key_kind == "uuid" or is_uuid(text):
            return canonical_uuid(text) if is_uuid(text) else None
        return text

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def __iter__(self) -> Iterator[Key]:
        return iter(list(self._items))

    def values(self) -> list[dict[str, Any]]:
        """Every item, oldest first."""
        return list(self._items.values())

    def get(self, key: Key) -> dict[str, Any] | None:
        """The stored item."""
        return self._items.get(key)

    def create(self, body: Any) -> tuple[Key, dict[str, Any]]:
        """A new item: the body's members, a fresh id and the clock's dates."""
        key = self._fresh_key(self.plan.fresh_kind)
        return key, self._add(key, self._stamped(_members(body), created=True))

    def put(self, key: Key, item: Mapping[str, Any]) -> dict[str, Any]:
        """Store `item` under `key` as it is (seeding)."""
        return self._add(key, item)

    def clear(self) -> None:
        """Remove every item (the id sequence goes on)."""
        self._items.clear()

    def _stamped(self, item: dict[str, Any], *, created: bool) -> dict[str, Any]:
        if self._now is None:
            return item
        moment = self._now().isoformat(timespec="milliseconds").replace("+00:00", "Z")
        for name in (*self._created_members, *self._updated_members) if created else self._updated_members:
            item[name] = moment
        return item

    def upsert(self, body: Any) -> tuple[Key, dict[str, Any]]:
        """Replace the item the body's id names, or create it (a fresh id when it names none)."""
        member = self.plan.id_member
        named = _members(body).get(member) if member else None
        key = self.key(str(named)) if isinstance(named, str | int) and not isinstance(named, bool) else None
        if key is None:
            return self.create(body)
        return key, self._add(key, self._stamped(_members(body), created=key not in self._items))

    def replace(self, key: Key, body: Any) -> dict[str, Any] | None:
        """Put the body in place of the item, keeping its id."""
        previous = self._items.get(key)
        if previous is None:
            return None
        kept = {name: previous[name] for name in self._created_members if name in previous}
        return self._add(key, self._stamped({**_members(body), **kept}, created=False))

    def merge(self, key: Key, body: Any) -> dict[str, Any] | None:
        """Merge the body's members (or those of each object of a list of updates) into the item."""
        item = self._items.get(key)
        if item is None:
            return None
        updates = body if isinstance(body, list) else [body]
        merged = dict(item)
        for update in updates:
            merged.update(_members(update))
        return self._add(key, self._stamped(merged, created=False))

    def delete(self, key: Key) -> bool:
        """Remove the item; False when there was none."""
        return self._items.pop(key, None) is not None

    def duplicate(self, key: Key) -> tuple[Key, dict[str, Any]] | None:
        """A copy of the item under a fresh id."""
        item = self._items.get(key)
        if item is None:
            return None
        fresh = self._fresh_key(self.plan.fresh_kind)
        return fresh, self._add(fresh, self._stamped(copy.deepcopy(item), created=True))

    def _add(self, key: Key, item: Mapping[str, Any]) -> dict[str, Any]:
        stored = copy.deepcopy(dict(item))
        member = self.plan.id_member
        if member is not None:
            stored[member] = self._member_value(key)
        self._items[key] = stored
        return stored

    def _member_value(self, key: Key) -> Key:
        # A plain-string key under a UUID id member (seeded "1".."5") keeps a UUID there.
        if self.plan.fresh_kind == "uuid" and not (isinstance(key, str) and is_uuid(key)):
            return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{self.plan.base}/{key}"))
        # The member keeps its own type whatever the path parameter's: "3" names the item whose id is 3.
        if self.plan.member_kind == "int" and isinstance(key, str) and key.isdigit():
            return int(key)
        if self.plan.member_kind == "string" and isinstance(key, int):
            return str(key)
        return key

    def _fresh_key(self, kind: IdKind) -> Key:
        while True:
            self._issued += 1
            if kind == "int" and self._issued > _INT32_MAX:
                raise OverflowError("no int32 id left")
            key = _nth_id(kind, self._issued)
            if key not in self._items:
                return key


def _date_members(template: Mapping[str, Any]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The top-level members the example prints as dates: (creation dates, update dates)."""
    dates = [name for name, value in template.items() if isinstance(value, str) and parse_datetime(value)]
    created = tuple(name for name in dates if name.lower().startswith("creat"))
    updated = tuple(name for name in dates if "update" in name.lower() or "modif" in name.lower())
    return created, updated


def _members(body: Any) -> dict[str, Any]:
    return dict(body) if isinstance(body, Mapping) else {}
