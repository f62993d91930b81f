"""A tour of np6-client: a fake NP6 server on loopback, real calls through the SDK."""

from __future__ import annotations

import asyncio
import time
import warnings

from np6_client import (
    BadRequestError,
    Checkpoint,
    ConflictError,
    EventPoller,
    InvalidRequestError,
    NotFoundError,
    NP6Client,
)
from np6_client.api import email_sms
from np6_client.models import (
    ActionState,
    EmailMessageDefinition,
    RenderContextDisplay,
    RenderLinksDefinitionDict,
    TargetFieldFilter,
)
from np6_client.testing import FakeNP6

API_KEY = "demo-key-not-a-secret"
EVENTS = 200_000


def step(title: str) -> None:
    print(f"\n▸ {title}")


def show(label: str, value: object) -> None:
    print(f"    {label:<26} {value}")


async def segments_and_targets(np6: NP6Client) -> None:
    step("Add 120 targets to static segment 1 (NP6 takes at most 50 per call)")
    ids = [f"DEMO{n:04d}" for n in range(120)]
    for batch in await np6.add_targets_to_segment(1, ids):
        show(f"batch {batch.index} ({len(batch.target_ids)} ids)", f"{batch.added} added")
    members = await np6.segment.list_segment_targets(1)
    show("segment 1 now holds", f"{len(members)} targets: {', '.join(members[:3])}, …")

    step("Refuse bad input before sending it")
    try:
        await np6.segment.add_segment_targets(1, ids[:51])
    except InvalidRequestError as exc:
        show("51 ids in one call", f"InvalidRequestError: {exc}")
    try:
        await np6.email_sms.render_action_messages("2", {"receiver": {"type": "id"}})  # type: ignore[arg-type]
    except InvalidRequestError as exc:
        show("a mapping for a list", f"InvalidRequestError: {exc}")

    step("Read and update target 000PKXK4 (fields answered by field id, as NP6 does)")
    target = await np6.contact.get_target("000PKXK4", TargetFieldFilter())
    show("target", target)
    updated = await np6.contact.update_target("000PKXK4", {"firstname": "Ada", "6": "Lyon"})  # a name, an id
    show("fields after update", updated.fields.to_dict() if updated.fields else {})
    if updated.bounce:
        bounce = updated.bounce[0]
        show("first bounce", f"{bounce.type_!r} on field {bounce.field} at {bounce.timestamp}")

    step("Create, upsert and delete a contact (POST /targets, PUT /targets?unicity=)")
    created = await np6.contact.create_target({"email": "demo@shop.test", "firstname": "Demo"})
    show(f"created {created.id}", created.fields.to_dict() if created.fields else {})
    upserted = await np6.contact.upsert_target({"3": "User"}, unicity=["demo@shop.test"])
    show("upserted", upserted.fields.to_dict() if upserted.fields else {})
    try:
        await np6.contact.create_target({"email": "demo@shop.test"})
    except ConflictError as exc:
        show("created again", f"ConflictError {exc.status_code}, body {exc.body_excerpt!r}")
    try:
        await np6.contact.create_target({"firstname": "Nobody"})
    except BadRequestError as exc:
        show("no unicity value", f"BadRequestError: {exc.body_excerpt}")
    await np6.contact.delete_target(str(created.id))


async def actions(np6: NP6Client) -> None:
    step("Create an action: NP6 answers 201 with a Location header, the SDK returns the new id")
    created = await np6.email_sms.create_action(
        {"type": "mailMessage", "name": "welcome", "informations": {"state": ActionState.STATE_10}}
    )
    show("created", created)
    show("read back", (await np6.email_sms.get_action(created.id)).name)

    step("Render the links of action 2: a plain dict body, checked against the spec before sending")
    definition: RenderLinksDefinitionDict = {
        "receiver": {"type": "id", "value": "000PKXK4"},
        "context": {"id": "welcome-mail", "display": RenderContextDisplay.DISPLAY_2},
        "links": [{"type": "system", "destination": {"name": n}} for n in ("home", "unsubscribe")],
    }
    rendered = await np6.email_sms.render_action_links("2", definition)
    for link in rendered.links or []:
        show(f"{rendered.type_} link", link)

    step("Export openers of action 2 (NP6 answers 204 No Content; the operation is deprecated)")
    detailed = await np6.email_sms.export_action_opens.detailed("2")
    show("status, request id", f"{int(detailed.status_code)}, {detailed.request_id}")

    step("Call a path the public reference does not print, through the same transport")
    try:
        await np6.request("POST", "/notifications/{id}/activation", path={"id": 42}, json={})
    except NotFoundError as exc:
        show("np6.request(...)", f"{type(exc).__name__} from the fake, which does not know it either")


