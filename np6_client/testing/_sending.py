"""What sending one message does: the result NP6 answers and the events it, then its recipient, cause.

Every message is recorded as an `execution` when NP6 takes it and an `activation` one second later
when it leaves for the recipient. Fake recipients then behave by their address, so tests can
choose what happens (`RECIPIENT_BEHAVIOURS`): an address whose local part holds "bounce" bounces
(hard) five seconds later; any other email address opens the message a minute later, and also
clicks a link (90 s) with "click" or unsubscribes (2 min) with "unsubscribe" in its local part.
SMS have no open tracking: they stop at the activation.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from np6_client.testing._account import is_sms
from np6_client.testing._event_log import LoggedEvent
from np6_client.testing._state import Store, TargetRecord

IDENTITY = {"type": "customer", "agency": "FAKE", "customer": "001"}
ACTIVATION_DELAY_MS = 1_000
_NAMESPACE = uuid.UUID("6f1c7a52-3d0e-4a8b-9c55-1e2f3a4b5c6d")
_BOUNCE = {
    "status": {
        "type": "sync",
        "code": {"enhanced": "5.1.1"},
        "diagnostic": "bad destination mailbox address",
        "mta": "",
    },
    "analysis": {"verdict": "hard", "subject": {"type": "address"}},
}

RECIPIENT_BEHAVIOURS: tuple[tuple[str, str, str | None, int], ...] = (
    # (word in the address's local part, event kind, hit kind, ms after the send); "" matches every address
    ("bounce", "bounce", None, 5_000),
    ("", "hit", "open", 60_000),
    ("click", "hit", "redirection", 90_000),
    ("unsubscribe", "hit", "unsubscribe", 120_000),
)


def stable_uuid(*parts: object) -> str:
    """A UUID that is a pure function of its parts, so that runs repeat."""
    return str(uuid.uuid5(_NAMESPACE, "/".join(str(part) for part in parts)))


@dataclass(frozen=True)
class Recipient:
    """Who a message goes to: a known target, or why none could be found."""

    target: TargetRecord | None
    problem: str | None = None


def find_recipient(store: Store, recipient: object) -> Recipient:
    """The target a message's `recipient` names (by id, unicity value, hash or footprint).

    `problem` is set when the recipient is missing or names nothing (the whole request is refused);
    `target` is None when it names a target that does not exist (that message fails).
    """
    if not isinstance(recipient, Mapping) or not recipient:
        return Recipient(None, "a message has no recipient")
    kind = recipient.get("type")
    value = recipient.get("value")
    by = {"id": recipient.get("id"), "unicity": _single(recipient.get("unicity")), "hash": recipient.get("hash")}
    if kind in by and isinstance(value, str | list):
        by[str(kind)] = _single(value)
    if not any(isinstance(v, str) and v for v in by.values()):
        return Recipient(None, "a message's recipient names no target (id, unicity or hash)")
    if isinstance(by["id"], str) and by["id"]:
        return Recipient(store.targets.get(by["id"]))
    if isinstance(by["unicity"], str) and by["unicity"]:
        return Recipient(store.target_by_unicity(by["unicity"]))
    return Recipient(store.target_by_hash(str(by["hash"])))


def _single(value: object) -> object:
    """A unicity value given as NP6's one-string-per-criterion array, as the one string it holds."""
    return value[0] if isinstance(value, list) and len(value) == 1 else value


def footprint(store: Store, target: TargetRecord) -> dict[str, Any]:
    """How NP6 names a recipient in results and events."""
    unicity = target.fields.get(store.unicity_field)
    return {"type": "footprint", "id": target.id, "unicity": str(unicity or ""), "hash": target.hash}


def success(message_id: str, recipient: Mapping[str, Any]) -> dict[str, Any]:
    """The result of a message sent to a target of the account."""
    return {"type": "success", "id": message_id, "recipient": dict(recipient)}


def failure(recipient: object, number: int) -> dict[str, Any]:
    """The result of a message whose recipient is not a target of the account."""
    return {
        "type": "failure",
        "id": stable_uuid("message", number),
        "recipient": dict(recipient) if isinstance(recipient, Mapping) else {},
        "reason": "no target of the account matches the recipient",
    }


def send(store: Store, action: Mapping[str, Any], target: TargetRecord, message: Mapping[str, Any]) -> dict[str, Any]:
    """Record one message's events and answer its execution result."""
    number = store.next_message_number()
    now = store.clock.now_ms()
    message_id = stable_uuid("message", number)
    stamp = {"time": now, "id": message_id, "thread": stable_uuid("thread", number)}
    who = footprint(store, target)
    action_id = str(action.get("id"))
    sms = is_sms(action)
    address = str(target.fields.get("mobile" if sms else store.unicity_field) or who["unicity"])
    execution = {
        "id": action_id,
        "kind": "message",
        "recipient": who,
        "data": dict(message.get("data") or {}),
        "stamp": stamp,
    }
    activation = {"id": action_id, "kind": "message", "receiver": who, "stamp": stamp, "recipient": address}
    medium = "sms" if sms else "email"
    planned: list[tuple[str, int, dict[str, Any], str | None]] = [
        ("execution", now, {"execution": execution}, None),
        ("activation", now + ACTIVATION_DELAY_MS, {"activation": activation}, None),
    ]
    if not sms:
        planned += _reactions(address, now, activation)
    seq = store.events.next_seq()
    events = [
        LoggedEvent(
            seq=seq + n,
            timestamp=moment,
            kind=kind,
            body={
                "type": kind,
                "id": stable_uuid("event", seq + n),
                "timestamp": moment,
                "identity": dict(IDENTITY),
                "source": {"type": medium, "detail": detail},
            },
            action_id=action_id,
            target_id=target.id,
            hit=hit,
            activation_ms=None if kind in ("execution", "activation") else now + ACTIVATION_DELAY_MS,
        )
        for n, (kind, moment, detail, hit) in enumerate(planned)
    ]
    store.events.record(events)
    return success(message_id, who)


def _reactions(
    address: str, now: int, activation: Mapping[str, Any]
) -> list[tuple[str, int, dict[str, Any], str | None]]:
    local = address.split("@", 1)[0].lower()
    bounces = any(word == "bounce" and word in local for word, *_ in RECIPIENT_BEHAVIOURS)
    reactions: list[tuple[str, int, dict[str, Any], str | None]] = []
    for word, kind, hit, delay in RECIPIENT_BEHAVIOURS:
        if kind == "bounce" and bounces:
            reactions.append(("bounce", now + delay, {"activation": dict(activation), "bounce": _BOUNCE}, None))
        elif kind == "hit" and not bounces and word in local:
            reactions.append(("hit", now + delay, {"activation": dict(activation), "hit": {"type": hit}}, hit))
    return reactions
