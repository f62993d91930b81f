"""The namespaced surface on loopback: bound operations, plain-data bodies, create results,
deprecation warnings, per-call options, raw answers, unknown enum values and the escape hatch."""

import json
import os
import warnings
from typing import Any

import pytest

from np6_client import (
    InternalServerError,
    InvalidRequestError,
    MalformedResponseError,
    NotFoundError,
    NP6Client,
    UnexpectedStatus,
)
from np6_client._spec import deprecation
from np6_client.api import contact, segment
from np6_client.models import (
    BounceType,
    EmailRenderDefinition,
    SmsRenderDefinition,
    TargetDetail,
)
from np6_client.testing import FakeNP6, Fault
from tests.spec_lookup import enum_of, unlisted

UNDER_MUTMUT = "MUTANT_UNDER_TEST" in os.environ

TARGET = "000PKXK4"
UNLISTED_DISPLAY = unlisted(enum_of("RenderContext", "display"), int)


async def test_an_operation_is_one_dot_away_and_answers_like_the_function(np6: NP6Client) -> None:
    bound = await np6.contact.get_target(TARGET)
    plain = await contact.get_target.asyncio(TARGET, client=np6)
    assert bound.id == plain.id == TARGET
    assert np6.contact is np6.contact  # built once per client


async def test_detailed_and_streams_expose_status_headers_and_request_id(np6: NP6Client, fake: FakeNP6) -> None:
    detailed = await np6.contact.get_target.detailed(TARGET)
    assert detailed.status_code == 200
    assert detailed.request_id == fake.requests[-1].request_id
    stream = np6.notification.list_notification_activations.stream(42, sort="asc")
    assert stream.status_code is None
    events = [event async for event in stream]
    assert len(events) == 30
    assert stream.status_code == 200
    assert stream.request_id == fake.requests[-1].request_id
    assert fake.requests[-1].query["sort"] == "asc"


async def test_plain_string_enum_values_are_checked_before_sending(np6: NP6Client, fake: FakeNP6) -> None:
    with pytest.raises(InvalidRequestError) as info:
        np6.notification.list_notification_activations.stream(42, sort="sideways")  # type: ignore[arg-type]
    assert info.value.field == "sort"
    assert "'asc', 'desc'" in info.value.problem
    assert fake.requests == []


async def test_dot_segments_stay_data(np6: NP6Client, fake: FakeNP6) -> None:
    with pytest.raises(NotFoundError):
        await np6.contact.delete_target("..")
    with pytest.raises(NotFoundError):
        await np6.email_sms.unvalidate_action(".", {})
    assert [r.path for r in fake.requests] == ["/targets/..", "/actions/./validation"]
    assert (await np6.contact.get_target(TARGET)).id == TARGET  # nothing else was deleted


async def test_mapping_bodies_are_sent_as_json(np6: NP6Client, fake: FakeNP6) -> None:
    await np6.contact.update_target(TARGET, {"firstname": "Ada"})
    assert fake.requests[-1].json() == {"firstname": "Ada"}
    rendered = await np6.email_sms.render_action_links(
        "2",
        {
            "receiver": {"type": "id", "value": TARGET},
            "context": {"id": "welcome", "display": 2},
            "links": [{"type": "system", "destination": {"name": "home"}}],
        },
    )
    assert rendered.links is not None
    assert fake.requests[-1].json()["context"] == {"id": "welcome", "display": 2}
    assert fake.requests[-1].headers["content-type"] == "application/json"


@pytest.mark.parametrize(
    ("call", "field", "problem"),
    [
        (
            lambda np6: np6.email_sms.render_action_messages("2", {"receiver": {}}),
            "body",
            "is a mapping; this operation takes a list of EmailRenderDefinition (application/vnd.np6.cm.email) "
            "or a list of SmsRenderDefinition (application/vnd.np6.cm.sms)",
        ),
        (
            lambda np6: np6.email_sms.render_action_messages("2", []),
            "body",
            "is an empty list; send at least one item of a list of EmailRenderDefinition "
            "(application/vnd.np6.cm.email) or a list of SmsRenderDefinition (application/vnd.np6.cm.sms)",
        ),
        (
            lambda np6: np6.email_sms.render_action_message("2", [EmailRenderDefinition()]),
            "body",
            "is a list; this operation takes EmailRenderDefinition (application/vnd.np6.cm.email) "
            "or SmsRenderDefinition (application/vnd.np6.cm.sms)",
        ),
        (
            lambda np6: np6.email_sms.send_action_message("2", SmsRenderDefinition()),
            "body",
            "is a SmsRenderDefinition; this operation takes EmailMessageDefinition (application/vnd.np6.cm.email) "
            "or SmsMessageDefinition (application/vnd.np6.cm.sms)",
        ),
        (
            lambda np6: np6.email_sms.render_action_links("2", {"links": {"type": "system"}}),
            "body['links']",
            "must be of type array, not dict",
        ),
        (
            lambda np6: np6.email_sms.render_action_links("2", {"context": {"display": UNLISTED_DISPLAY}}),
            "body['context']['display']",
            f"must be one of {enum_of('RenderContext', 'display')}",
        ),
        (
            lambda np6: np6.contact.update_target(TARGET, {"when": object()}),
            "body['when']",
            "is a object, which is not JSON",
        ),
        (
            lambda np6: np6.segment.add_segment_targets(1, {"id": "A"}),
            "body",
            "must be of type array, not dict",
        ),
    ],
)
async def test_wrong_bodies_say_what_is_wrong_before_sending(
    np6: NP6Client, fake: FakeNP6, call: Any, field: str, problem: str
) -> None:
    with pytest.raises(InvalidRequestError) as info:
        await call(np6)
    assert (info.value.field, info.value.problem) == (field, problem)
    assert fake.requests == []


