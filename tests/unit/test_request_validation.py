"""What the SDK refuses before sending, read from the spec: exact fields and messages."""

import json
from typing import Any

import httpx
import pytest

from np6_client import InvalidRequestError
from np6_client._validation import validate_request

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
