"""A consumer's whole integration against the fake, through the public SDK, with no fault scripted.

Look up the unicity field, create an email action, validate it for test then for production
(a repeated validation's 409 is "already done"), send to one target and to several, poll
`/actions/events?sort=asc&start=...` from a checkpoint, and add targets to a segment in batches.
The fixtures are the pytest plugin's (`np6_fake`, `np6_fake_client`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest

from np6_client import ConflictError, NP6Client
from np6_client.api import email_sms
from np6_client.api import field as fields_api
from np6_client.models import (
    Action,
    ActionEvent,
    ActionExecutionResultRecipient,
    ActionInformations,
    ActionValidation,
    EmailMessageDefinition,
    EventSort,
)
from np6_client.testing import FakeNP6

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
START_MS = 1_772_442_000_000
TARGETS = [{"email": f"user{n}@example.com", "firstname": f"User{n}"} for n in range(58)] + [
    {"email": "bounce@example.com", "firstname": "Bounce"},
    {"email": "click.fan@example.com", "firstname": "Clicks"},
]


@dataclass
class Checkpoint:
    """The last timestamp seen and the ids seen at it: `start` is inclusive, so they come again."""

    timestamp: int | None = None
    ids_at_timestamp: set[str] = field(default_factory=set)

    def fresh(self, events: list[ActionEvent]) -> list[ActionEvent]:
        """The events not seen before, and the checkpoint moved past them."""
        new = [e for e in events if not (e.timestamp == self.timestamp and str(e.id) in self.ids_at_timestamp)]
        for event in new:
            assert isinstance(event.timestamp, int)
            if self.timestamp is None or event.timestamp > self.timestamp:
                self.timestamp, self.ids_at_timestamp = event.timestamp, set()
            if event.timestamp == self.timestamp:
                self.ids_at_timestamp.add(str(event.id))
        return new


async def poll(np6: NP6Client, checkpoint: Checkpoint) -> tuple[list[ActionEvent], list[ActionEvent]]:
    """(everything the export answered, what was new to the checkpoint)."""
    start = START_MS if checkpoint.timestamp is None else checkpoint.timestamp
    answered = await email_sms.list_action_events.asyncio(client=np6, sort=EventSort.ASC, start=start)
    return answered, checkpoint.fresh(answered)


def message_to(address: str) -> EmailMessageDefinition:
    return EmailMessageDefinition.from_dict({"recipient": {"type": "unicity", "value": address}})


async def state_of(np6: NP6Client, action_id: str) -> int:
    action = await email_sms.get_action.asyncio(action_id, client=np6)
    assert isinstance(action.informations, ActionInformations)
    return int(action.informations.state)  # type: ignore[arg-type]


@pytest.mark.np6_fake(event_count=3)
async def test_the_whole_integration_flow(np6_fake: FakeNP6, np6_fake_client: NP6Client) -> None:
    np6 = np6_fake_client
    np6_fake.load(targets=TARGETS)
    np6_fake.clock.set(START)

    # 1. The account's unicity field.
    fields = await fields_api.list_fields.asyncio(client=np6)
    unicity = [f.name for f in fields if f.is_unicity is True]
    assert unicity == ["email"]
    assert len(fields) == 6

    # 2. An email action, created from what was sent.
    created = await email_sms.create_action.asyncio_detailed(
        client=np6,
        body=Action.from_dict({"type": "mailMessage", "name": "Welcome", "description": "first mail"}),
    )
    assert created.status_code == 201
    action_id = created.headers["location"].rsplit("/", 1)[1]
    action = await email_sms.get_action.asyncio(action_id, client=np6)
    assert (action.name, action.description) == ("Welcome", "first mail")
    assert action.creation_date == START
    assert await state_of(np6, action_id) == 10

    # 3. Targets into a segment, in batches of at most 50.
    ids = np6_fake.target_ids
    batches = await np6.add_targets_to_segment(4, ids)
    assert [(len(b.target_ids), b.added) for b in batches] == [(50, 50), (10, 10)]
    again = await np6.add_targets_to_segment(4, ids[45:55])
    assert [b.added for b in again] == [0]

    # 4. Sends are refused until the action is validated for production.
    with pytest.raises(ConflictError):
        await email_sms.send_action_message.asyncio(action_id, client=np6, body=message_to("user1@example.com"))

    # 5. Validation for test, then for production; a repeat is a 409, i.e. already done.
    await email_sms.validate_action.asyncio(
        action_id, client=np6, body=ActionValidation(fortest=True, test_segments=[4])
    )
    assert await state_of(np6, action_id) == 38
    await email_sms.validate_action.asyncio(action_id, client=np6, body=ActionValidation(fortest=False))
    assert await state_of(np6, action_id) == 50
    with pytest.raises(ConflictError) as repeat:
        await email_sms.validate_action.asyncio(action_id, client=np6, body=ActionValidation(fortest=False))
    assert repeat.value.status_code == 409
    assert repeat.value.request_id is not None
    assert repeat.value.body_excerpt == ""
    assert await state_of(np6, action_id) == 50

    # 6. One target, then several: one result per message, matched to its recipient.
    one = await email_sms.send_action_message.asyncio(action_id, client=np6, body=message_to("user0@example.com"))
    assert one.type_ == "success"
    assert isinstance(one.recipient, ActionExecutionResultRecipient)
    assert one.recipient.unicity == "user0@example.com"
    several = ["user1@example.com", "bounce@example.com", "click.fan@example.com"]
    results = await email_sms.send_action_messages.asyncio(
        action_id, client=np6, body=[message_to(address) for address in several]
    )
    assert [r.recipient.unicity for r in results if isinstance(r.recipient, ActionExecutionResultRecipient)] == several
    assert [r.type_ for r in results] == ["success"] * 3
    assert len({str(r.id) for r in [one, *results]}) == 4

    # 7. Two polls from a checkpoint: every event of the sends is seen exactly once.
    checkpoint = Checkpoint()
    np6_fake.clock.advance(2)
    first_answer, first = await poll(np6, checkpoint)
    assert sorted(str(e.type_) for e in first) == ["activation"] * 4 + ["execution"] * 4
    np6_fake.clock.advance(timedelta(minutes=2))
    second_answer, second = await poll(np6, checkpoint)
    assert len(second_answer) > len(second)  # `start` is inclusive: the checkpoint's events came back
    assert sorted(str(e.type_) for e in second) == ["bounce"] + ["hit"] * 4
    seen = [str(e.id) for e in first + second]
    assert len(seen) == len(set(seen))
    assert set(seen) == {e["id"] for e in np6_fake.recorded_events()}
    timestamps = [e.timestamp for e in first_answer + second_answer]
    assert all(isinstance(t, int) and t >= START_MS for t in timestamps)

    statuses = [(r.method, r.path, r.status) for r in np6_fake.requests if r.status == 409]
    assert statuses == [
        ("POST", f"/actions/{action_id}/execution", 409),
        ("POST", f"/actions/{action_id}/validation", 409),
    ]