async def test_a_creation_returns_the_new_id_and_location(np6: NP6Client) -> None:
    created = await np6.email_sms.create_action({"type": "mailMessage", "name": "welcome"})
    assert created.status_code == 201
    assert created.location is not None
    assert created.location.endswith(f"/actions/{created.id}")
    assert created.id
    action = await np6.email_sms.get_action(created.id)
    assert action.name == "welcome"


async def test_a_deprecated_operation_warns_once_naming_itself(np6: NP6Client, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(deprecation, "_warned", set())
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        await np6.segment.list_segment_targets(1)
        await segment.list_segment_targets.asyncio(1, client=np6)
        await np6.contact.get_target(TARGET)  # experimental, not deprecated: quiet
    assert [(w.category, str(w.message)) for w in caught] == [
        (DeprecationWarning, "list_segment_targets is deprecated by NP6; the NP6 reference names no replacement")
    ]
    if not UNDER_MUTMUT:  # mutmut's trampoline puts its own frames between the SDK's
        assert caught[0].filename == __file__  # points at the caller's line, not at generated code


async def test_per_call_options_reach_the_wire(np6: NP6Client, fake: FakeNP6) -> None:
    await np6.contact.get_target(TARGET, extra_headers={"X-Trace": "t-1"}, extra_query={"probe": 1})
    sent = fake.requests[-1]
    assert sent.headers["x-trace"] == "t-1"
    assert sent.query == {"probe": "1"}
    await np6.contact.get_target(TARGET)
    assert "x-trace" not in fake.requests[-1].headers
    with pytest.raises(InvalidRequestError, match="extra_headers"):
        await np6.contact.get_target(TARGET, extra_headers={"x-key": "other"})


async def test_max_retries_per_call(np6: NP6Client, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="GET", path="/targets/{id}", status=503, times=2))
    with pytest.raises(InternalServerError):
        await np6.contact.get_target(TARGET, max_retries=0)
    assert len(fake.requests) == 1
    assert (await np6.contact.get_target(TARGET)).id == TARGET  # the client's own budget (3) still applies
    assert len(fake.requests) == 3


async def test_unknown_enum_values_in_answers_are_kept(np6: NP6Client, fake: FakeNP6) -> None:
    made_up = unlisted(enum_of("Bounce", "type"))
    body = {"id": TARGET, "bounce": [{"field": 1, "type": made_up}, {"field": 2, "type": "Validé"}]}
    fake.faults.add(Fault(method="PUT", path="/targets/{id}", status=200, body=json.dumps(body)))
    updated = await np6.contact.update_target(TARGET, {"city": "Lyon"})
    assert isinstance(updated, TargetDetail)
    assert updated.bounce
    new, known = updated.bounce[0].type_, updated.bounce[1].type_
    assert (new, new.is_known, str(new)) == (made_up, False, made_up)  # type: ignore[union-attr]
    assert known is BounceType.VALIDE
    assert known.is_known
    with pytest.raises(InvalidRequestError):
        BounceType.coerce(made_up, "type")


@pytest.mark.parametrize("body", ['{"a": 1}', "5", '"x"'])
@pytest.mark.parametrize("route", ["/segments/{id}/targets", "/notifications/{id}/events/activations"])
async def test_a_non_array_where_an_array_is_expected_is_malformed(
    np6: NP6Client, fake: FakeNP6, body: str, route: str
) -> None:
    fake.faults.add(Fault(method="GET", path=route, status=200, body=body))
    call = np6.segment.list_segment_targets if "segments" in route else np6.notification.list_notification_activations
    with pytest.raises(MalformedResponseError, match="expected a JSON array"):
        await call(1)


async def test_an_odd_2xx_is_an_np6_error_or_a_usable_response(np6: NP6Client, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="GET", path="/targets/{id}", status=299, body="{}"))
    with pytest.raises(UnexpectedStatus):
        await np6.contact.get_target.detailed(TARGET)
    fake.faults.add(Fault(method="DELETE", path="/segments/{id}", status=299))
    await np6.segment.delete_segment(1)  # answers None, documented as any 2xx
    fake.faults.add(Fault(method="DELETE", path="/segments/{id}", status=299))
    detailed = await np6.segment.delete_segment.detailed(1)
    assert detailed.status_code == 299


