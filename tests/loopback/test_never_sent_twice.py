"""A request that may have changed something is never sent again: streams of POST/PATCH do not
start over, and a retried count is not reported as the whole call's count."""

import asyncio

import pytest

from np6_client import NP6Client, StreamInterruptedError, UncertainOutcomeError
from np6_client.api import campaign, segment
from np6_client.testing import FakeNP6, Fault

from .conftest import API_KEY, FAST_RETRIES
from .raw_server import Seen, chunk, head, serve

SEGMENT = 3
TARGETS = f"/segments/{SEGMENT}/targets"


async def broken_before_first_item(request: Seen, writer: asyncio.StreamWriter) -> None:
    """200, then half an item, then the connection is gone."""
    writer.write(head(200, {"Content-Type": "application/json"}) + chunk(b'[{"id": "e1", "tim'))
    await writer.drain()
    writer.transport.abort()


@pytest.mark.parametrize("method", ["POST", "PATCH", "PUT", "DELETE"])
async def test_a_changing_stream_broken_before_its_first_item_is_not_sent_again(method: str) -> None:
    async with (
        serve(broken_before_first_item) as (url, seen),
        NP6Client(api_key=API_KEY, base_url=url, options=FAST_RETRIES) as np6,
    ):
        with pytest.raises(StreamInterruptedError) as info:
            async for _ in np6.request_stream(method, "/custom/events", json={"q": 1}):
                pass
    assert [r.method for r in seen] == [method]  # once: the server may have acted on it
    assert info.value.delivered == 0


async def test_a_get_stream_broken_before_its_first_item_still_starts_over() -> None:
    async with (
        serve(broken_before_first_item) as (url, seen),
        NP6Client(api_key=API_KEY, base_url=url, options=FAST_RETRIES) as np6,
    ):
        with pytest.raises(StreamInterruptedError):
            async for _ in np6.request_stream("GET", "/custom/events"):
                pass
    assert [r.method for r in seen] == ["GET"] * (1 + FAST_RETRIES.max_retries)


async def test_a_generated_post_stream_is_not_sent_again() -> None:
    async with (
        serve(broken_before_first_item) as (url, seen),
        NP6Client(api_key=API_KEY, base_url=url, options=FAST_RETRIES) as np6,
    ):
        with pytest.raises(StreamInterruptedError):
            async for _ in campaign.list_campaign_events.stream("5", client=np6, body={}):
                pass
    assert [(r.method, r.path) for r in seen] == [("POST", "/campaigns/5/events")]


async def test_the_plain_count_after_a_lost_answer_is_an_uncertain_error(np6: NP6Client, fake: FakeNP6) -> None:
    ids = list(fake.target_ids[:20])
    fake.faults.add(Fault(method="PUT", path=TARGETS, drop="after_read"))
    with pytest.raises(UncertainOutcomeError) as info:
        await segment.add_segment_targets.asyncio(SEGMENT, client=np6, body=ids)
    assert info.value.retry_answer == 0  # the retry added nothing...
    assert info.value.uncertain is True
    listed = await segment.list_segment_targets.asyncio(SEGMENT, client=np6)
    assert sorted(listed) == sorted(ids)  # ...because the lost first attempt added all twenty
    assert fake.count("PUT", TARGETS) == 2


async def test_the_namespaced_count_after_a_lost_answer_is_an_uncertain_error(np6: NP6Client, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="PUT", path=TARGETS, drop="after_read"))
    with pytest.raises(UncertainOutcomeError) as info:
        await np6.segment.add_segment_targets(SEGMENT, [fake.target_ids[0]])
    assert info.value.retry_answer == 0
    assert "describes the retry only" in str(info.value)


async def test_a_count_without_a_lost_answer_is_the_answer(np6: NP6Client, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="PUT", path=TARGETS, status=429, retry_after=0))  # refused: nothing applied
    assert await np6.segment.add_segment_targets(SEGMENT, list(fake.target_ids[:3])) == 3


async def test_request_marks_a_retried_change(np6: NP6Client, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="PUT", path=TARGETS, drop="after_read"))
    answer = await np6.request("PUT", TARGETS, json=[fake.target_ids[0]])
    assert (answer.parsed, answer.maybe_applied) == (0, True)
