"""The spec index: one document, one path grammar, one `$ref` resolver for the SDK and its fake."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from np6_client._spec import index as spec_index
from np6_client.testing._operation_table import Spec, load_bundled_spec

PACKAGE = Path(spec_index.__file__).parent.parent


def test_only_the_index_reads_the_bundled_document() -> None:
    readers = sorted(
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "openapi.json" in path.read_text(encoding="utf-8") and "_generated" not in path.parts
    )
    assert readers == ["_spec/index.py"]


def test_the_document_is_parsed_once_and_shared_with_the_fake() -> None:
    assert spec_index.document() is spec_index.document()
    assert load_bundled_spec() is spec_index.document()
    assert spec_index.index().document is spec_index.document()


def test_references_follow_json_pointer_escapes_and_refuse_cycles() -> None:
    spec: dict[str, Any] = {
        "components": {"schemas": {"a/b": {"$ref": "#/components/schemas/c~0d"}, "c~d": {"type": "integer"}}},
        "loop": {"$ref": "#/loop"},
    }
    assert spec_index.resolve({"$ref": "#/components/schemas/a~1b"}, spec) == {"type": "integer"}
    with pytest.raises(ValueError, match="circular"):
        spec_index.resolve({"$ref": "#/loop"}, spec)
    with pytest.raises(ValueError, match="unsupported"):
        spec_index.resolve({"$ref": "other.yaml#/x"}, spec)
    assert Spec(spec).resolve({"$ref": "#/components/schemas/a~1b"}) == {"type": "integer"}


def test_a_parameter_is_one_whole_segment() -> None:
    index = spec_index.SpecIndex.of(
        {
            "paths": {
                "/things/{id}": {"get": {"operationId": "get_thing"}},
                "/things/new": {"get": {"operationId": "new_thing"}},
            }
        }
    )
    assert index.match("GET", "/things/7").operation_id == "get_thing"  # type: ignore[union-attr]
    assert index.match("GET", "/things/new").operation_id == "new_thing"  # type: ignore[union-attr]
    assert index.match("GET", "/things/7/more") is None
    assert index.match("POST", "/things/7") is None
    assert index.blank_parameter("GET", "/things/") == "id"
    assert index.blank_parameter("GET", "/other/") is None
    assert spec_index.PATH_PARAM.findall("/a/{x}/{y.z}/{not/one}") == ["x", "y.z"]


def test_operation_level_parameters_win_over_the_path_items() -> None:
    spec: dict[str, Any] = {
        "components": {"parameters": {"Q": {"name": "q", "in": "query", "description": "shared"}}},
        "paths": {
            "/x": {
                "parameters": [{"$ref": "#/components/parameters/Q"}, {"name": "p", "in": "query"}],
                "get": {"parameters": [{"name": "q", "in": "query", "description": "own"}]},
            }
        },
    }
    (operation,) = spec_index.operations(spec)
    assert [(p["name"], p.get("description")) for p in operation.parameters(spec)] == [("q", "own"), ("p", None)]
    assert operation.operation_id == "get_/x"


def test_deprecation_and_replacement_come_from_the_operation() -> None:
    deprecated = [op for op in spec_index.index().by_id.values() if op.deprecated]
    assert deprecated
    replaced = [op for op in deprecated if op.replacement]
    assert all(op.replacement and op.replacement.startswith("np6.") for op in replaced)


@pytest.mark.parametrize(
    ("media_type", "expected"),
    [
        ("application/json; charset=utf-8", True),
        ("application/json;charset=utf-8; q=1", True),
        ("Application/Vnd.NP6+JSON ; x=1", True),
        ("text/csv; x=json", False),
        ("text/csv; a=1; b=json", False),
    ],
)
def test_a_media_type_is_judged_without_its_parameters(media_type: str, expected: bool) -> None:
    assert spec_index.is_json(media_type) is expected


def test_path_items_and_operations_may_be_references() -> None:
    spec: dict[str, Any] = {
        "components": {
            "pathItems": {"Thing": {"get": {"$ref": "#/components/operations/getThing"}}},
            "operations": {"getThing": {"operationId": "get_thing", "deprecated": True}},
        },
        "paths": {"/things/{id}": {"$ref": "#/components/pathItems/Thing"}},
    }
    index = spec_index.SpecIndex.of(spec)
    operation = index.match("GET", "/things/7")
    assert operation is not None
    assert (operation.operation_id, operation.deprecated) == ("get_thing", True)


def test_a_document_without_paths_has_no_operations() -> None:
    assert list(spec_index.operations({"openapi": "3.1.0"})) == []
    assert spec_index.SpecIndex.of({}).match("GET", "/anything") is None


def test_a_path_pattern_is_compiled_once_and_only_for_an_operation_matched_against(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    compiled: list[tuple[str, str]] = []
    real = spec_index.path_pattern

    def counting(template: str, segment: str) -> Any:
        compiled.append((template, segment))
        return real(template, segment)

    monkeypatch.setattr(spec_index, "path_pattern", counting)
    paths = {f"/things/{{id}}/{part}": {"get": {"operationId": part}} for part in ("a", "b", "c")}
    index = spec_index.SpecIndex.of({"paths": paths})
    assert compiled == []
    assert index.match("GET", "/things/7/a").operation_id == "a"  # type: ignore[union-attr]
    assert index.match("GET", "/things/8/a").operation_id == "a"  # type: ignore[union-attr]
    assert compiled == [("/things/{id}/a", "[^/]+")]
    assert index.blank_parameter("GET", "/things//a") == "id"
    assert index.blank_parameter("GET", "/things//a") == "id"
    assert compiled[1:] == [("/things/{id}/a", "([^/]*)")]


def test_a_loader_that_cannot_read_the_document_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    spec_index.document.cache_clear()
    monkeypatch.setattr("pkgutil.get_data", lambda package, resource: None)
    with pytest.raises(FileNotFoundError, match=r"_generated/openapi\.json"):
        spec_index.document()
    spec_index.document.cache_clear()
