"""A tour of np6-client: a fake NP6 server on loopback, real calls through the SDK."""

from __future__ import annotations

import asyncio
import time

from np6_client import InvalidRequestError, NotFoundError, NP6Client
from np6_client.api import contact, email_sms, notification, segment
from np6_client.models import (
    EventSort,
    RenderContext,
    RenderLink,
    RenderLinksDefinition,
    RenderReceiver,
    TargetFieldFilter,
    TargetUpdate,
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
    members = await segment.list_segment_targets.asyncio(1, client=np6)
    show("segment 1 now holds", f"{len(members)} targets: {', '.join(members[:3])}, …")

    step("Refuse bad input before sending it")
    try:
        await segment.add_segment_targets.asyncio(1, client=np6, body=ids[:51])
    except InvalidRequestError as exc:
        show("51 ids in one call", f"InvalidRequestError: {exc}")

    step("Read and update target 000PKXK4 (GET with a vendor body type, then PUT)")
    target = await contact.get_target.asyncio("000PKXK4", client=np6, body=TargetFieldFilter())
    show("fields", target.fields.to_dict() if target.fields else {})
    updated = await contact.update_target.asyncio(
        "000PKXK4", client=np6, body=TargetUpdate.from_dict({"firstname": "Ada", "city": "Lyon"})
    )
    show("fields after update", updated.fields.to_dict() if updated.fields else {})
    if updated.bounce:
        bounce = updated.bounce[0]
        show("first bounce", f"{bounce.type_} on field {bounce.field} at {bounce.timestamp}")


async def actions(np6: NP6Client) -> None:
    step("Render the links of action 2")
    definition = RenderLinksDefinition(
        receiver=RenderReceiver.from_dict({"type": "id", "value": "000PKXK4"}),
        context=RenderContext(id="welcome-mail"),
        links=[RenderLink.from_dict({"type": "system", "destination": {"name": n}}) for n in ("home", "unsubscribe")],
    )
    rendered = await email_sms.render_action_links.asyncio("2", client=np6, body=definition)
    for link in rendered.links or []:
        show(f"{rendered.type_} link", link)

    step("Export openers of action 2 (NP6 answers 204 No Content)")
    detailed = await email_sms.export_action_opens.asyncio_detailed("2", client=np6)
    show("status", int(detailed.status_code))


async def events_and_errors(np6: NP6Client) -> None:
    step(f"Stream {EVENTS:,} activation events of notification 42, sorted, in flat memory")
    started = time.perf_counter()
    kinds: dict[str, int] = {}
    first = None
    async for event in notification.list_notification_activations.stream(42, client=np6, sort=EventSort.ASC):
        first = first or event
        kinds[str(event.type_)] = kinds.get(str(event.type_), 0) + 1
    elapsed = time.perf_counter() - started
    total = sum(kinds.values())
    show("events", f"{total:,} in {elapsed:.2f}s ({total / elapsed:,.0f}/s) by type {kinds}")
    if first is not None:
        who = first.identity.to_dict() if first.identity else "-"
        show("first event", f"{first.type_} {first.id} at {first.timestamp} ms for {who}")

    step("Leave a stream early: the connection closes at once")
    async for event in notification.list_notification_executions.stream(42, client=np6):
        show("took one and stopped", f"{event.type_} {event.id}")
        break

    step("Errors are typed, never a silent None")
    await contact.delete_target.asyncio("000PKXK6", client=np6)
    try:
        await contact.get_target.asyncio("000PKXK6", client=np6)
    except NotFoundError as exc:
        show("after delete", f"{type(exc).__name__}: {exc}")

    step("Clear segment 1")
    await segment.clear_segment_targets.asyncio(1, client=np6)
    show("segment 1 now holds", f"{len(await segment.list_segment_targets.asyncio(1, client=np6))} targets")


async def tour(url: str) -> None:
    async with NP6Client(api_key=API_KEY, base_url=url) as np6:
        print(f"np6-client talking to the fake NP6 server at {url}")
        await segments_and_targets(np6)
        await actions(np6)
        await events_and_errors(np6)


def main() -> None:
    fake = FakeNP6(api_keys=(API_KEY,), event_count=EVENTS)
    with fake.serve() as url:
        asyncio.run(tour(url))
    print(f"\nThe fake server received {len(fake.requests)} requests; all done.")


if __name__ == "__main__":
    main()
