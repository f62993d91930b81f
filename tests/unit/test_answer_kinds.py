"""Which JSON type each documented 2xx body has, references to shared schemas and answers followed."""

from typing import Any

import httpx
import pytest

from np6_client._spec.response_types import answers
from np6_client._transport.seam import _shape_problem

SPEC: dict[str, Any] = {
    "components": {
        "schemas": {"Targets": {"type": "array", "items": {"type": "object"}}, "Count": {"type": "integer"}},
        "responses": {"Created": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Count"}}}}},
    }
}


def test_a_body_schema_given_by_reference_is_followed() -> None:
    operation = {
        "responses": {
            "200": {
                "content": {"application/vnd.np6.targets+json": {"schema": {"$ref": "#/components/schemas/Targets"}}}
            },
            "201": {"$ref": "#/components/responses/Created"},
            "400": {"content": {"application/json": {"schema": {"type": "object"}}}},
            "204": {"description": "no body"},
        }
    }
    assert answers(operation, SPEC) == {200: "array", 201: "integer"}


def test_media_types_that_disagree_give_no_kind() -> None:
    operation = {
        "responses": {
            "200": {
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/Targets"}},
                    "application/vnd.np6.count+json": {"schema": {"$ref": "#/components/schemas/Count"}},
                    "text/csv": {"schema": {"type": "string"}},
                }
            }
        }
    }
    assert answers(operation, SPEC) == {}


# (kind due, body, whether it may be that kind): first byte at once or after JSON whitespace.
SHAPES: list[tuple[str | None, bytes, bool]] = [
    ("array", b"[1]", True),
    ("array", b" \t\r\n[1]", True),
    ("array", b"{}", False),
    ("array", b" {}", False),
    ("array", b"", False),
    ("array", b"   ", False),
    ("array", b"\x0c[]", False),  # a form feed is not JSON whitespace
    ("object", b'{"a": 1}', True),
    ("object", b"\n{}", True),
    ("object", b"[]", False),
    ("integer", b"-1", True),
    ("integer", b"17", True),
    ("integer", b" 0", True),
    ("integer", b'"17"', False),
    ("number", b"9.5", True),
    ("string", b'"x"', True),
    ("string", b"x", False),
    ("boolean", b"true", True),
    ("boolean", b" false", True),
    ("boolean", b"null", False),
    (None, b"anything", True),  # no kind documented: nothing to check
    ("no-such-kind", b"anything", True),
]


@pytest.mark.parametrize(("kind", "body", "fits"), SHAPES)
def test_a_body_may_be_its_kind_only_from_its_first_meaningful_byte(kind: str | None, body: bytes, fits: bool) -> None:
    problem = _shape_problem(httpx.Response(200, content=body), kind)
    assert problem == (None if fits else f"expected a JSON {kind}")
