"""A retry after a lost answer describes the retry only: the SDK says when the outcome is uncertain."""

import httpx
import pytest

from np6_client import NotFoundAfterRetryError, NotFoundError, NP6Client
from np6_client._constants import MAYBE_APPLIED_EXTENSION
from np6_client.api import contact, segment
from np6_client.testing import FakeNP6, Fault

SEGMENT = 3
TARGETS = f"/segments/{SEGMENT}/targets"


async def test_a_delete_whose_answer_was_lost_then_404_is_a_distinct_uncertain_error(
    np6: NP6Client, fake: FakeNP6
) -> None:
    target = fake.target_ids[0]
    fake.faults.add(Fault(method="DELETE", path=f"/targets/{target}", drop="after_read"))
    with pytest.raises(NotFoundAfterRetryError) as info:
        await contact.delete_target.asyncio(target, client=np6)
    assert info.value.uncertain is True
    assert isinstance(info.value, NotFoundError)  # still a 404 to code that catches that
    assert "may have been applied" in str(info.value)
    assert fake.count("DELETE", f"/targets/{target}") == 2


async def test_a_plain_404_is_certain(np6: NP6Client) -> None:
    with pytest.raises(NotFoundError) as info:
        await contact.delete_target.asyncio("NOSUCH01", client=np6)
    assert type(info.value) is NotFoundError
    assert info.value.uncertain is False


async def test_a_put_retried_after_a_lost_answer_is_marked_on_the_response(np6: NP6Client, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="PUT", path=TARGETS, drop="after_read"))
    response = await np6.get_async_httpx_client().put(TARGETS, json=[fake.target_ids[0]])
    assert response.json() == 0  # the retry added nothing: the lost first attempt had
    assert response.extensions[MAYBE_APPLIED_EXTENSION] is True
    clean = await np6.get_async_httpx_client().put(TARGETS, json=[fake.target_ids[1]])
    assert MAYBE_APPLIED_EXTENSION not in clean.extensions


async def test_a_429_before_success_leaves_the_outcome_certain(np6: NP6Client, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="PUT", path=TARGETS, status=429, retry_after=0))
    response = await np6.get_async_httpx_client().put(TARGETS, json=[fake.target_ids[0]])
    assert response.json() == 1
    assert MAYBE_APPLIED_EXTENSION not in response.extensions


async def test_batches_count_true_or_say_uncertain(np6: NP6Client, fake: FakeNP6) -> None:
    ids = list(fake.target_ids[:4])
    fake.faults.add(Fault(method="PUT", path=TARGETS, drop="after_read"))  # the first batch's answer is lost
    results = await np6.add_targets_to_segment(SEGMENT, ids, batch_size=2)
    assert [(r.added, r.uncertain, r.ok) for r in results] == [(None, True, True), (2, False, True)]
    listed = await segment.list_segment_targets.asyncio(SEGMENT, client=np6)
    assert sorted(listed) == sorted(ids)  # all four were added, as the uncertain mark allowed


async def test_a_failed_batch_after_a_lost_answer_is_marked_uncertain(np6: NP6Client, fake: FakeNP6) -> None:
    ids = list(fake.target_ids[:2])
    fake.faults.add(Fault(method="PUT", path=TARGETS, drop="after_read"))
    fake.faults.add(Fault(method="PUT", path=TARGETS, status=500, times=10))
    (result,) = await np6.add_targets_to_segment(SEGMENT, ids)
    assert result.error is not None and result.uncertain is True and result.added is None


async def test_a_get_retried_after_a_lost_answer_is_not_marked(np6: NP6Client, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="GET", path=TARGETS, drop="after_read"))
    response = await np6.get_async_httpx_client().get(TARGETS)
    assert isinstance(response, httpx.Response) and response.status_code == 200
    assert MAYBE_APPLIED_EXTENSION not in response.extensions


async def test_the_detailed_and_raw_forms_say_when_an_outcome_is_uncertain(np6: NP6Client, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="PUT", path=TARGETS, drop="after_read"))
    retried = await np6.segment.add_segment_targets.detailed(SEGMENT, [fake.target_ids[2]])
    assert (retried.parsed, retried.maybe_applied) == (0, True)
    certain = await np6.segment.add_segment_targets.detailed(SEGMENT, [fake.target_ids[3]])
    assert (certain.parsed, certain.maybe_applied) == (1, False)
    fake.faults.add(Fault(method="PUT", path=TARGETS, drop="after_read"))
    raw = await np6.request("PUT", "/segments/{id}/targets", path={"id": SEGMENT}, json=[fake.target_ids[4]])
    assert (raw.parsed, raw.maybe_applied) == (0, True)
