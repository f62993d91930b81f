"""What the SDK refuses before sending, read from the spec: exact fields and messages."""

import json
from typing import Any

import httpx
import pytest

from np6_client import InvalidRequestError
from np6_client._spec.validation import validate_request

BASE = "https://api-cm.np6.com"


def check(method: str, path: str, *, body: Any = None, params: dict[str, str] | None = None, media: str = "") -> None:
    headers = {"content-type": media or "application/json"} if body is not None else {}
    content = json.dumps(body).encode() if body is not None else b""
    validate_request(httpx.Request(method, f"{BASE}{path}", params=params, content=content, headers=headers))


def refusal(method: str, path: str, **kwargs: Any) -> tuple[str, str]:
    with pytest.raises(InvalidRequestError) as info:
        check(method, path, **kwargs)
    return info.value.field, info.value.problem


def test_too_many_items_names_the_count_and_the_limit() -> None:
    assert refusal("PUT", "/segments/1/targets", body=[f"T{i}" for i in range(51)]) == (
        "body",
        "has 51 items; at most 50 are allowed",
    )
    check("PUT", "/segments/1/targets", body=[f"T{i}" for i in range(50)])


def test_a_wrong_type_names_the_item_and_both_types() -> None:
    assert refusal("PUT", "/segments/1/targets", body=["A", 5]) == ("body[1]", "must be of type string, not int")


def test_a_value_outside_an_enum_lists_the_allowed_ones() -> None:
    field, problem = refusal("POST", "/actions", body={"informations": {"state": 11}})
    assert field == "body['informations']['state']"
    assert problem == "must be one of [10, 20, 30, 35, 36, 38, 40, 50, 55, 60]"


def test_a_body_that_is_not_json_is_refused() -> None:
    request = httpx.Request(
        "PUT", f"{BASE}/segments/1/targets", content=b"[oops", headers={"content-type": "application/json"}
    )
    with pytest.raises(InvalidRequestError) as info:
        validate_request(request)
    assert info.value.field == "body" and info.value.problem.startswith("is not JSON: ")


def test_a_required_body_and_an_optional_one() -> None:
    assert refusal("PUT", "/segments/1/targets") == ("body", "is required")
    check("GET", "/targets/T1")  # its body is optional


@pytest.mark.parametrize("media", ["application/vnd.np6.cm.email", "application/vnd.np6.cm.sms"])
def test_vendor_media_types_are_json_and_checked(media: str) -> None:
    assert refusal("POST", "/actions/7/render", body=[], media=media) == ("body", "must be of type object, not list")
    check("POST", "/actions/7/render", body={}, media=media)


def test_a_plus_json_media_type_is_checked_too() -> None:
    field, _ = refusal("GET", "/targets/T1", body=[], media="application/vnd.mperf.v8.model.v1+json")
    assert field == "body"


def test_an_unknown_media_type_is_not_judged() -> None:
    check("POST", "/actions/7/render", body={"blocks": 5}, media="text/plain")


def test_an_empty_path_parameter_is_named() -> None:
    assert refusal("DELETE", "/targets/") == ("id", "must not be empty")
    assert refusal("GET", "/actions//targets/T1/archives") == ("id", "must not be empty")
    assert refusal("GET", "/actions/7/targets//archives") == ("target", "must not be empty")


def test_a_literal_path_wins_over_a_template_that_matches_it() -> None:
    check("GET", "/targets/redlist/mail", params={"startDate": "2024-01-15T09:30:00+00:00"})
    with pytest.raises(InvalidRequestError):
        check("GET", "/targets/redlist/mail", params={"startDate": "2024-01-15T09:30:00"})


def test_unknown_paths_pass_through() -> None:
    check("GET", "/not/in/the/spec", body=[1] * 99)


@pytest.mark.parametrize(
    ("method", "path", "names"),
    [
        ("GET", "/actions/archives", ("startDate", "endDate")),  # a nullable date-time
        ("GET", "/targets/T1/events", ("start", "end")),  # a date-time or milliseconds (anyOf)
        ("GET", "/actions/reactivities", ("activationStart", "activationEnd", "reactivityStart", "reactivityEnd")),
    ],
)
def test_date_time_query_values_need_an_offset(method: str, path: str, names: tuple[str, ...]) -> None:
    for name in names:
        assert refusal(method, path, params={name: "2024-01-15T09:30:00"}) == (
            name,
            "a date-time needs a UTC offset (a naive datetime is ambiguous)",
        )
        assert refusal(method, path, params={name: "yesterday"}) == (
            name,
            "'yesterday' is neither an ISO 8601 date-time nor milliseconds",
        )
        check(method, path, params={name: "2024-01-15T09:30:00+02:00"})
        check(method, path, params={name: "1705311000000"})
        check(method, path, params={name: "-5"})


