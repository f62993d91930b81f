"""What the fake's account holds before any request: fields, targets, segments and actions.

Out of the box it is a small, plausible account: six fields of which exactly one, `email`, is the
unicity field, twenty targets keyed by it, five empty static segments and five actions in
different states. `Account.replaced` swaps any of these for caller-given data, checked the way NP6
would hold it (one unicity field, every target carrying a distinct unicity value, known field
names, known action states), so a bad seed fails at load time and not in the middle of a test.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any, TypedDict

from np6_client.testing._lifecycle import ActionState, state_of

SEED_TIME = datetime(2024, 1, 15, 9, 30, tzinfo=UTC)
FIRST_TARGET_ID = "000PKXK4"
SEED_TARGETS = 20
_BASE36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_FIRST_NAMES = ("Alice", "Bruno", "Chloé", "David", "Emma", "Farid", "Gaëlle", "Hugo", "Inès", "Jules")
SMS_ACTION_TYPE = "smsMessage"
EMAIL_ACTION_TYPE = "mailMessage"


class Seed(TypedDict, total=False):
    """Parts of an account given by a caller, a seed file or a cassette; a part left out is kept.

    The keyword arguments of `FakeNP6.load`, which documents each part's members.
    """

    fields: Iterable[Mapping[str, Any]] | None
    targets: Iterable[Mapping[str, Any]] | None
    segments: Iterable[Mapping[str, Any]] | None
    actions: Iterable[Mapping[str, Any]] | None
    unicity: str | None


def _field(field_id: int, name: str, kind: str, *, unicity: bool = False) -> dict[str, Any]:
    return {
        "type": kind,
        "id": field_id,
        "name": name,
        "isUnicity": unicity,
        "isMandatory": unicity,
        "isCriterion": True,
    }


DEFAULT_FIELDS: tuple[dict[str, Any], ...] = (
    _field(1, "email", "email", unicity=True),
    _field(2, "firstname", "textField"),
    _field(3, "lastname", "textField"),
    _field(4, "mobile", "phone"),
    _field(5, "birthdate", "date"),
    _field(6, "city", "textField"),
)


def format_datetime(moment: datetime) -> str:
    """RFC 3339 with milliseconds and `Z`, as NP6 prints dates."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def base36(number: int, width: int) -> str:
    """`number` in NP6's 8-character base-36 id style."""
    digits = ""
    while number:
        number, rest = divmod(number, 36)
        digits = _BASE36[rest] + digits
    return digits.rjust(width, "0")


def nth_target_id(n: int) -> str:
    """The n-th id of the fake's target id sequence: "000PKXK4", "000PKXK5", ..."""
    return base36(int(FIRST_TARGET_ID, 36) + n, len(FIRST_TARGET_ID))


def _default_targets() -> tuple[dict[str, Any], ...]:
    targets = []
    for n in range(SEED_TARGETS):
        name = _FIRST_NAMES[n % len(_FIRST_NAMES)]
        targets.append(
            {"id": nth_target_id(n), "fields": {"email": f"{name.lower()}.{n}@example.com", "firstname": name}}
        )
    return tuple(targets)


def _segment(segment_id: int, name: str, *, is_test: bool = False) -> dict[str, Any]:
    return {
        "type": "static",
        "id": segment_id,
        "name": name,
        "description": f"{name} (seeded)",
        "creation": format_datetime(SEED_TIME - timedelta(days=30 - segment_id)),
        "expiration": None,
        "isTest": is_test,
        "targetsCount": 0,
    }


DEFAULT_SEGMENTS: tuple[dict[str, Any], ...] = (
    _segment(1, "Newsletter subscribers"),
    _segment(2, "VIP customers"),
    _segment(3, "January import"),
    _segment(4, "Proof recipients", is_test=True),
    _segment(5, "Lapsed customers"),
)


