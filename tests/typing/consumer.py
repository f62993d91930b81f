"""A consumer of the namespaced surface: `make typecheck` and tests/typing/test_mypy.py check it strictly.

Written as the README shows, with no cast, no ignore and no test for `Unset`: a member NP6 may
leave out is `X | None`, and an ordinary `is not None` narrows it.
"""

import datetime
from typing import Any, assert_type

from np6_client import Created, EventPoller, EventStream, NP6Client, RateLimitState, Response
from np6_client.models import (
    ActionEvent,
    ActionState,
    ActionValidationDict,
    EventSort,
    NotificationEvent,
    RenderLinksDefinitionDict,
    RenderLinksResult,
    Target,
    TargetDetail,
)


async def consume(np6: NP6Client) -> None:
    assert_type(await np6.contact.get_target("000PKXK4"), Target)
    assert_type(await np6.contact.update_target("000PKXK4", {"city": "Lyon"}), TargetDetail)
    body: RenderLinksDefinitionDict = {
        "context": {"id": "welcome-mail", "display": 2},
        "links": [{"type": "system", "destination": {"name": "home"}}],
    }
    assert_type(await np6.email_sms.render_action_links("2", body), RenderLinksResult)
    assert_type(await np6.email_sms.create_action({"type": "mailMessage", "name": "welcome"}), Created)
    assert_type(await np6.contact.get_target.detailed("000PKXK4", timeout=5, max_retries=0), Response[Target])
    stream = np6.notification.list_notification_activations.stream(42, sort="asc")
    assert_type(stream, EventStream[NotificationEvent])
    async for event in np6.notification.list_notification_activations.stream(42, sort=EventSort.ASC):
        assert_type(event, NotificationEvent)
    assert_type(await np6.request("GET", "/segments/{id}/targets", path={"id": 1}), Response[Any])
    assert_type(np6.request_stream("GET", "/notifications/42/events/activations"), EventStream[dict[str, Any]])
    view = np6.with_options(timeout=5, extra_headers={"X-Trace": "1"})
    assert_type(await view.segment.list_segment_targets(1), list[str])


async def read_answers(np6: NP6Client) -> list[str]:
    names: list[str] = []
    target = await np6.contact.get_target("000PKXK4")
    if target.creation_date is not None:
        assert_type(target.creation_date, datetime.datetime)
    for segment in await np6.segment.list_segments():
        if segment.id is not None and segment.name is not None:
            assert_type(segment.id, int)
            names.append(segment.name.upper())
    for field in await np6.field.list_fields():
        if field.name is not None:
            names.append(field.name)
    created = await np6.email_sms.create_action({"type": "mailMessage", "name": "welcome"})
    assert_type(created.id, str)
    action = await np6.email_sms.get_action(created.id)
    if action.informations is not None and action.informations.state is not None:
        assert_type(action.informations.state, ActionState)
    proof: ActionValidationDict = {"fortest": True}
    await np6.email_sms.validate_action(created.id, proof)
    return names


async def poll_and_pace(np6: NP6Client) -> None:
    actions = EventPoller(np6.email_sms.list_action_events.stream)
    assert_type(actions, EventPoller[ActionEvent])
    async for event in actions.poll():
        assert_type(event, ActionEvent)
    activations = EventPoller(np6.notification.list_notification_activations.stream, 42)
    async for activation in activations.poll():
        assert_type(activation, NotificationEvent)
    state = np6.rate_limit
    assert_type(state, RateLimitState)
    if state.remaining is not None and state.limit is not None and state.remaining < state.limit // 10:
        print(f"{state.remaining} requests left until {state.reset_at}")
    if state.paused_until is not None:
        assert_type(state.paused_until, datetime.datetime)
        print(f"paused until {state.paused_until:%H:%M:%S} ({state.pause_reason}); share {state.share}")