async def events_and_errors(np6: NP6Client) -> None:
    step(f"Stream {EVENTS:,} activation events of notification 42, sorted, in flat memory")
    started = time.perf_counter()
    kinds: dict[str, int] = {}
    first = None
    stream = np6.notification.list_notification_activations.stream(42, sort="asc")
    async for event in stream:
        first = first or event
        kinds[str(event.type_)] = kinds.get(str(event.type_), 0) + 1
    elapsed = time.perf_counter() - started
    total = sum(kinds.values())
    show("events", f"{total:,} in {elapsed:.2f}s ({total / elapsed:,.0f}/s) by type {kinds}")
    show("answer", f"HTTP {stream.status_code}, x-request-id {stream.request_id}")
    if first is not None:
        who = first.identity.to_dict() if first.identity else "-"
        show("first event", f"{first.type_} {first.id} at {first.timestamp} ms for {who}")

    step("Leave a stream early: the connection closes at once")
    async for event in np6.notification.list_notification_executions.stream(42):
        show("took one and stopped", f"{event.type_} {event.id}")
        break

    step("Errors are typed, never a silent None")
    await np6.contact.delete_target("000PKXK6")
    try:
        await np6.contact.get_target("000PKXK6", timeout=5, max_retries=0)
    except NotFoundError as exc:
        show("after delete", f"{type(exc).__name__}: {exc}")

    step("Clear segment 1")
    await np6.segment.clear_segment_targets(1)
    show("segment 1 now holds", f"{len(await np6.segment.list_segment_targets(1))} targets")


async def tour(url: str) -> None:
    async with NP6Client(api_key=API_KEY, base_url=url) as np6:
        print(f"np6-client talking to the fake NP6 server at {url}")
        await segments_and_targets(np6)
        await actions(np6)
        await events_and_errors(np6)


def main() -> None:
    warnings.simplefilter("ignore", DeprecationWarning)  # the tour uses deprecated operations on purpose
    fake = FakeNP6(api_keys=(API_KEY,), event_count=EVENTS)
    with fake.serve() as url:
        asyncio.run(tour(url))
    print(f"\nThe fake server received {len(fake.requests)} requests; all done.")


# ----------------------------------------------------------------------------------------------
# Second part: an action's lifecycle and an event poll from a checkpoint, on a fake NP6 whose
# clock the demo drives (so the recipients' opens and bounces arrive when it says).
# ----------------------------------------------------------------------------------------------


async def lifecycle_and_events(np6: NP6Client, fake: FakeNP6) -> None:
    """Create an email action, validate it for test then production, send it, poll its events."""

    async def state(action_id: str) -> object:
        action = await np6.email_sms.get_action(action_id)
        return action.informations.state if action.informations else None

    step("The account's unicity field (GET /fields)")
    fields = await np6.field.list_fields()
    show("unicity field", next(f.name for f in fields if f.is_unicity))

    step("An email action through its lifecycle")
    created = await np6.email_sms.create_action({"type": "mailMessage", "name": "Welcome", "description": "first mail"})
    action_id = created.id
    show(f"created action {action_id}", f"state {await state(action_id)}")
    recipients = ["alice.0@example.com", "bruno.1@example.com"]
    message = EmailMessageDefinition.from_dict({"recipient": {"type": "unicity", "value": [recipients[0]]}})
    try:
        await np6.email_sms.send_action_messages(action_id, [message])
    except ConflictError as exc:
        show("send before validation", f"ConflictError {exc.status_code} (x-request-id {exc.request_id})")
    await np6.email_sms.validate_action(action_id, {"fortest": True})
    show("validated for test", f"state {await state(action_id)}")
    await np6.email_sms.validate_action(action_id, {"fortest": False})
    show("validated for production", f"state {await state(action_id)}")
    try:
        await np6.email_sms.validate_action(action_id, {"fortest": False})
    except ConflictError as exc:
        show("validated again", f"ConflictError {exc.status_code}: already done")

    step("Send it to two recipients: one result each")
    # NP6 takes a unicity value as an array of strings, one per unicity criterion.
    bodies = [EmailMessageDefinition.from_dict({"recipient": {"type": "unicity", "value": [r]}}) for r in recipients]
    for result in await np6.email_sms.send_action_messages(action_id, bodies):
        who = result.recipient.unicity if result.recipient else "-"
        show(f"{result.type_} {str(result.id)[:8]}…", who)

    step("Poll /actions/events?sort=asc&start=<checkpoint>, twice, with EventPoller")
    checkpoint = Checkpoint(last_timestamp=fake.clock.now_ms())
    for wait in (2, 120):
        fake.clock.advance(wait)
        poller = EventPoller(email_sms.list_action_events.stream, client=np6, checkpoint=checkpoint)
        kinds = [str(event.type_) async for event in poller.poll()]
        checkpoint = Checkpoint.from_json(poller.checkpoint.to_json())  # what a service would store
        show(f"after {wait:>3} s: {len(kinds)} new", ", ".join(kinds))
    show("checkpoint stored", checkpoint.to_json()[:60] + "…")


def lifecycle_demo() -> None:
    """The second part's own fake, so it does not depend on the first part."""
    fake = FakeNP6(api_keys=(API_KEY,), event_count=0)
    fake.clock.set(fake.clock.now())

    async def run(url: str) -> None:
        async with NP6Client(api_key=API_KEY, base_url=url) as np6:
            await lifecycle_and_events(np6, fake)

    with fake.serve() as url:
        asyncio.run(run(url))
    statuses = sorted({r.status for r in fake.requests if r.status is not None})
    print(f"\nThe second fake answered {len(fake.requests)} requests with statuses {statuses}.")


if __name__ == "__main__":
    main()
    lifecycle_demo()
