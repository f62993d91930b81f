"""Checks NP6 makes beyond the schemas: the body's media type, a recipient, a Content-Length."""

from collections.abc import AsyncIterator

import httpx
import pytest

from np6_client.testing import FakeNP6

from .conftest import op_path

EMAIL = "application/vnd.np6.cm.email"
SMS = "application/vnd.np6.cm.sms"
TO_ALICE = {"recipient": {"type": "id", "value": "000PKXK4"}}


@pytest.mark.parametrize(("action_id", "media_type"), [("1", SMS), ("5", EMAIL)], ids=["sms-to-email", "email-to-sms"])
async def test_a_body_of_the_other_kind_of_action_is_415(
    any_client: httpx.AsyncClient, fake: FakeNP6, action_id: str, media_type: str
) -> None:
    for path, body in ((f"/actions/{action_id}/executions", [TO_ALICE]), (f"/actions/{action_id}/execution", TO_ALICE)):
        response = await any_client.post(path, json=body, headers={"Content-Type": media_type})
        assert (response.status_code, response.content) == (415, b"")
        assert "x-request-id" in response.headers
    assert fake.recorded_events() == []


async def test_the_right_kind_is_accepted(local: httpx.AsyncClient) -> None:
    sms = await local.post(op_path("send_action_message", id="5"), json=TO_ALICE, headers={"Content-Type": SMS})
    email = await local.post(op_path("send_action_message", id="1"), json=TO_ALICE, headers={"Content-Type": EMAIL})
    assert (sms.status_code, email.status_code) == (200, 200)


@pytest.mark.parametrize(
    "recipient",
    [None, {}, {"type": "id"}, {"type": "unicity", "value": ""}, "000PKXK4"],
    ids=["absent", "empty", "no-value", "blank", "not-an-object"],
)
async def test_a_message_without_a_recipient_refuses_the_whole_request(
    local: httpx.AsyncClient, fake: FakeNP6, recipient: object
) -> None:
    message = {} if recipient is None else {"recipient": recipient}
    response = await local.post(
        op_path("send_action_messages", id="1"), json=[TO_ALICE, message], headers={"Content-Type": EMAIL}
    )
    problem = fake.requests[-1].problem or ""
    assert "recipient" in problem  # a string recipient already fails the schema
    assert (response.status_code, response.text) == (400, problem)
    assert fake.recorded_events() == []


async def _chunks() -> AsyncIterator[bytes]:
    yield b'{"fortest": true}'


async def test_a_post_without_content_length_is_411(any_client: httpx.AsyncClient, fake: FakeNP6) -> None:
    response = await any_client.post(
        op_path("validate_action", id="2"), content=_chunks(), headers={"Content-Type": "application/json"}
    )
    assert (response.status_code, response.content) == (411, b"")
    assert "x-request-id" in response.headers
    assert fake.action_state("2") == 10
    framed = await any_client.post(op_path("validate_action", id="2"), json={"fortest": True})
    assert framed.status_code == 204


async def test_schema_errors_carry_their_reason_as_plain_text(local: httpx.AsyncClient, fake: FakeNP6) -> None:
    response = await local.put(op_path("add_segment_targets", id="1"), json=[1, 2])
    assert fake.requests[-1].status == 400
    problem = fake.requests[-1].problem or ""
    assert "string" in problem
    assert (response.status_code, response.text) == (400, problem)
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
