"""The change report's categories beyond fields and operations, each marked for this SDK.

Each test edits one small spec and compares the report with lines derived from the rule: requests
are validated before sending and callers set their fields, so what refuses an earlier call breaks;
readers of an answer rely on what it held and its bounds, so what they may newly meet breaks.
"""

import copy
from collections.abc import Callable
from typing import Any

import pytest
from spec_diff import SDK_READ_HEADERS, diff

Spec = dict[str, Any]
WHERE = "create_pet (POST /pets)"
BODY = f"{WHERE} request body application/json"
ANSWER = f"{WHERE} response 201 application/json"


def _spec() -> Spec:
    pet = {
        "type": "object",
        "properties": {
            "id": {"type": "integer", "format": "int32"},
            "name": {"type": "string", "maxLength": 40},
            "age": {"type": "integer", "minimum": 0, "maximum": 30},
            "size": {"type": "string", "default": "m"},
            "secret": {"type": "string"},
        },
    }
    return {
        "openapi": "3.0.3",
        "security": [{"XKey": []}],
        "paths": {
            "/pets": {
                "post": {
                    "operationId": "create_pet",
                    "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer", "default": 10}}],
                    "requestBody": {"content": {"application/json": {"schema": copy.deepcopy(pet)}}},
                    "responses": {
                        "201": {
                            "description": "created",
                            "headers": {
                                "Location": {"schema": {"type": "string"}},
                                "X-Trace": {"schema": {"type": "string"}},
                            },
                            "content": {"application/json": {"schema": copy.deepcopy(pet)}},
                        },
                        "429": {"description": "slow down", "headers": {"Retry-After": {"schema": {"type": "string"}}}},
                    },
                }
            }
        },
        "components": {"securitySchemes": {"XKey": {"type": "apiKey", "in": "header", "name": "X-Key"}}},
    }


def _lines(edit: Callable[[Spec], None]) -> list[str]:
    old = _spec()
    new = copy.deepcopy(old)
    edit(new)
    return [change.line() for change in diff(old, new)]


