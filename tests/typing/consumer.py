"""A consumer of the namespaced surface: `make typecheck` and tests/typing/test_mypy.py check it strictly."""

from typing import Any, assert_type

from np6_client import Created, EventStream, NP6Client, Response
from np6_client.models import (
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
