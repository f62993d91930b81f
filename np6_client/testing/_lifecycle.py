"""The life of an action, as ONE table: each state, what it means, and what each command does there.

The reference lists the `ActionState` values (10, 20, 30, 35, 36, 38, 40, 50, 55, 60) without their
meanings; NP6's integration guide describes 10 created -> 20 -> 38 validated for test -> 50
validated for production. The other meanings are the fake's reading (docs/fake.md says so).

A command's cell holds either the states the action passes through (the last is where it stays) or
the status that refuses the command: 409 for a repeat or a state that does not allow it, 410 once
the action has been sent, 400 for an unvalidation (the reference lists no 409 for it).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Literal

Command = Literal["validate_for_test", "validate_for_production", "unvalidate"]


class ActionState(IntEnum):
    """`informations.state` of an action."""

    CREATED = 10
    TEST_REQUESTED = 20
    TEST_PREPARED = 30
    TEST_SENDING = 35
    TEST_ANALYSED = 36
    VALIDATED_FOR_TEST = 38
    VALIDATION_REQUESTED = 40
    VALIDATED_FOR_PRODUCTION = 50
    SENDING = 55
    SENT = 60


Cell = tuple[ActionState, ...] | int


@dataclass(frozen=True)
class Row:
    """One state of the table."""

    meaning: str
    validate_for_test: Cell
    validate_for_production: Cell
    unvalidate: Cell
    can_send: bool = False


S = ActionState
LIFECYCLE: dict[ActionState, Row] = {
    # state: meaning, POST validation {"fortest": true}, POST validation {"fortest": false}, DELETE validation, sends
    S.CREATED: Row("created, editable", (S.TEST_REQUESTED, S.TEST_SENDING, S.VALIDATED_FOR_TEST), 409, (S.CREATED,)),
    S.TEST_REQUESTED: Row("test requested", 409, 409, (S.CREATED,)),
    S.TEST_PREPARED: Row("test prepared", 409, 409, (S.CREATED,)),
    S.TEST_SENDING: Row("test proofs being sent", 409, 409, (S.CREATED,)),
    S.TEST_ANALYSED: Row("test analysed by the campaign analyser", 409, 409, (S.CREATED,)),
    S.VALIDATED_FOR_TEST: Row(
        "validated for test", 409, (S.VALIDATION_REQUESTED, S.VALIDATED_FOR_PRODUCTION), (S.CREATED,)
    ),
    S.VALIDATION_REQUESTED: Row("validation for production requested", 409, 409, (S.VALIDATED_FOR_TEST,)),
    S.VALIDATED_FOR_PRODUCTION: Row("validated for production", 409, 409, (S.VALIDATED_FOR_TEST,), can_send=True),
    S.SENDING: Row("being sent", 410, 410, 400, can_send=True),
    S.SENT: Row("sent", 410, 410, 400),
}


@dataclass(frozen=True)
class CommandOutcome:
    """What a command did: the states passed through, or the status refusing it."""

    path: tuple[ActionState, ...] = ()
    refusal: int | None = None

    @property
    def final(self) -> ActionState | None:
        """The state the action ends in, None when refused."""
        return self.path[-1] if self.path else None


def apply(command: Command, state: ActionState) -> CommandOutcome:
    """The outcome of `command` on an action in `state`."""
    cell: Cell = getattr(LIFECYCLE[state], command)
    return CommandOutcome(refusal=cell) if isinstance(cell, int) else CommandOutcome(path=cell)


def can_send(state: ActionState) -> bool:
    """Whether messages of an action in this state reach recipients (else the send answers 409)."""
    return LIFECYCLE[state].can_send


def state_of(value: object) -> ActionState:
    """An `ActionState` from a stored or loaded value (missing means created)."""
    if value is None:
        return S.CREATED
    if isinstance(value, bool) or not isinstance(value, int) or value not in ActionState._value2member_map_:
        raise ValueError(f"not an action state: {value!r} (one of {', '.join(str(int(s)) for s in ActionState)})")
    return ActionState(value)