def _action(action_id: str, name: str, state: ActionState, kind: str = EMAIL_ACTION_TYPE) -> dict[str, Any]:
    if kind == SMS_ACTION_TYPE:
        content: dict[str, Any] = {"text": f"{name}: your parcel is on its way."}
    else:
        content = {
            "headers": {"from": {"prefix": "news", "domain": "example.com", "label": "Example"}, "reply": ""},
            "subject": name,
            "html": f"<html><body><h1>{name}</h1></body></html>",
            "text": name,
        }
    return {
        "type": kind,
        "id": action_id,
        "name": name,
        "description": f"{name} (seeded)",
        "creationDate": format_datetime(SEED_TIME - timedelta(days=10 - int(action_id))),
        "informations": {"folder": 1, "category": 1, "state": int(state)},
        "content": content,
    }


DEFAULT_ACTIONS: tuple[dict[str, Any], ...] = (
    _action("1", "Welcome email", ActionState.VALIDATED_FOR_PRODUCTION),
    _action("2", "Monthly newsletter", ActionState.CREATED),
    _action("3", "Password reset", ActionState.VALIDATED_FOR_PRODUCTION),
    _action("4", "Spring sale", ActionState.VALIDATED_FOR_TEST),
    _action("5", "Parcel shipped", ActionState.VALIDATED_FOR_PRODUCTION, SMS_ACTION_TYPE),
)


@dataclass(frozen=True)
class Account:
    """A whole account's seed data, already checked; see `replaced`."""

    fields: tuple[Mapping[str, Any], ...] = DEFAULT_FIELDS
    targets: tuple[Mapping[str, Any], ...] = field(default_factory=_default_targets)
    segments: tuple[Mapping[str, Any], ...] = DEFAULT_SEGMENTS
    actions: tuple[Mapping[str, Any], ...] = DEFAULT_ACTIONS

    @property
    def unicity_field(self) -> str:
        """The name of the account's unicity field."""
        return next(str(f["name"]) for f in self.fields if f.get("isUnicity") is True)

    def replaced(self, seed: Seed) -> Account:
        """A copy with the seed's parts replaced; its `unicity` names the unicity field among the fields."""
        fields, targets = seed.get("fields"), seed.get("targets")
        segments, actions = seed.get("segments"), seed.get("actions")
        new_fields = _fields(self.fields if fields is None else fields, seed.get("unicity"))
        names = {str(f["name"]) for f in new_fields}
        unicity_name = next(str(f["name"]) for f in new_fields if f["isUnicity"] is True)
        new_targets = _targets(self.targets if targets is None else targets, names, unicity_name)
        new_segments = _segments(self.segments if segments is None else segments, new_targets, unicity_name)
        new_actions = _actions(self.actions if actions is None else actions)
        return replace(self, fields=new_fields, targets=new_targets, segments=new_segments, actions=new_actions)


def _require(condition: bool, problem: str) -> None:
    if not condition:
        raise ValueError(problem)


def _mapping(item: object, what: str) -> dict[str, Any]:
    _require(isinstance(item, Mapping), f"each of {what} must be a mapping, not {item!r}")
    return copy.deepcopy(dict(item))  # type: ignore[call-overload]


def _fields(given: Iterable[Mapping[str, Any]], unicity: str | None) -> tuple[dict[str, Any], ...]:
    fields = [_mapping(item, "fields") for item in given]
    _require(bool(fields), "the account needs at least one field")
    for number, item in enumerate(fields, start=1):
        item.setdefault("id", number)
        item.setdefault("type", "textField")
        _require(isinstance(item.get("name"), str) and bool(item["name"]), f"field {item} needs a name")
        _require(
            isinstance(item["id"], int) and not isinstance(item["id"], bool),
            f"field {item['name']}: id must be an integer",
        )
        if unicity is not None:
            item["isUnicity"] = item["name"] == unicity
        item["isUnicity"] = item.get("isUnicity") is True
        item.setdefault("isMandatory", item["isUnicity"])
        item.setdefault("isCriterion", True)
    _require(len({f["name"] for f in fields}) == len(fields), "field names must be distinct")
    _require(len({f["id"] for f in fields}) == len(fields), "field ids must be distinct")
    if unicity is not None:
        _require(any(f["name"] == unicity for f in fields), f"unicity field {unicity!r} is not one of the fields")
    unicity_fields = [f["name"] for f in fields if f["isUnicity"]]
    _require(len(unicity_fields) == 1, f"exactly one field must be the unicity field, found {unicity_fields or 'none'}")
    return tuple(fields)


