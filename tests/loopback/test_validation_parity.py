"""The SDK and the fake judge a request body with the same OpenAPI 3.0 validator, so they agree."""

import copy
import json
from importlib import resources
from typing import Any

import httpx
import pytest

from np6_client import InvalidRequestError, NP6Client
from np6_client._spec.validation import validate_request
from np6_client.testing import FakeNP6
from np6_client.testing._operation_table import Spec
from np6_client.testing._schema import check_value

from .conftest import API_KEY

SPEC: dict[str, Any] = json.loads(resources.files("np6_client._generated").joinpath("openapi.json").read_text("utf-8"))
ACTION_BODY: dict[str, Any] = SPEC["paths"]["/actions"]["post"]["requestBody"]["content"]["application/json"]["example"]
ACTION_SCHEMA = SPEC["paths"]["/actions"]["post"]["requestBody"]["content"]["application/json"]["schema"]


def action(**informations: Any) -> dict[str, Any]:
    body = copy.deepcopy(ACTION_BODY)
    body.setdefault("informations", {}).update(informations)
    return body


def sdk_accepts(body: Any) -> bool:
    request = httpx.Request("POST", "https://api-cm.np6.com/actions", json=body)
    try:
        validate_request(request)
    except InvalidRequestError:
        return False
    return True


def fake_accepts(body: Any) -> bool:
    return check_value(body, ACTION_SCHEMA, Spec(SPEC)) is None


@pytest.mark.parametrize(
    ("body", "valid"),
    [
        (action(state=None), True),  # nullable allOf: "an ActionState or null"
        (action(state=10), True),
        (action(state=11), False),  # not one of the states
        (action(state="10"), False),
        ({"name": 5}, False),
        ([], False),
    ],
    ids=["state-null", "state-10", "state-11", "state-text", "name-number", "array"],
)
def test_client_and_fake_judge_a_body_alike(body: Any, valid: bool) -> None:
    assert sdk_accepts(body) is valid
    assert fake_accepts(body) is valid


async def test_a_nullable_allof_field_passes_both_ends_over_loopback(np6: NP6Client) -> None:
    response = await np6.get_async_httpx_client().post("/actions", json=action(state=None))
    assert response.is_success


async def test_the_same_wrong_body_is_refused_by_the_sdk_and_by_the_fake(
    np6: NP6Client, fake: FakeNP6, fake_url: str
) -> None:
    wrong = action(state="draft")
    with pytest.raises(InvalidRequestError) as info:
        await np6.get_async_httpx_client().post("/actions", json=wrong)
    assert info.value.field == "body['informations']['state']"
    async with httpx.AsyncClient(base_url=fake_url, headers={"X-Key": API_KEY}) as raw:
        answer = await raw.post("/actions", json=wrong)
    assert answer.status_code == 400
    assert "informations.state" in str(fake.requests[-1].problem)
    assert answer.text == fake.requests[-1].problem  # a short plain reason, as NP6's 400s carry


async def test_a_misspelt_member_is_refused_before_sending_where_the_fake_would_take_it(
    np6: NP6Client, fake: FakeNP6
) -> None:
    # The one place the SDK is stricter than NP6: a member one slip away from a listed one.
    created = await np6.email_sms.create_action({"type": "mailMessage", "name": "welcome"})
    sent_before = len(fake.requests)
    with pytest.raises(InvalidRequestError) as info:
        await np6.email_sms.validate_action(created.id, {"for_test": True})  # type: ignore[arg-type]
    assert str(info.value) == "body['for_test']: is not a member; did you mean 'fortest'?"
    assert len(fake.requests) == sent_before  # nothing was sent
    validation = SPEC["paths"]["/actions/{id}/validation"]["post"]["requestBody"]["content"]["application/json"]
    assert check_value({"for_test": True}, validation["schema"], Spec(SPEC)) is None  # NP6's schema is open
