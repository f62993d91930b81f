"""Content-type selection for multi-type bodies, required bodies, and the segment batch helper."""

import json
from collections.abc import AsyncIterator

import httpx
import pytest
import respx

from np6_client import ClientOptions, InvalidRequestError, NotFoundError, NP6Client
from np6_client.api import email_sms
from np6_client.models import EmailMessageDefinition, SmsMessageDefinition

KEY = "sk-bodies-1"
BASE = "https://api-cm.np6.com"


@pytest.fixture
async def np6() -> AsyncIterator[NP6Client]:
    client = NP6Client(api_key=KEY, options=ClientOptions(max_retries=0))
    yield client
    await client.aclose()


@respx.mock
@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (EmailMessageDefinition(subject="Hi"), "application/vnd.np6.cm.email"),
        (SmsMessageDefinition.from_dict({"text": "Hi"}), "application/vnd.np6.cm.sms"),
    ],
)
async def test_single_body_selects_its_vendor_type(np6: NP6Client, body: object, content_type: str) -> None:
    route = respx.post(f"{BASE}/actions/5/execution").respond(200, json={})
    await email_sms.send_action_message.asyncio_detailed("5", client=np6, body=body)  # type: ignore[arg-type]
    sent = route.calls.last.request
    assert sent.headers["content-type"] == content_type
    assert json.loads(sent.content) == body.to_dict()  # type: ignore[attr-defined]


@respx.mock
async def test_list_bodies_select_by_their_items(np6: NP6Client) -> None:
    route = respx.post(f"{BASE}/actions/5/executions").respond(200, json=[])
    await email_sms.send_action_messages.asyncio("5", client=np6, body=[SmsMessageDefinition(), SmsMessageDefinition()])
    assert route.calls.last.request.headers["content-type"] == "application/vnd.np6.cm.sms"
    await email_sms.send_action_messages.asyncio("5", client=np6, body=[EmailMessageDefinition(subject="a")])
    assert route.calls.last.request.headers["content-type"] == "application/vnd.np6.cm.email"


@respx.mock
@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ([], "is an empty list; send at least one item of a list of EmailMessageDefinition"),
        ([EmailMessageDefinition(), SmsMessageDefinition()], "mixes EmailMessageDefinition, SmsMessageDefinition"),
    ],
)
async def test_empty_or_mixed_lists_are_refused(np6: NP6Client, body: list[object], problem: str) -> None:
    route = respx.post(f"{BASE}/actions/5/executions").respond(200, json=[])
    with pytest.raises(InvalidRequestError) as info:
        await email_sms.send_action_messages.asyncio("5", client=np6, body=body)  # type: ignore[arg-type]
    assert info.value.field == "body"
    assert info.value.problem.startswith(problem)
    assert route.call_count == 0


@respx.mock
async def test_a_required_body_cannot_be_left_out(np6: NP6Client) -> None:
    route = respx.post(f"{BASE}/actions/5/execution").respond(200, json={})
    with pytest.raises(TypeError, match="body"):
        await email_sms.send_action_message.asyncio("5", client=np6)  # type: ignore[call-arg]
    with pytest.raises(InvalidRequestError) as info:
        await np6.request("POST", "/actions/{id}/execution", path={"id": "5"})
    assert (info.value.field, info.value.problem) == ("body", "is required")
    assert route.call_count == 0


@respx.mock
async def test_batches_of_fifty_reported_one_by_one(np6: NP6Client) -> None:
    sizes: list[int] = []

    def add(request: httpx.Request) -> httpx.Response:
        batch = json.loads(request.content)
        sizes.append(len(batch))
        if len(sizes) == 2:
            return httpx.Response(404)
        return httpx.Response(200, json=len(batch))

    respx.put(f"{BASE}/segments/9/targets").mock(side_effect=add)
    results = await np6.add_targets_to_segment(9, [f"T{i}" for i in range(120)])
    assert sizes == [50, 50, 20]
    assert [r.added for r in results] == [50, None, 20]
    assert isinstance(results[1].error, NotFoundError)
    assert not results[1].ok
    assert results[2].target_ids[0] == "T100"


@respx.mock
async def test_batches_stop_on_error_when_asked(np6: NP6Client) -> None:
    route = respx.put(f"{BASE}/segments/9/targets").respond(500)
    results = await np6.add_targets_to_segment(9, [f"T{i}" for i in range(120)], stop_on_error=True)
    assert len(results) == 1
    assert route.call_count == 1


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"segment_id": "9", "target_ids": ["A"]}, "segment_id"),
        ({"segment_id": 9, "target_ids": ["A", ""]}, "target_ids[1]"),
        ({"segment_id": 9, "target_ids": ["A"], "batch_size": 51}, "batch_size"),
    ],
)
async def test_batch_helper_checks_its_input(np6: NP6Client, kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidRequestError) as info:
        await np6.add_targets_to_segment(**kwargs)  # type: ignore[arg-type]
    assert info.value.field == field