# The escape hatch: same transport, same judgement as the generated call.


async def test_request_answers_like_the_generated_call(np6: NP6Client) -> None:
    await np6.segment.add_segment_targets(1, ["A", "B"])
    raw = await np6.request("GET", "/segments/{id}/targets", path={"id": 1})
    assert raw.parsed == ["A", "B"] == await np6.segment.list_segment_targets(1)
    assert raw.status_code == 200
    assert raw.request_id


@pytest.mark.parametrize(
    ("fault", "calls", "error"),
    [
        (Fault(method="GET", path="/segments/{id}/targets", status=503, times=2), 3, None),
        (Fault(method="GET", path="/segments/{id}/targets", status=503, times=9), 4, InternalServerError),
        (Fault(method="GET", path="/segments/{id}/targets", status=404), 1, NotFoundError),
    ],
)
async def test_request_retries_and_errors_like_the_generated_call(
    np6: NP6Client, fake: FakeNP6, fault: Fault, calls: int, error: type[Exception] | None
) -> None:
    outcomes = []
    for call in (
        lambda: np6.segment.list_segment_targets(1),
        lambda: np6.request("GET", "/segments/{id}/targets", path={"id": 1}),
    ):
        fake.faults.clear()
        fake.reset_requests()
        fake.faults.add(fault)
        try:
            await call()
            outcome: object = None
        except Exception as exc:
            outcome = type(exc)
        outcomes.append((outcome, len(fake.requests)))
    assert outcomes == [(error, calls), (error, calls)]


async def test_a_post_is_not_resent_after_a_5xx_through_request(np6: NP6Client, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="POST", path="/notifications/7/activation", status=500))
    with pytest.raises(InternalServerError):
        await np6.request("POST", "/notifications/{id}/activation", path={"id": 7}, json={"when": "now"})
    assert [(r.method, r.path) for r in fake.requests] == [("POST", "/notifications/7/activation")]
    assert fake.requests[0].json() == {"when": "now"}
    assert fake.requests[0].headers["content-type"] == "application/json"


async def test_request_validates_paths_the_spec_knows(np6: NP6Client, fake: FakeNP6) -> None:
    with pytest.raises(InvalidRequestError) as info:
        await np6.request("PUT", "/segments/{id}/targets", path={"id": 1}, json=[f"T{n}" for n in range(51)])
    assert info.value.field == "body"
    assert "at most 50" in info.value.problem
    for method, template, path, field in (
        ("GET", "https://elsewhere.example/x", None, "path"),
        ("GET", "//elsewhere.example/x", None, "path"),
        ("GET", "/targets/{id}", {}, "path['id']"),
        ("GET", "/t", {"id": 1}, "path['id']"),
        ("GET /x HTTP/1.1\r\n", "/t", None, "method"),
    ):
        with pytest.raises(InvalidRequestError) as info:
            await np6.request(method, template, path=path)
        assert info.value.field == field
    assert fake.requests == []


async def test_request_stream_yields_the_items_of_an_array(np6: NP6Client) -> None:
    params = {"sort": "asc"}
    raw = [
        e
        async for e in np6.request_stream(
            "GET", "/notifications/{id}/events/activations", path={"id": 42}, params=params
        )
    ]
    typed = [e async for e in np6.notification.list_notification_activations.stream(42, sort="asc")]
    assert [item["id"] for item in raw] == [str(event.id) for event in typed]
    assert len(raw) == 30


async def test_request_stream_errors_like_the_generated_stream(np6: NP6Client, fake: FakeNP6) -> None:
    errors = []
    for stream in (
        lambda: np6.notification.list_notification_activations.stream(42),
        lambda: np6.request_stream("GET", "/notifications/{id}/events/activations", path={"id": 42}),
    ):
        fake.faults.add(Fault(method="GET", path="/notifications/{id}/events/activations", status=401))
        with pytest.raises(Exception) as info:  # noqa: PT011 - the type is what is compared
            async for _ in stream():
                pass
        errors.append(type(info.value).__name__)
    assert errors == ["AuthenticationError", "AuthenticationError"]
    assert len(fake.requests) == 2  # a 401 is not retried, by either


async def test_an_empty_mapping_fits_every_kind_so_none_is_guessed(np6: NP6Client, fake: FakeNP6) -> None:
    with pytest.raises(InvalidRequestError) as single:
        await np6.email_sms.send_action_message("1", {})
    assert single.value.field == "body"
    assert single.value.problem.startswith("is an empty mapping, which fits each of")
    with pytest.raises(InvalidRequestError) as listed:
        await np6.email_sms.render_action_messages("1", [{}])
    assert listed.value.problem.startswith("items fit no single kind")
    assert fake.requests == []