def _targets(given: Iterable[Mapping[str, Any]], names: set[str], unicity: str) -> tuple[dict[str, Any], ...]:
    targets: list[dict[str, Any]] = []
    seen_ids: set[str] = set()
    seen_values: set[str] = set()
    for number, raw in enumerate(given):
        item = _mapping(raw, "targets")
        values = (
            item["fields"] if isinstance(item.get("fields"), Mapping) else {k: v for k, v in item.items() if k != "id"}
        )
        target_id = str(item.get("id") or nth_target_id(number))
        unknown = sorted(set(values) - names)
        _require(not unknown, f"target {target_id}: unknown fields {unknown}; the account's fields are {sorted(names)}")
        value = values.get(unicity)
        _require(
            isinstance(value, str) and bool(value), f"target {target_id}: no value for the unicity field {unicity!r}"
        )
        _require(value not in seen_values, f"target {target_id}: unicity value {value!r} already taken")
        _require(target_id not in seen_ids, f"target id {target_id} appears twice")
        seen_ids.add(target_id)
        seen_values.add(str(value))
        targets.append({"id": target_id, "fields": dict(values)})
    return tuple(targets)


def _segments(
    given: Iterable[Mapping[str, Any]], targets: Sequence[Mapping[str, Any]], unicity: str
) -> tuple[dict[str, Any], ...]:
    by_unicity = {t["fields"][unicity]: t["id"] for t in targets}
    ids = {t["id"] for t in targets}
    segments: list[dict[str, Any]] = []
    for number, raw in enumerate(given, start=1):
        item = _mapping(raw, "segments")
        item.setdefault("id", number)
        item.setdefault("type", "static")
        item.setdefault("name", f"Segment {item['id']}")
        _require(isinstance(item["id"], int) and not isinstance(item["id"], bool), "segment ids must be integers")
        members = []
        for reference in item.pop("targets", None) or ():
            target_id = reference if reference in ids else by_unicity.get(reference)
            _require(
                target_id is not None, f"segment {item['id']}: no target has the id or unicity value {reference!r}"
            )
            members.append(target_id)
        item["targets"] = list(dict.fromkeys(members))
        item["targetsCount"] = len(item["targets"])
        segments.append(item)
    _require(len({s["id"] for s in segments}) == len(segments), "segment ids must be distinct")
    return tuple(segments)


def _actions(given: Iterable[Mapping[str, Any]]) -> tuple[dict[str, Any], ...]:
    actions: list[dict[str, Any]] = []
    for number, raw in enumerate(given, start=1):
        item = _mapping(raw, "actions")
        item["id"] = str(item.get("id", number))
        item.setdefault("type", EMAIL_ACTION_TYPE)
        item.setdefault("name", f"Action {item['id']}")
        item.setdefault("creationDate", format_datetime(SEED_TIME))
        informations = dict(item.get("informations") or {})
        state = item.pop("state", informations.get("state"))
        try:
            informations["state"] = int(state_of(state))
        except ValueError as exc:
            raise ValueError(f"action {item['id']}: {exc}") from exc
        item["informations"] = informations
        actions.append(item)
    _require(len({a["id"] for a in actions}) == len(actions), "action ids must be distinct")
    return tuple(actions)


def is_sms(action: Mapping[str, Any]) -> bool:
    """Whether an action is an SMS action (its body media type is application/vnd.np6.cm.sms)."""
    return "sms" in str(action.get("type", "")).lower()