def test_other_query_values_are_not_read_as_dates() -> None:
    check("GET", "/targets/T1/events", params={"sort": "2024-01-15T09:30:00"})
    check("GET", "/segments", params={"start": "2024-01-15T09:30:00"})


def spec_error(schema: dict[str, Any], value: Any) -> InvalidRequestError:
    from jsonschema import Draft4Validator
    from jsonschema.exceptions import best_match

    from np6_client._spec.validation import _describe

    error = best_match(Draft4Validator(schema).iter_errors(value))
    assert error is not None
    return _describe(error)


def test_each_rule_has_its_own_short_message() -> None:
    short = spec_error({"type": "array", "minItems": 2}, ["A"])
    assert (short.field, short.problem) == ("body", "has 1 items; at least 2 are required")
    missing = spec_error({"type": "object", "required": ["name"]}, {"secret": "do not echo"})
    assert (missing.field, missing.problem) == ("body['name']", "required")
    typed = spec_error({"properties": {"n": {"type": "integer"}}}, {"n": "1"})
    assert (typed.field, typed.problem) == ("body['n']", "must be of type integer, not str")
    listed = spec_error({"enum": ["a", "b"]}, "c")
    assert listed.problem == "must be one of ['a', 'b']"
    other = spec_error({"maxLength": 1}, "x" * 300)
    assert other.problem.startswith("'xxx") and len(other.problem) == 200


def test_date_time_detection_reads_references_and_alternatives() -> None:
    from np6_client._spec.validation import _is_datetime

    spec = {"components": {"schemas": {"D": {"type": "string", "format": "date-time"}}}}
    assert _is_datetime({"$ref": "#/components/schemas/D"}, spec)
    assert _is_datetime({"anyOf": [{"$ref": "#/components/schemas/D"}, {"type": "integer"}]}, spec)
    assert not _is_datetime({"type": "string"}, spec)
    assert not _is_datetime(None, spec)  # a parameter described by `content`, not `schema`


def test_answer_kinds_come_from_2xx_json_bodies_only() -> None:
    from np6_client._spec.response_types import answers as _answers

    spec = {"components": {"responses": {"Listed": {"content": {"application/json": {"schema": {"type": "array"}}}}}}}
    operation = {
        "responses": {
            "400": {"content": {"application/json": {"schema": {"type": "object"}}}},
            "default": {"content": {"application/json": {"schema": {"type": "object"}}}},
            "200": {"$ref": "#/components/responses/Listed"},
            "201": {"content": {"application/json": {"schema": {"type": ["string", "null"]}}}},
            "202": {"content": {"application/json": {}}},
            "203": {"content": {"text/csv": {"schema": {"type": "string"}}}},
            "204": {"description": "no body"},
        }
    }
    assert _answers(operation, spec) == {200: "array"}
    assert _answers({}, spec) == {}


def test_operations_read_path_level_parameters_and_judge_json_bodies_only() -> None:
    from np6_client._spec.index import operations
    from np6_client._spec.response_types import answers
    from np6_client._spec.validation import checks_of

    spec: dict[str, Any] = {
        "paths": {
            "/things/{id}": {
                "parameters": [{"name": "since", "in": "query", "schema": {"type": "string", "format": "date-time"}}],
                "put": {
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {"schema": {"type": "array"}},
                            "application/merge-patch+json": {},
                            "text/csv": {"schema": {"type": "string"}},
                        },
                    },
                    "responses": {"200": {"content": {"application/json": {"schema": {"type": "integer"}}}}},
                },
            }
        }
    }
    (operation,) = operations(spec)
    assert (operation.method, operation.template, operation.params) == ("PUT", "/things/{id}", ("id",))
    checks = checks_of(operation, spec)
    assert checks.datetime_query == ("since",)
    assert set(checks.bodies) == {"application/json"}
    assert checks.body_required is True
    assert answers(operation.raw, spec) == {200: "integer"}
    assert operation.pattern.match("/things/a b") and not operation.pattern.match("/things/a/b")
    assert operation.loose_pattern.match("/things/").groups() == ("",)  # type: ignore[union-attr]


