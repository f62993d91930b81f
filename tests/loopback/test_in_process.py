"""The documented in-process mode: the fake's ASGI app under httpx.ASGITransport, no socket."""

import httpx
import pytest

from np6_client import NotFoundError, NP6Client
from np6_client.api import contact, notification, segment
from np6_client.models import EventSort
from np6_client.testing import FakeNP6

KEY = "in-process-key"


async def test_sdk_against_the_asgi_app() -> None:
    fake = FakeNP6(api_keys=(KEY,), event_count=7)
    async with NP6Client(api_key=KEY, transport=httpx.ASGITransport(app=fake.app)) as np6:
        assert await segment.add_segment_targets.asyncio(4, client=np6, body=["A1", "A2"]) == 2
        assert await segment.list_segment_targets.asyncio(4, client=np6) == ["A1", "A2"]
        events = [e async for e in notification.list_notification_activations.stream(5, client=np6, sort=EventSort.ASC)]
        assert len(events) == 7
        with pytest.raises(NotFoundError) as info:
            await contact.get_target.asyncio("nobody", client=np6)
        assert info.value.path == "/targets/nobody"
    assert [r.path for r in fake.requests][:2] == ["/segments/4/targets"] * 2
