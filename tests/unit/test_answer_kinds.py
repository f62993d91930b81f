"""Which JSON type each documented 2xx body has, references to shared schemas and answers followed."""

from typing import Any

from np6_client._spec.response_types import answers

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