def test_a_method_with_no_templated_path_passes_through() -> None:
    check("HEAD", "/segments/1")
    check("OPTIONS", "/anything/at/all")


def test_a_media_type_with_parameters_is_still_judged() -> None:
    field, _ = refusal("PUT", "/segments/1/targets", body=[5], media="application/json; charset=utf-8")
    assert field == "body[0]"


def test_a_body_without_a_content_type_is_not_judged() -> None:
    validate_request(httpx.Request("PUT", f"{BASE}/segments/1/targets", content=b"[5]"))


def test_an_enum_refusing_an_object_is_not_mistaken_for_a_missing_member() -> None:
    refused = spec_error({"enum": ["a", "b"]}, {"x": 1})
    assert (refused.field, refused.problem) == ("body", "must be one of ['a', 'b']")


@pytest.mark.parametrize(
    ("sent", "meant"),
    [
        ("for_test", "fortest"),  # a separator
        ("forTest", "fortest"),  # case
        ("fortset", "fortest"),  # two letters swapped
        ("campaignAnalyzer", "campaignAnalyser"),  # one letter
        ("test-segments", "testSegments"),
    ],
)
def test_a_member_close_to_a_listed_one_is_refused_by_name(sent: str, meant: str) -> None:
    field, problem = refusal("POST", "/actions/4/validation", body={sent: True})
    assert (field, problem) == (f"body[{sent!r}]", f"is not a member; did you mean {meant!r}?")


def test_a_misspelt_member_is_named_before_the_errors_it_causes() -> None:
    body = {"informations": {"state": 11}, "informations_": {}}
    assert refusal("POST", "/actions", body=body)[1] == "is not a member; did you mean 'informations'?"


def test_members_far_from_every_listed_one_pass_in_open_schemas() -> None:
    check("POST", "/actions/4/validation", body={"fortest": True, "extension": {"a": 1}, "xy": 1, "fr": 2})


@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("/actions//targets/T1/archives", "id"),
        ("/actions/7/targets//archives", "target"),
        ("/actions//targets//archives", "id"),  # the first empty one is named
    ],
)
def test_a_known_operation_names_its_empty_path_parameter(path: str, field: str) -> None:
    from np6_client._spec.index import index
    from np6_client._spec.validation import validate_operation

    operation = index().by_id["list_action_target_archives"]
    with pytest.raises(InvalidRequestError) as info:
        validate_operation(operation, httpx.Request("GET", f"{BASE}{path}"), path)
    assert (info.value.field, info.value.problem) == (field, "must not be empty")
    assert str(info.value) == f"{field}: must not be empty"


def test_a_known_operation_leaves_a_path_of_another_shape_to_the_server() -> None:
    from np6_client._spec.index import index
    from np6_client._spec.validation import validate_operation

    operation = index().by_id["list_action_target_archives"]
    validate_operation(operation, httpx.Request("GET", f"{BASE}/actions/7/archives"), "/actions/7/archives")


def test_a_request_body_given_as_a_reference_is_read_from_the_components() -> None:
    from np6_client._spec.index import operations
    from np6_client._spec.validation import checks_of

    spec: dict[str, Any] = {
        "paths": {"/things": {"post": {"requestBody": {"$ref": "#/components/requestBodies/Things"}}}},
        "components": {
            "requestBodies": {
                "Things": {"required": True, "content": {"application/json": {"schema": {"type": "array"}}}}
            }
        },
    }
    (operation,) = operations(spec)
    checks = checks_of(operation, spec)
    assert (checks.body_required, set(checks.bodies)) == (True, {"application/json"})


def test_a_request_under_a_base_url_path_is_judged_by_its_path_in_the_spec() -> None:
    request = httpx.Request(
        "PUT",
        f"{BASE}/gateway/np6/segments/1/targets",
        content=json.dumps([f"T{i}" for i in range(51)]).encode(),
        headers={"content-type": "application/json"},
    )
    with pytest.raises(InvalidRequestError) as info:
        validate_request(request, "/segments/1/targets")
    assert (info.value.field, info.value.problem) == ("body", "has 51 items; at most 50 are allowed")
