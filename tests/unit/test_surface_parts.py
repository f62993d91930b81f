"""The hand-written pieces under the namespaced surface: path segments, JSON conversion, create
results, statuses, readable models and enums, view options."""

import datetime
import uuid
import warnings

import httpx
import jsonschema
import pytest
import respx

from np6_client import ConfigurationError, Created, InvalidRequestError, MalformedResponseError, NP6Client
from np6_client._bodies import plain_json
from np6_client._paths import expand_path, path_segment
from np6_client._response import http_status
from np6_client._spec import deprecation
from np6_client._spec.validation import _describe
from np6_client.models import (
    ActionState,
    BounceType,
    EventSort,
    ImportExecutionStateState,
    RedlistEntryOrigin,
    Target,
    TargetUpdate,
)
from tests.spec_lookup import enum_of, schema, unlisted

BASE = "https://api-cm.np6.com"


@pytest.mark.parametrize(
    ("value", "segment"),
    [(".", "%2E"), ("..", "%2E%2E"), ("...", "..."), ("a/b", "a%2Fb"), ("a.b", "a.b"), (7, "7"), ("?#", "%3F%23")],
)
def test_a_path_value_stays_one_segment(value: object, segment: str) -> None:
    assert path_segment(value) == segment


@respx.mock
async def test_dot_segments_reach_the_wire_encoded() -> None:
    route = respx.delete(url__regex=r".*").respond(204)
    async with NP6Client(api_key="k") as np6:
        await np6.contact.delete_target("..")
        await np6.request("DELETE", "/targets/{id}", path={"id": "."})
    assert [call.request.url.raw_path for call in route.calls] == [b"/targets/%2E%2E", b"/targets/%2E"]


def test_path_templates_need_exactly_their_values() -> None:
    assert expand_path("/n/{id}/v/{v}", {"id": 7, "v": "a b"}) == "/n/7/v/a%20b"
    with pytest.raises(InvalidRequestError, match=r"path\['id'\]: required"):
        expand_path("/n/{id}", {})
    with pytest.raises(InvalidRequestError, match=r"path\['x'\]: is not a placeholder"):
        expand_path("/n", {"x": 1})


def test_plain_data_becomes_json() -> None:
    when = datetime.datetime(2026, 1, 2, 3, 4, tzinfo=datetime.UTC)
    ident = uuid.UUID("497f6eca-6276-4993-bfeb-53cbbbba6f08")
    value = {"a": [when, ident, ActionState.STATE_38, EventSort.ASC, (1, 2.5)], "b": TargetUpdate(), "c": None}
    assert plain_json(value) == {
        "a": ["2026-01-02T03:04:00+00:00", "497f6eca-6276-4993-bfeb-53cbbbba6f08", 38, "asc", [1, 2.5]],
        "b": {},
        "c": None,
    }
    for bad, field in (({"x": float("nan")}, "body['x']"), ({"y": [object()]}, "body['y'][0]"), ({1: 2}, "body")):
        with pytest.raises(InvalidRequestError) as info:
            plain_json(bad)
        assert info.value.field == field


def test_a_missing_required_member_is_named() -> None:
    validator = jsonschema.Draft4Validator({"properties": {"x": {"required": ["recipient"]}}})
    error = jsonschema.exceptions.best_match(validator.iter_errors({"x": {"other": 1}}))
    assert error is not None
    described = _describe(error)
    assert (described.field, described.problem) == ("body['x']['recipient']", "required")


@pytest.mark.parametrize(
    ("headers", "content", "expected"),
    [
        ({"location": "/actions/12"}, b"", Created(id="12", location="/actions/12", status_code=201)),
        (
            {"location": "https://api-cm.np6.com/imports/a%20b/"},
            b"",
            Created("a b", "https://api-cm.np6.com/imports/a%20b/", 201),
        ),
        ({"content-type": "application/json"}, b'{"id": 5}', Created(id="5", location=None, status_code=201)),
    ],
)
def test_created_reads_the_location_or_an_id(headers: dict[str, str], content: bytes, expected: Created) -> None:
    assert Created.from_response(httpx.Response(201, headers=headers, content=content)) == expected


@pytest.mark.parametrize(
    ("headers", "content"),
    [
        ({}, b""),
        ({"location": "/"}, b""),
        ({"content-type": "text/plain"}, b"Created"),
        ({"content-type": "application/json"}, b'{"id": true}'),
        ({"content-type": "application/json"}, b'{"id": ""}'),
    ],
)
def test_a_creation_naming_no_id_says_it_happened(headers: dict[str, str], content: bytes) -> None:
    with pytest.raises(ValueError, match="the item was created, but the answer names no id"):
        Created.from_response(httpx.Response(201, headers=headers, content=content))


