"""The spec change report: every kind of change, its line and its breaking mark."""

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from bundle import ROOT
from spec_diff import BUNDLED, Change, SpecDiffError, diff, print_change_report, report, spec_at

FIXTURES = Path(__file__).parent / "fixtures"

# Derived by hand from before.yaml -> after.yaml and the rules in docs/releases.md, in the order the
# report finds them: operations matched, renamed, moved, removed, added; then each operation's
# own changes (flags, parameters, request body, answers) in the older spec's order; then schemas.
EXPECTED = [
    "breaking    GET /pets/{id}: operation renamed from get_pet to fetch_pet",
    "breaking    delete_pet (DELETE /pets/{id}): operation removed",
    "compatible  upload_photo (POST /photos/{id}): operation moved from PUT /pets/{id}/photo",
    "compatible  list_vets (GET /vets): operation added",
    "breaking    list_pets (GET /pets) query parameter `limit`: made required",
    "compatible  list_pets (GET /pets) query parameter `limit`: maximum 100 -> 500",
    "compatible  list_pets (GET /pets) query parameter `cursor`: made optional",
    "breaking    list_pets (GET /pets) query parameter `legacy`: removed",
    'breaking    list_pets (GET /pets) query parameter `sort`: enum value "desc" removed',
    'compatible  list_pets (GET /pets) query parameter `sort`: enum value "random" added',
    "breaking    list_pets (GET /pets) query parameter `since`: type changed from string(date) to string(date-time)",
    "compatible  list_pets (GET /pets) header parameter `x-trace`: deprecated",
    "breaking    list_pets (GET /pets) query parameter `owner`: required parameter added",
    "compatible  list_pets (GET /pets) query parameter `page`: optional parameter added",
    "compatible  list_pets (GET /pets) response 200 application/json `[].id`: minLength unset -> 8",
    "breaking    list_pets (GET /pets) response 200 application/json `[].name`: field made optional",
    "breaking    list_pets (GET /pets) response 200 application/json `[].nickname`: field removed",
    "breaking    list_pets (GET /pets) response 200 application/json `[].age`: type changed from integer to string",
    "compatible  list_pets (GET /pets) response 200 application/json `[].tag`: no longer nullable",
    "breaking    list_pets (GET /pets) response 200 application/json `[].weight`: made nullable",
    'compatible  list_pets (GET /pets) response 200 application/json `[].status`: enum value "lost" added',
    'breaking    list_pets (GET /pets) response 200 application/json `[].kind`: enum value "fish" removed',
    "breaking    list_pets (GET /pets) response 200 application/json `[].owner.address.city`: field removed",
    "compatible  list_pets (GET /pets) response 200 application/json `[].photos[].url`: field made required",
    "compatible  list_pets (GET /pets) response 200 application/json `[].photos[].width`: optional field added",
    "breaking    list_pets (GET /pets) response 200 application/json `[].labels{}`: type changed from string to "
    "integer",
    "compatible  list_pets (GET /pets) response 200 application/json `[].color`: deprecated",
    "breaking    list_pets (GET /pets) response 200 application/json `[].mood`: type changed from string to enum "
    "of string",
    "compatible  list_pets (GET /pets) response 200 application/json `[].breed`: required field added",
    "compatible  list_pets (GET /pets) response 404: removed",
    "breaking    create_pet (POST /pets) request body: made required",
    "breaking    create_pet (POST /pets) request body application/json `name`: maxLength 40 -> 20",
    "breaking    create_pet (POST /pets) request body application/json `nickname`: field made required",
    'breaking    create_pet (POST /pets) request body application/json `nickname`: pattern unset -> "^[a-z]+$"',
    "compatible  create_pet (POST /pets) request body application/json `age`: field made optional",
    'breaking    create_pet (POST /pets) request body application/json `size`: enum value "l" removed',
    'compatible  create_pet (POST /pets) request body application/json `size`: enum value "xl" added',
    "breaking    create_pet (POST /pets) request body application/json `note`: field removed",
    "breaking    create_pet (POST /pets) request body application/json `tag`: no longer nullable",
    "compatible  create_pet (POST /pets) request body application/json `weight`: made nullable",
    "compatible  create_pet (POST /pets) request body application/json `chip`: type widened from integer(int32) to "
    "integer(int64)",
    "breaking    create_pet (POST /pets) request body application/json `species`: required field added",
    "compatible  create_pet (POST /pets) request body application/json `color`: optional field added",
    "breaking    create_pet (POST /pets) request body: media type text/csv removed",
    "breaking    replace_pet (PUT /pets/{id}): operation moved from group Pets to Admin",
    "compatible  replace_pet (PUT /pets/{id}): operation deprecated",
    "compatible  replace_pet (PUT /pets/{id}) request body: made optional",
    "compatible  replace_pet (PUT /pets/{id}) request body: media type application/merge-patch+json added",
    "compatible  upload_photo (POST /photos/{id}) request body: added (optional)",
    "compatible  list_owners (GET /owners): operation no longer deprecated",
    "compatible  list_owners (GET /owners): operation no longer experimental",
    "breaking    list_owners (GET /owners) response 200 application/json `address.city`: field removed",
    "compatible  list_owners (GET /owners) response 200: media type application/xml added",
    "compatible  list_owners (GET /owners) response 202: added",
    "compatible  create_owner (POST /owners): operation marked experimental",
    "breaking    create_owner (POST /owners) request body: removed",
    "breaking    get_stats (GET /stats) request body: added (required)",
    "breaking    get_stats (GET /stats) response 200: media type text/plain removed",
    "breaking    get_stats (GET /stats) response 206: removed",
    "breaking    schema `Legacy`: removed",
    "compatible  schema `Breed`: added",
]