def _body(spec: Spec) -> dict[str, Any]:
    props: dict[str, Any] = spec["paths"]["/pets"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    return props["properties"]  # type: ignore[no-any-return]


def _answer(spec: Spec) -> dict[str, Any]:
    answer = spec["paths"]["/pets"]["post"]["responses"]["201"]
    return answer["content"]["application/json"]["schema"]["properties"]  # type: ignore[no-any-return]


def _headers(spec: Spec, status: str) -> dict[str, Any]:
    return spec["paths"]["/pets"]["post"]["responses"][status]["headers"]  # type: ignore[no-any-return]


# -- response headers


def test_a_removed_header_the_sdk_reads_breaks() -> None:
    assert "location" in SDK_READ_HEADERS and "retry-after" in SDK_READ_HEADERS
    assert _lines(lambda s: _headers(s, "201").pop("Location")) == [
        f"breaking    {WHERE} response 201 header `location`: removed (the SDK reads it)"
    ]
    assert _lines(lambda s: _headers(s, "429").pop("Retry-After")) == [
        f"breaking    {WHERE} response 429 header `retry-after`: removed (the SDK reads it)"
    ]


def test_a_removed_header_nobody_reads_is_compatible_unless_it_was_required() -> None:
    assert _lines(lambda s: _headers(s, "201").pop("X-Trace")) == [
        f"compatible  {WHERE} response 201 header `x-trace`: removed"
    ]

    def required_then_removed(spec: Spec) -> None:
        _headers(spec, "201").pop("X-Trace")

    old = _spec()
    _headers(old, "201")["X-Trace"]["required"] = True
    new = copy.deepcopy(old)
    required_then_removed(new)
    assert [c.line() for c in diff(old, new)] == [
        f"breaking    {WHERE} response 201 header `x-trace`: removed (it was required)"
    ]


def test_an_added_header_is_compatible_and_header_names_ignore_case() -> None:
    def rename_case_and_add(spec: Spec) -> None:
        headers = _headers(spec, "201")
        headers["location"] = headers.pop("Location")
        headers["X-New"] = {"schema": {"type": "string"}}

    assert _lines(rename_case_and_add) == [f"compatible  {WHERE} response 201 header `x-new`: added"]


def test_a_header_type_change_breaks() -> None:
    assert _lines(lambda s: _headers(s, "429")["Retry-After"].update(schema={"type": "integer"})) == [
        f"breaking    {WHERE} response 429 header `retry-after`: type changed from string to integer"
    ]


# -- defaults


def test_a_changed_request_default_breaks_a_new_one_does_not_and_answers_never() -> None:
    assert _lines(lambda s: s["paths"]["/pets"]["post"]["parameters"][0]["schema"].update(default=20)) == [
        f"breaking    {WHERE} query parameter `limit`: default 10 -> 20"
    ]
    assert _lines(lambda s: _body(s)["size"].pop("default")) == [f'breaking    {BODY} `size`: default "m" -> unset']
    assert _lines(lambda s: _body(s)["name"].update(default="rex")) == [
        f'compatible  {BODY} `name`: default unset -> "rex"'
    ]
    assert _lines(lambda s: _answer(s)["size"].update(default="l")) == [
        f'compatible  {ANSWER} `size`: default "m" -> "l"'
    ]


# -- bounds: exclusive limits, and the direction of a widening


@pytest.mark.parametrize("key", ["exclusiveMinimum", "exclusiveMaximum"])
def test_an_exclusive_limit_tightens_a_request_and_loosens_nothing_in_an_answer(key: str) -> None:
    assert _lines(lambda s: _body(s)["age"].update({key: True})) == [f"breaking    {BODY} `age`: {key} unset -> true"]
    assert _lines(lambda s: _answer(s)["age"].update({key: True})) == [
        f"compatible  {ANSWER} `age`: {key} unset -> true"
    ]
    old = _spec()
    _body(old)["age"][key] = True
    _answer(old)["age"][key] = True
    new = copy.deepcopy(old)
    _body(new)["age"][key] = False
    _answer(new)["age"][key] = False
    assert [c.line() for c in diff(old, new)] == [
        f"compatible  {BODY} `age`: {key} true -> false",
        f"breaking    {ANSWER} `age`: {key} true -> false",
    ]


def test_a_widened_bound_is_compatible_in_a_request_and_breaking_in_an_answer() -> None:
    def widen(spec: Spec) -> None:
        for fields in (_body(spec), _answer(spec)):
            fields["name"]["maxLength"] = 80
            fields["age"]["minimum"] = -1

    assert _lines(widen) == [
        f"compatible  {BODY} `name`: maxLength 40 -> 80",
        f"compatible  {BODY} `age`: minimum 0 -> -1",
        f"breaking    {ANSWER} `name`: maxLength 40 -> 80",
        f"breaking    {ANSWER} `age`: minimum 0 -> -1",
    ]

    def narrow(spec: Spec) -> None:
        for fields in (_body(spec), _answer(spec)):
            fields["name"]["maxLength"] = 20

    assert _lines(narrow) == [
        f"breaking    {BODY} `name`: maxLength 40 -> 20",
        f"compatible  {ANSWER} `name`: maxLength 40 -> 20",
    ]


# -- security schemes


def test_renaming_the_key_header_breaks_authentication() -> None:
    scheme = "components", "securitySchemes", "XKey"
    assert _lines(lambda s: s[scheme[0]][scheme[1]][scheme[2]].update(name="X-Api-Key")) == [
        'breaking    security scheme `XKey`: name "X-Key" -> "X-Api-Key"'
    ]
    assert _lines(lambda s: s[scheme[0]][scheme[1]][scheme[2]].update({"in": "query"})) == [
        'breaking    security scheme `XKey`: in "header" -> "query"'
    ]


def test_a_new_required_scheme_breaks_an_added_alternative_does_not() -> None:
    def require_more(spec: Spec) -> None:
        spec["components"]["securitySchemes"]["Token"] = {"type": "http", "scheme": "bearer"}
        spec["security"] = [{"XKey": [], "Token": []}]

    assert _lines(require_more) == [
        "compatible  security scheme `Token`: added",
        'breaking    security: security requirement [{"XKey": []}] -> [{"XKey": [], "Token": []}]',
    ]

    def offer_another(spec: Spec) -> None:
        spec["components"]["securitySchemes"]["Token"] = {"type": "http", "scheme": "bearer"}
        spec["security"] = [{"XKey": []}, {"Token": []}]

    assert _lines(offer_another) == [
        "compatible  security scheme `Token`: added",
        'compatible  security: security requirement [{"XKey": []}] -> [{"XKey": []}, {"Token": []}]',
    ]


def test_an_operation_level_requirement_is_compared_too() -> None:
    assert _lines(lambda s: s["paths"]["/pets"]["post"].update(security=[{"Other": []}])) == [
        f'breaking    {WHERE}: security requirement null -> [{{"Other": []}}]'
    ]


# -- widening and narrowing of types and formats


def test_int32_to_int64_is_compatible_in_a_request_and_breaking_in_an_answer() -> None:
    def widen(spec: Spec) -> None:
        _body(spec)["id"]["format"] = "int64"
        _answer(spec)["id"]["format"] = "int64"

    assert _lines(widen) == [
        f"compatible  {BODY} `id`: type widened from integer(int32) to integer(int64)",
        f"breaking    {ANSWER} `id`: type widened from integer(int32) to integer(int64)",
    ]


def test_integer_to_number_widens_and_the_reverse_narrows() -> None:
    def to_number(spec: Spec) -> None:
        _body(spec)["age"]["type"] = "number"
        _answer(spec)["age"]["type"] = "number"

    assert _lines(to_number) == [
        f"compatible  {BODY} `age`: type widened from integer to number",
        f"breaking    {ANSWER} `age`: type widened from integer to number",
    ]
    old = _spec()
    new = copy.deepcopy(old)
    to_number(old)
    assert [c.line() for c in diff(old, new)] == [
        f"breaking    {BODY} `age`: type narrowed from number to integer",
        f"compatible  {ANSWER} `age`: type narrowed from number to integer",
    ]


def test_a_retyping_that_is_no_widening_breaks_both_ways() -> None:
    assert _lines(lambda s: _body(s)["name"].update(type="integer")) == [
        f"breaking    {BODY} `name`: type changed from string to integer"
    ]
    assert _lines(lambda s: _body(s)["name"].update(format="date-time")) == [
        f"breaking    {BODY} `name`: type changed from string to string(date-time)"
    ]


# -- readOnly / writeOnly


def test_read_only_hides_a_request_field_and_write_only_an_answer_field() -> None:
    def mark(spec: Spec) -> None:
        for fields in (_body(spec), _answer(spec)):
            fields["id"]["readOnly"] = True
            fields["secret"]["writeOnly"] = True

    assert _lines(mark) == [
        f"breaking    {BODY} `id`: made read-only",
        f"compatible  {BODY} `secret`: made write-only",
        f"compatible  {ANSWER} `id`: made read-only",
        f"breaking    {ANSWER} `secret`: made write-only",
    ]
    old = _spec()
    mark(old)
    assert [c.line() for c in diff(old, _spec())] == [
        f"compatible  {BODY} `id`: no longer read-only",
        f"compatible  {BODY} `secret`: no longer write-only",
        f"compatible  {ANSWER} `id`: no longer read-only",
        f"compatible  {ANSWER} `secret`: no longer write-only",
    ]


# -- lifecycle marks


@pytest.mark.parametrize(
    ("mark", "value", "what"),
    [
        ("x-np6-experimental", True, "operation marked experimental"),
        ("x-experimental", True, "operation marked experimental (x-experimental)"),
        ("x-beta", True, "operation marked experimental (x-beta)"),
        ("x-stability-level", "alpha", 'operation x-stability-level unset -> "alpha"'),
        ("x-sunset", "2027-06-30", 'operation x-sunset unset -> "2027-06-30"'),
        ("deprecated", True, "operation deprecated"),
    ],
)
def test_lifecycle_marks_are_reported_and_never_break(mark: str, value: Any, what: str) -> None:
    assert _lines(lambda s: s["paths"]["/pets"]["post"].update({mark: value})) == [f"compatible  {WHERE}: {what}"]


def test_a_field_marked_experimental_is_reported() -> None:
    assert _lines(lambda s: _answer(s)["name"].update({"x-np6-experimental": True})) == [
        f"compatible  {ANSWER} `name`: marked experimental"
    ]


def test_dropping_the_key_alternative_breaks_even_when_another_remains() -> None:
    def only_token(spec: Spec) -> None:
        spec["components"]["securitySchemes"]["Token"] = {"type": "http", "scheme": "bearer"}
        spec["paths"]["/pets"]["post"]["security"] = [{"Token": []}]

    assert _lines(only_token) == [
        f'breaking    {WHERE}: security requirement null -> [{{"Token": []}}]',
        "compatible  security scheme `Token`: added",
    ]
    old = _spec()
    old["components"]["securitySchemes"]["Token"] = {"type": "http", "scheme": "bearer"}
    old["security"] = [{"XKey": []}, {"Token": []}]
    new = copy.deepcopy(old)
    new["security"] = [{"Token": []}]
    assert [c.line() for c in diff(old, new)] == [
        'breaking    security: security requirement [{"XKey": []}, {"Token": []}] -> [{"Token": []}]'
    ]
    new["security"] = [{"XKey": []}]
    assert [c.line() for c in diff(old, new)] == [
        'compatible  security: security requirement [{"XKey": []}, {"Token": []}] -> [{"XKey": []}]'
    ]
