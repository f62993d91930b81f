"""The shared OpenAPI 3.0 validator: NP6's formats, their exact bounds, and `nullable` beside composition."""

from typing import Any

import httpx
import pytest

from np6_client import InvalidRequestError
from np6_client._spec.schema_validator import schema_validator
from np6_client._spec.validation import validate_request

BASE = "https://api-cm.np6.com"
INT64_EVENT = {"type": "object", "properties": {"timestamp": {"type": "integer", "format": "int64"}}}


def sent(method: str, path: str, content: bytes) -> None:
    validate_request(
        httpx.Request(method, f"{BASE}{path}", content=content, headers={"content-type": "application/json"})
    )


def refusal(method: str, path: str, content: bytes) -> tuple[str, str]:
    with pytest.raises(InvalidRequestError) as info:
        sent(method, path, content)
    return info.value.field, info.value.problem


def problems(schema: Any, value: Any, components: dict[str, Any] | None = None) -> list[str]:
    validator = schema_validator(schema, components or {"schemas": {}})
    return sorted(error.message for error in validator.iter_errors(value))


@pytest.mark.parametrize("value", [-(2**31), -1, 0, 7, 2**31 - 1])
def test_an_int32_field_accepts_its_whole_range(value: int) -> None:
    sent("POST", "/segments", b'{"parentId": %d}' % value)


@pytest.mark.parametrize("value", [-(2**31) - 1, 2**31, 2**40])
def test_an_int32_field_refuses_a_value_one_past_either_end(value: int) -> None:
    assert refusal("POST", "/segments", b'{"parentId": %d}' % value) == (
        "body['parentId']",
        f"{value} is not a 'int32'",
    )


@pytest.mark.parametrize("value", [b'"7"', b"true", b"1.5"])
def test_a_non_integer_in_an_int32_field_is_a_type_refusal(value: bytes) -> None:
    field, problem = refusal("POST", "/segments", b'{"parentId": %s}' % value)
    assert field == "body['parentId']"
    assert problem.startswith("must be of type integer, not ")


def test_an_int64_value_is_bounded_at_two_to_the_63() -> None:
    for fine in (-(2**63), 0, 2**31, 2**63 - 1):
        assert problems(INT64_EVENT, {"timestamp": fine}) == []
    for wrong in (-(2**63) - 1, 2**63):
        assert problems(INT64_EVENT, {"timestamp": wrong}) == [f"{wrong} is not a 'int64'"]


def test_a_boolean_is_no_integer_for_a_format_only_schema() -> None:
    # Without `type`, only the format judges: a bool is not an int here, so it is not range checked.
    assert problems({"format": "int32"}, True) == []
    assert problems({"format": "int32"}, "text") == []
    assert problems({"format": "int32"}, 2**31) == ["2147483648 is not a 'int32'"]


def test_a_date_time_needs_an_rfc3339_offset_and_a_uuid_its_hyphens() -> None:
    assert refusal("POST", "/segments", b'{"creation": "2024-05-01"}') == (
        "body['creation']",
        "'2024-05-01' is not a 'date-time'",
    )
    sent("POST", "/segments", b'{"creation": "2024-05-01T10:00:00Z"}')
    assert refusal("POST", "/notifications", b'{"application": "0f8fad5bd9cb469fa16570867728950e"}') == (
        "body['application']",
        "'0f8fad5bd9cb469fa16570867728950e' is not a 'uuid'",
    )
    sent("POST", "/notifications", b'{"application": "0f8fad5b-d9cb-469f-a165-70867728950e"}')


def test_only_the_formats_np6_uses_are_checked() -> None:
    # A consumer's own spec for the fake may carry other formats: they are annotations, as OpenAPI allows.
    assert problems({"type": "string", "format": "email"}, "not an address") == []
    assert problems({"type": "string", "format": "ipv4"}, "999.1.1.1") == []


def test_a_null_body_is_refused_where_the_schema_is_not_nullable() -> None:
    assert refusal("POST", "/segments", b"null") == ("body", "must be of type object, not NoneType")


def test_null_is_refused_by_a_reference_or_enum_without_nullable_and_admitted_with_it() -> None:
    components = {"schemas": {"State": {"enum": [10, 20]}}}
    assert problems({"$ref": "#/components/schemas/State"}, None, components) == ["None is not one of [10, 20]"]
    assert problems({"enum": [10, 20]}, None) == ["None is not one of [10, 20]"]
    assert problems({"enum": [10, 20], "nullable": False}, None) == ["None is not one of [10, 20]"]
    assert problems({"allOf": [{"$ref": "#/components/schemas/State"}], "nullable": True}, None, components) == []
    assert problems({"enum": [10, 20], "nullable": True}, None) == []