def test_statuses_python_does_not_know_stay_numbers() -> None:
    assert http_status(200) == 200
    assert repr(http_status(201)) == "<HTTPStatus.CREATED: 201>"
    assert http_status(299) == 299


def test_repr_shows_only_what_is_set() -> None:
    assert repr(Target(id="000PKXK4")) == "Target(id='000PKXK4')"
    update = TargetUpdate(additional_properties={"city": "Lyon"})
    assert repr(update) == "TargetUpdate(additional_properties={'city': 'Lyon'})"
    assert update.to_dict() == {"city": "Lyon"}


def test_enum_names_say_what_they_mean() -> None:
    assert (BounceType.VALIDE.value, BounceType.HARD_DOMAIN.value) == ("Validé", "HardDomain")
    assert (ActionState.STATE_38.value, RedlistEntryOrigin.SMS_STOP.value) == (38, 6)
    assert [m.name for m in ImportExecutionStateState] == schema("ImportExecutionState")["properties"]["state"][
        "x-enum-varnames"
    ]
    made_up = unlisted(enum_of("ActionState"), int)
    unknown = ActionState.from_raw(made_up)
    assert (unknown == made_up, unknown.is_known, unknown.name) == (True, False, "UNLISTED")
    assert ActionState.from_raw(10) is ActionState.STATE_10
    with pytest.raises(InvalidRequestError, match="state: must be one of"):
        ActionState.coerce(made_up, "state")
    with pytest.raises(ValueError, match=str(made_up)):
        ActionState(made_up)  # requests stay strict: only from_raw (answers) keeps unknown values


async def test_views_add_headers_and_query_and_refuse_unknown_options() -> None:
    async with NP6Client(api_key="k") as np6:
        view = np6.with_options(extra_headers={"X-A": "1"}, extra_query={"q": 1}).with_options(
            extra_headers={"X-B": "2"}
        )
        client = view.get_async_httpx_client()
        assert (client.headers["x-a"], client.headers["x-b"], client.params["q"]) == ("1", "2", "1")
        with pytest.raises(TypeError):
            np6.with_options(max_retry=1)  # type: ignore[call-arg]
        with pytest.raises(ConfigurationError, match="max_retries"):
            await np6.contact.get_target("T", max_retries=-1)


@respx.mock
async def test_request_parses_json_answers_only() -> None:
    respx.delete(f"{BASE}/x/1").respond(204)
    respx.get(f"{BASE}/page").respond(200, headers={"content-type": "text/html"}, content=b"<p>hi</p>")
    respx.get(f"{BASE}/broken").respond(200, headers={"content-type": "application/json"}, content=b'{"a": ')
    async with NP6Client(api_key="k") as np6:
        empty = await np6.request("DELETE", "/x/{id}", path={"id": 1})
        assert (empty.status_code, empty.parsed, empty.content) == (204, None, b"")
        page = await np6.request("GET", "/page")
        assert (page.parsed, page.content) == (None, b"<p>hi</p>")
        with pytest.raises(MalformedResponseError):
            await np6.request("GET", "/broken")


def test_groups_are_dotted_modules_too() -> None:
    import np6_client.api.contact
    from np6_client._generated.api.contact import get_target

    assert np6_client.api.contact.get_target is get_target
    assert callable(np6_client.api.contact.get_target.GetTargetOperation)


async def test_every_group_is_an_attribute_of_the_client() -> None:
    import np6_client.api

    async with NP6Client(api_key="k") as np6:
        for group in np6_client.api.__all__:
            namespace = getattr(np6, group)
            assert type(namespace).__module__ == f"np6_client._generated.api.{group}"
            assert getattr(np6.with_options(max_retries=0), group) is not namespace  # each view binds its own


def test_a_named_replacement_is_in_the_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(deprecation, "_warned", set())
    monkeypatch.setattr(deprecation, "_replacements", lambda: {"old_op": "np6.group.new_op"})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        deprecation.warn_deprecated("old_op")
        deprecation.warn_deprecated("old_op")
    assert [(w.category, str(w.message)) for w in caught] == [
        (DeprecationWarning, "old_op is deprecated by NP6; use np6.group.new_op instead")
    ]


def test_with_options_offers_every_client_option() -> None:
    import inspect

    import attrs

    from np6_client import ClientOptions, NP6Client

    offered = set(inspect.signature(NP6Client.with_options).parameters) - {"self", "extra_headers", "extra_query"}
    assert offered == set(attrs.fields_dict(ClientOptions))