def _fixture(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((FIXTURES / name).read_text(encoding="utf-8"))
    return loaded


@pytest.fixture(scope="module")
def changes() -> list[Change]:
    return diff(_fixture("before.yaml"), _fixture("after.yaml"))


@pytest.mark.parametrize("expected", EXPECTED, ids=range(len(EXPECTED)))
def test_each_expected_line_is_reported(changes: list[Change], expected: str) -> None:
    assert expected in [change.line() for change in changes]


def test_the_report_is_exactly_the_expected_lines_in_order(changes: list[Change]) -> None:
    assert [change.line() for change in changes] == EXPECTED


def test_the_reverse_direction_swaps_the_marks_where_the_rules_are_asymmetric() -> None:
    back = {change.line() for change in diff(_fixture("after.yaml"), _fixture("before.yaml"))}
    assert "compatible  list_pets (GET /pets) query parameter `legacy`: optional parameter added" in back
    assert "breaking    list_pets (GET /pets) query parameter `owner`: removed" in back
    assert "compatible  list_pets (GET /pets) response 200 application/json `[].nickname`: optional field added" in back
    assert "compatible  list_pets (GET /pets) response 200 application/json `[].name`: field made required" in back
    assert "breaking    list_pets (GET /pets) response 200 application/json `[].tag`: made nullable" in back
    assert "compatible  create_pet (POST /pets) request body application/json `tag`: made nullable" in back
    assert "breaking    create_pet (POST /pets) request body application/json `weight`: no longer nullable" in back
    assert "compatible  upload_photo (PUT /pets/{id}/photo): operation moved from POST /photos/{id}" in back


def test_the_report_puts_breaking_changes_first_and_counts_them() -> None:
    changes = [Change(False, "a", "optional field added"), Change(True, "b", "field removed")]
    assert report(changes, "HEAD").splitlines() == [
        "spec changes since HEAD: 2, 1 breaking",
        "  breaking    b: field removed",
        "  compatible  a: optional field added",
    ]
    assert report([], "v0.1.0") == "spec changes since v0.1.0: none"


def _bundled() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((ROOT / BUNDLED).read_text(encoding="utf-8"))
    return loaded


def test_the_bundled_spec_against_itself_changes_nothing() -> None:
    assert diff(_bundled(), _bundled()) == []


def test_a_response_field_removed_from_a_shared_schema_breaks_every_reader_of_it() -> None:
    old = _bundled()
    new = copy.deepcopy(old)
    fields = new["components"]["schemas"]["Target"]["properties"]
    name = next(iter(fields))
    del fields[name]
    breaking = [change.line() for change in diff(old, new) if change.breaking]
    assert breaking == [
        f"breaking    get_target (GET /targets/{{id}}) response 200 application/json `{name}`: field removed",
        f"breaking    find_targets (GET /targets) response 200 application/vnd.np6.experimental+json `{name}`: "
        "field removed",
        f"breaking    upsert_target (PUT /targets) response 200 application/json `{name}`: field removed",
        f"breaking    create_target (POST /targets) response 200 application/json `{name}`: field removed",
        f"breaking    create_target (POST /targets) response 201 application/json `{name}`: field removed",
    ]


def test_a_reference_that_leads_nowhere_is_an_error_not_a_silent_pass() -> None:
    old = _fixture("before.yaml")
    new = copy.deepcopy(old)
    new["components"]["schemas"]["Pet"]["properties"]["owner"] = {"$ref": "#/components/schemas/Nobody"}
    with pytest.raises(SpecDiffError, match="Nobody"):
        diff(old, new)


@pytest.mark.parametrize("combinator", ["allOf", "anyOf"])
def test_a_schema_made_of_itself_is_an_error_not_endless_recursion(combinator: str) -> None:
    old = _fixture("before.yaml")
    new = copy.deepcopy(old)
    new["components"]["schemas"]["Loop"] = {combinator: [{"$ref": "#/components/schemas/Loop"}]}
    new["components"]["schemas"]["Pet"]["properties"]["loop"] = {"$ref": "#/components/schemas/Loop"}
    old["components"]["schemas"]["Pet"]["properties"]["loop"] = {"type": "string"}
    with pytest.raises(SpecDiffError, match="itself"):
        diff(old, new)


def test_make_generate_prints_the_breaking_change_against_the_last_commit(capsys: pytest.CaptureFixture[str]) -> None:
    doc = spec_at("HEAD")
    del doc["paths"]["/targets/{id}"]["get"]["responses"]["200"]
    print_change_report(doc)
    assert capsys.readouterr().out.splitlines() == [
        "spec changes since HEAD: 1, 1 breaking",
        "  breaking    get_target (GET /targets/{id}) response 200: removed",
    ]


def test_without_a_base_the_report_says_why(capsys: pytest.CaptureFixture[str]) -> None:
    print_change_report(spec_at("HEAD"), base="refs/heads/no-such-branch")
    out = capsys.readouterr().out
    assert out.startswith("spec changes since refs/heads/no-such-branch: not compared (")
