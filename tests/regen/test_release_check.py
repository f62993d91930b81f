"""The version/changelog rule, on its own and end to end in a small git repository."""

import json
import subprocess
from pathlib import Path

import pytest
from release_check import check, problems
from releases import ReleaseError, base_ref, last_release, parse_version

NEEDS_020 = "breaking changes since 0.1.0 need version 0.2.0 or later"


@pytest.mark.parametrize(
    ("last", "current", "documented", "breaking", "expected"),
    [
        ("0.1.0", "0.1.0", {"0.1.0"}, False, []),
        ("0.1.0", "0.1.1", {"0.1.0", "0.1.1"}, False, []),
        ("0.1.0", "0.1.1", {"0.1.0"}, False, ["CHANGELOG.md has no '## 0.1.1' section"]),
        ("0.1.0", "0.1.0", {"0.1.0"}, True, [NEEDS_020, "CHANGELOG.md has no '## 0.2.0' section"]),
        ("0.1.0", "0.1.1", {"0.1.0", "0.1.1"}, True, [NEEDS_020, "CHANGELOG.md has no '## 0.2.0' section"]),
        ("0.1.0", "0.1.1", {"0.2.0"}, True, [NEEDS_020]),
        ("0.1.0", "0.2.0", {"0.1.0"}, True, ["CHANGELOG.md has no '## 0.2.0' section"]),
        ("0.1.0", "0.2.0", {"0.1.0", "0.2.0"}, True, []),
        ("0.1.0", "1.0.0", {"1.0.0"}, True, []),
        ("1.4.2", "1.5.0", {"1.5.0"}, True, ["breaking changes since 1.4.2 need version 2.0.0 or later", "CHANGELOG"]),
        ("1.4.2", "2.0.0", {"2.0.0"}, True, []),
        ("0.2.0", "0.1.9", {"0.1.9"}, False, ["version 0.1.9 in pyproject.toml is older than the last release 0.2.0"]),
    ],
)
def test_the_rule(last: str, current: str, documented: set[str], breaking: bool, expected: list[str]) -> None:
    found = problems(last, current, dict.fromkeys(documented, ""), breaking=breaking)
    assert len(found) == len(expected)
    for problem, start in zip(found, expected, strict=True):
        assert problem.startswith(start)


BROKEN = ["count_targets", "np6_client.models.Target"]


@pytest.mark.parametrize(
    ("section", "unnamed"),
    [
        ("", BROKEN),
        ("- Something changed.\n", BROKEN),
        ("- `count_targets` answers a list.\n", ["np6_client.models.Target"]),
        ("- `count_targets` answers a list; `Target.last_update_date` is gone.\n", []),
        ("- `np6.contact.count_targets()` answers a list; `np6_client.models.Target` changed.\n", []),
        # A longer name, or a part of one, is not the name.
        ("- `recount_targets` and `count_targets_v2`; `TargetDetail` and `models.Targets`.\n", BROKEN),
    ],
)
def test_the_new_section_must_name_each_break(section: str, unnamed: list[str]) -> None:
    found = problems("0.1.0", "0.2.0", {"0.1.0": "", "0.2.0": section}, breaking=True, broken=BROKEN)
    if not unnamed:
        assert found == []
        return
    assert found == [
        "CHANGELOG.md's '## 0.2.0' section does not name every break; it must name each of: "
        + ", ".join(f"`{name}`" for name in unnamed)
    ]


def test_the_first_refusal_says_the_version_and_every_name_at_once() -> None:
    found = problems("0.1.0", "0.1.0", {"0.1.0": ""}, breaking=True, broken=BROKEN)
    assert found == [
        "breaking changes since 0.1.0 need version 0.2.0 or later (0.x: a higher minor; from 1.0: a higher major), "
        "pyproject.toml says 0.1.0",
        "CHANGELOG.md has no '## 0.2.0' section; it must name each of: `count_targets`, `np6_client.models.Target`",
    ]


def _git(root: Path, *args: str) -> str:
    cmd = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args]
    return subprocess.run(cmd, cwd=root, check=True, capture_output=True, text=True).stdout.strip()


SPEC = {
    "openapi": "3.0.3",
    "paths": {
        "/pets/{id}": {
            "get": {
                "operationId": "get_pet",
                "responses": {
                    "200": {
                        "description": "a pet",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}},
                    }
                },
            }
        }
    },
    "components": {"schemas": {"Pet": {"type": "object", "properties": {"id": {}, "name": {}}}}},
}
API = "def get_pet(pet_id: str) -> None:\n    pass\n"
MODELS = "from ._generated.models import *  # noqa: F403\nfrom ._generated.models import __all__ as __all__\n"
GENERATED_MODELS = '__all__ = ["Pet", "Owner"]\n\n\nclass Pet:\n    pass\n\n\nclass Owner:\n    pass\n'


