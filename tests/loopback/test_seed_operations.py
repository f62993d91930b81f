"""Each seed operation through the SDK against the fake on loopback: wire format and parsing."""

import datetime as dt
import json
import uuid
from typing import Any

import pytest

from np6_client import NotFoundError, NP6Client
from np6_client.api import contact, email_sms, notification, segment
from np6_client.models import (
    Bounce,
    BounceType,
    EventSort,
    NotificationEvent,
    RenderContext,
    RenderContextDisplay,
    RenderLink,
    RenderLinksDefinition,
    RenderReceiver,
    TargetDetail,
    TargetDetailFields,
    TargetFieldFilter,
    TargetFields,
    TargetUpdate,
)
from np6_client.testing import FakeNP6, RecordedRequest

from .conftest import API_KEY


def last(fake: FakeNP6) -> RecordedRequest:
    return fake.requests[-1]


async def test_add_list_and_clear_segment_targets(np6: NP6Client, fake: FakeNP6) -> None:
    ids = ["000PKXK4", "000PKXK5", "000PKXK6"]
    assert await segment.add_segment_targets.asyncio(2, client=np6, body=ids) == 3
    put = last(fake)
    assert (put.method, put.path) == ("PUT", "/segments/2/targets")
    assert put.headers["x-key"] == API_KEY
    assert put.headers["content-type"] == "application/json"
    assert json.loads(put.body) == ids

    listed = await segment.list_segment_targets.asyncio(2, client=np6)
    assert listed == ids
    assert (last(fake).method, last(fake).path, last(fake).body) == ("GET", "/segments/2/targets", b"")

    await segment.clear_segment_targets.asyncio(2, client=np6)
    assert (last(fake).method, last(fake).path) == ("DELETE", "/segments/2/targets")
    assert await segment.list_segment_targets.asyncio(2, client=np6) == []


async def test_get_target_sends_the_vendor_content_type(np6: NP6Client, fake: FakeNP6) -> None:
    target = await contact.get_target.asyncio("000PKXK4", client=np6, body=TargetFieldFilter())
    request = last(fake)
    assert (request.method, request.path) == ("GET", "/targets/000PKXK4")
    assert request.headers["content-type"] == "application/vnd.mperf.v8.model.v1+json"
    assert json.loads(request.body) == {}
    assert target.id == "000PKXK4"
    assert isinstance(target.creation_date, dt.datetime)
    assert isinstance(target.fields, TargetFields)
    assert target.fields.additional_properties  # open object kept as received


async def test_update_target_parses_bounces_and_red_list(np6: NP6Client, fake: FakeNP6) -> None:
    body = TargetUpdate.from_dict({"firstname": "Ada", "city": "Lyon"})
    updated = await contact.update_target.asyncio("000PKXK5", client=np6, body=body)
    request = last(fake)
    assert (request.method, request.path, request.headers["content-type"]) == (
        "PUT",
        "/targets/000PKXK5",
        "application/json",
    )
    assert json.loads(request.body) == {"firstname": "Ada", "city": "Lyon"}
    assert isinstance(updated, TargetDetail)
    assert isinstance(updated.fields, TargetDetailFields)
    assert updated.fields.additional_properties["2"] == "Ada"  # firstname, answered by field id
    assert updated.bounce
    assert isinstance(updated.bounce[0], Bounce)
    assert updated.bounce[0].type_ is BounceType.VALIDE or updated.bounce[0].type_ in set(BounceType)
    assert updated.red_list is not None


async def test_delete_target_then_404(np6: NP6Client, fake: FakeNP6) -> None:
    await contact.delete_target.asyncio("000PKXK7", client=np6)
    assert (last(fake).method, last(fake).path) == ("DELETE", "/targets/000PKXK7")
    with pytest.raises(NotFoundError) as info:
        await contact.get_target.asyncio("000PKXK7", client=np6)
    assert info.value.status_code == 404
    assert info.value.path == "/targets/000PKXK7"


@pytest.mark.parametrize("operation", [email_sms.export_action_opens, email_sms.export_action_clicks])
async def test_exports_answer_no_content(np6: NP6Client, fake: FakeNP6, operation: Any) -> None:
    detailed = await operation.asyncio_detailed("3", client=np6)
    assert detailed.status_code == 204
    assert detailed.parsed is None
    kind = "opens" if operation is email_sms.export_action_opens else "clicks"
    assert (last(fake).method, last(fake).path) == ("GET", f"/actions/3/export/tracking/{kind}")


async def test_render_links_round_trip(np6: NP6Client, fake: FakeNP6) -> None:
    definition = RenderLinksDefinition(
        receiver=RenderReceiver.from_dict({"type": "id", "value": "000PKXK4"}),
        context=RenderContext(id="m-1", display=RenderContextDisplay.DISPLAY_2, render=7),
        links=[RenderLink.from_dict({"type": "system", "destination": {"url": "https://np6.example"}})] * 2,
    )
    result = await email_sms.render_action_links.asyncio("4", client=np6, body=definition)
    request = last(fake)
    assert (request.method, request.path, request.headers["content-type"]) == (
        "POST",
        "/actions/4/render/links",
        "application/json",
    )
    sent = json.loads(request.body)
    assert sent["receiver"] == {"type": "id", "value": "000PKXK4"}
    assert sent["context"] == {"id": "m-1", "display": 2, "render": 7}
    assert len(sent["links"]) == 2
    assert result.type_ == "success"
    assert isinstance(result.links, list)
    assert len(result.links) == 2


@pytest.mark.parametrize(
    ("operation", "kind"),
    [
        (notification.list_notification_activations, "activation"),
        (notification.list_notification_executions, "execution"),
        (notification.list_notification_cancellations, "cancellation"),
    ],
)
async def test_event_lists_send_the_window_and_parse_typed_events(
    np6: NP6Client,
    fake: FakeNP6,
    operation: Any,
    kind: str,
) -> None:
    start = dt.datetime(2019, 8, 24, 14, 15, 22, tzinfo=dt.UTC)
    events = await operation.asyncio(12, client=np6, start=start, end=4_102_444_800_000, sort=EventSort.ASC)
    request = last(fake)
    assert request.path == f"/notifications/12/events/{kind}s"
    assert request.query == {"start": "2019-08-24T14:15:22+00:00", "end": "4102444800000", "sort": "asc"}
    assert events
    assert all(isinstance(e, NotificationEvent) for e in events)
    assert {e.type_ for e in events} == {kind}
    assert [e.timestamp for e in events] == sorted(e.timestamp for e in events)
    assert isinstance(events[0].id, uuid.UUID)
    assert events[0].identity.type_ == "customer"
    assert events[0].source.type_ == "notification"


async def test_unknown_notification_is_a_typed_404(np6: NP6Client) -> None:
    with pytest.raises(NotFoundError):
        await notification.list_notification_activations.asyncio(999_999, client=np6)