class Project:
    """A repository laid out like this one, released as 0.1.0 at its first commit."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.write("pyproject.toml", '[project]\nname = "x"\nversion = "0.1.0"\n')
        self.write("CHANGELOG.md", "# Changelog\n\n## 0.1.0 (2026-11-24)\n\n- First release.\n")
        self.write("np6_client/__init__.py", API)
        self.write("np6_client/models.py", MODELS)
        self.write("np6_client/_generated/__init__.py", "")
        self.write("np6_client/_generated/models/__init__.py", GENERATED_MODELS)
        self.write("np6_client/_generated/openapi.json", json.dumps(SPEC))
        _git(root, "init", "-q")
        _git(root, "add", "-A")
        _git(root, "commit", "-qm", "first")
        self.release = _git(root, "rev-parse", "HEAD")
        self.write("releases.toml", f'[[release]]\nversion = "0.1.0"\ncommit = "{self.release}"\n')
        _git(root, "add", "-A")
        _git(root, "commit", "-qm", "release record")

    def commit_as_release(self) -> None:
        """Record the working tree as release 0.1.0."""
        _git(self.root, "add", "-A")
        _git(self.root, "commit", "-qm", "release")
        self.release = _git(self.root, "rev-parse", "HEAD")
        self.write("releases.toml", f'[[release]]\nversion = "0.1.0"\ncommit = "{self.release}"\n')
        _git(self.root, "add", "-A")
        _git(self.root, "commit", "-qm", "release record")

    def write(self, path: str, text: str) -> None:
        target = self.root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")

    def edit(self, path: str, old: str, new: str) -> None:
        text = (self.root / path).read_text(encoding="utf-8")
        assert old in text
        self.write(path, text.replace(old, new))


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return Project(tmp_path)


def test_nothing_changed_passes_without_a_tag(project: Project) -> None:
    text, found = check(project.root)
    assert found == []
    assert f"spec changes since release 0.1.0 ({project.release}): none" in text
    assert "public API breakages since" in text


def test_a_removed_response_field_fails_until_version_and_changelog_say_so(project: Project) -> None:
    project.edit("np6_client/_generated/openapi.json", ', "name": {}', "")
    text, found = check(project.root)
    assert "breaking    get_pet (GET /pets/{id}) response 200 application/json `name`: field removed" in text
    assert found == [
        f"{NEEDS_020} (0.x: a higher minor; from 1.0: a higher major), pyproject.toml says 0.1.0",
        "CHANGELOG.md has no '## 0.2.0' section; it must name each of: `get_pet`",
    ]

    project.edit("pyproject.toml", '"0.1.0"', '"0.2.0"')
    assert check(project.root)[1] == ["CHANGELOG.md has no '## 0.2.0' section; it must name each of: `get_pet`"]

    project.edit("CHANGELOG.md", "## 0.1.0", "## 0.2.0 (unreleased)\n\n- Pets have no name.\n\n## 0.1.0")
    assert check(project.root)[1] == [
        "CHANGELOG.md's '## 0.2.0' section does not name every break; it must name each of: `get_pet`"
    ]

    project.edit("CHANGELOG.md", "- Pets have no name.", "- `get_pet` answers pets without a name.")
    assert check(project.root)[1] == []


def test_a_renamed_python_parameter_breaks_though_the_spec_is_unchanged(project: Project) -> None:
    project.edit("np6_client/__init__.py", "pet_id", "id")
    text, found = check(project.root)
    assert "spec changes since release 0.1.0" in text
    assert "none" in text.splitlines()[0]
    assert text.splitlines()[-2:] == [
        "  breaking    np6_client.get_pet: Parameter was added as required: id",
        "  breaking    np6_client.get_pet: Parameter was removed: pet_id",
    ]
    assert len(found) == 2
    assert found[0].startswith(NEEDS_020)
    assert found[1].endswith("it must name each of: `np6_client.get_pet`")


def test_a_model_removed_behind_the_public_reexport_breaks(project: Project) -> None:
    project.edit("np6_client/_generated/models/__init__.py", ', "Owner"]', "]")
    text, found = check(project.root)
    assert "  breaking    np6_client.models.Owner: Public object was removed" in text.splitlines()
    assert found[0].startswith(NEEDS_020)
    assert found[1].endswith("it must name each of: `np6_client.models.Owner`")


def test_a_member_of_a_reexported_model_is_named_by_its_public_path(project: Project) -> None:
    project.edit("np6_client/_generated/models/__init__.py", "class Pet:\n    pass", "class Pet:\n    name = 1")
    project.commit_as_release()
    project.edit("np6_client/_generated/models/__init__.py", "class Pet:\n    name = 1", "class Pet:\n    pass")
    text, found = check(project.root)
    assert "  breaking    np6_client.models.Pet.name: Public object was removed" in text.splitlines()
    assert "_generated" not in text
    assert found[1].endswith("it must name each of: `np6_client.models.Pet`")


def test_an_added_model_is_compatible(project: Project) -> None:
    project.edit("np6_client/_generated/models/__init__.py", ', "Owner"]', ', "Owner", "Vet"]\n\n\nclass Vet: ...\n')
    text, found = check(project.root)
    assert "public API breakages since" in text
    assert text.splitlines()[-1].endswith(": none")
    assert found == []


def test_the_tag_is_used_when_present_and_must_match_the_record(project: Project) -> None:
    release = last_release(project.root)
    assert base_ref(release, project.root) == project.release
    _git(project.root, "tag", "v0.1.0", project.release)
    assert base_ref(release, project.root) == "v0.1.0"
    _git(project.root, "tag", "-f", "v0.1.0", "HEAD")
    with pytest.raises(ReleaseError, match=r"tag v0\.1\.0 points at"):
        base_ref(release, project.root)


def test_a_release_commit_missing_from_the_clone_is_reported(project: Project) -> None:
    project.write("releases.toml", '[[release]]\nversion = "0.1.0"\ncommit = "' + "0" * 40 + '"\n')
    with pytest.raises(ReleaseError, match="is not in this clone"):
        check(project.root)


@pytest.mark.parametrize("text", ["0.2", "v0.2.0", "0.2.0rc1", ""])
def test_a_version_that_is_not_major_minor_patch_is_refused(text: str) -> None:
    with pytest.raises(ReleaseError, match=r"MAJOR\.MINOR\.PATCH"):
        parse_version(text)


def test_an_empty_release_record_is_refused(project: Project) -> None:
    project.write("releases.toml", "# none yet\n")
    with pytest.raises(ReleaseError, match="records no release"):
        last_release(project.root)
