"""Try realistic NP6 spec changes on throwaway clones, as a maintainer would, and say how each went.

For each edit: clone the repository's committed state, record that state as released (so the
version gate compares against it), edit `openapi/`, `make generate`'s step, commit, then run
`make api-check`'s step. A compatible edit must pass at once. A breaking edit must be refused,
and the first refusal must say both the version to take and every name the changelog must
mention; the trial then does only that (version in pyproject.toml, a changelog section naming
what the refusal named) and the check must pass. Last, the chosen tests run in the clone: no
other edit is allowed anywhere.

    python tools/regen_trial.py                       # every edit, the spec/fake/surface tests
    python tools/regen_trial.py moved-path --tests "tests/fake tests/loopback"
    python tools/regen_trial.py --lint --tests tests    # what `make test` runs, wheel aside
    python tools/regen_trial.py --list

Exit status 0 when every edit behaved as its kind requires.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TESTS = ("tests/unit/test_spec.py", "tests/fake/test_seeding.py", "tests/loopback/test_surface.py")
Doc = dict[str, Any]


@dataclass(frozen=True)
class Edit:
    name: str
    breaking: bool
    group: str
    change: Callable[[Doc], None]
    says: str


def _operation(doc: Doc, operation_id: str) -> Doc:
    for item in doc["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return operation
    raise KeyError(f"no operation {operation_id}")


def _schema(doc: Doc, name: str) -> Doc:
    schema: Doc = doc["components"]["schemas"][name]
    return schema


def _new_optional_response_field(doc: Doc) -> None:
    _schema(doc, "TargetsCount")["properties"]["countedAt"] = {"type": "string", "format": "date-time"}


def _new_endpoint(doc: Doc) -> None:
    doc["paths"]["/targets/count/history"] = {
        "get": {
            "tags": ["Contact"],
            "operationId": "list_target_counts",
            "summary": "Retrieve earlier target counts",
            "responses": {
                "200": {
                    "description": "earlier counts",
                    "content": {
                        "application/json": {
                            "schema": {"type": "array", "items": {"$ref": "#/components/schemas/TargetsCount"}},
                            "example": [{"targetsCount": 3}],
                        }
                    },
                },
                "401": {"$ref": "#/components/responses/Unauthorized"},
            },
        }
    }


def _new_response_enum_value(doc: Doc) -> None:
    kind = _schema(doc, "Bounce")["properties"]["type"]
    kind["enum"].append("SoftBlock")
    kind["x-enum-varnames"].append("SOFT_BLOCK")


def _capping_unit(doc: Doc) -> Doc:
    unit: Doc = _schema(doc, "WorkflowCappingPeriod")["properties"]["unit"]
    return unit


def _new_request_enum_value(doc: Doc) -> None:
    _capping_unit(doc)["enum"].append("DECADE")


def _deprecated_operation(doc: Doc) -> None:
    _operation(doc, "count_targets")["deprecated"] = True


def _moved_path(doc: Doc) -> None:
    doc["paths"]["/targets/total"] = doc["paths"].pop("/targets/count")


def _removed_field(doc: Doc) -> None:
    del _schema(doc, "ValueList")["properties"]["ordered"]


def _removed_operation(doc: Doc) -> None:
    del doc["paths"]["/targets/{id}/redlist/mail"]


def _new_required_field(doc: Doc) -> None:
    period = _schema(doc, "WorkflowCappingPeriod")
    period["properties"]["zone"] = {"type": "string"}
    period["required"] = [*period.get("required", []), "zone"]


def _new_required_query_parameter(doc: Doc) -> None:
    operation = _operation(doc, "list_value_lists")
    parameter = {"name": "scope", "in": "query", "required": True, "schema": {"type": "string"}}
    operation["parameters"] = [*operation.get("parameters", []), parameter]


def _removed_request_enum_value(doc: Doc) -> None:
    _capping_unit(doc)["enum"].remove("YEAR")


def _changed_path_parameter_type(doc: Doc) -> None:
    for parameter in _operation(doc, "get_value_list")["parameters"]:
        if parameter.get("in") == "path":
            parameter["schema"] = {"type": "string"}


def _changed_response_type(doc: Doc) -> None:
    answer = _operation(doc, "count_targets")["responses"]["200"]["content"]["application/json"]
    answer["schema"] = {"type": "array", "items": {"$ref": "#/components/schemas/TargetsCount"}}
    answer["example"] = [{"targetsCount": 0}]


EDITS = (
    Edit("new-response-field", False, "contact", _new_optional_response_field, "TargetsCount.countedAt added"),
    Edit("new-endpoint", False, "contact", _new_endpoint, "GET /targets/count/history added"),
    Edit("new-response-enum-value", False, "contact", _new_response_enum_value, "bounce type SoftBlock added"),
    Edit("new-request-enum-value", False, "workflow", _new_request_enum_value, "capping unit DECADE added"),
    Edit("deprecated-operation", False, "contact", _deprecated_operation, "count_targets deprecated"),
    Edit("moved-path", False, "contact", _moved_path, "/targets/count moved to /targets/total"),
    Edit("removed-field", True, "enumeration", _removed_field, "ValueList.ordered removed"),
    Edit("removed-operation", True, "contact", _removed_operation, "add_target_to_mail_redlist removed"),
    Edit("new-required-field", True, "workflow", _new_required_field, "capping period requires zone"),
    Edit("new-required-query-parameter", True, "enumeration", _new_required_query_parameter, "scope required"),
    Edit("removed-request-enum-value", True, "workflow", _removed_request_enum_value, "capping unit YEAR removed"),
    Edit("changed-path-parameter-type", True, "enumeration", _changed_path_parameter_type, "value list id a string"),
    Edit("changed-response-type", True, "contact", _changed_response_type, "count_targets answers a list"),
)
_NEEDS = re.compile(r"need version (\d+\.\d+\.\d+) or later")
_NAMES = re.compile(r"must name each of: (.*)$", re.M)


class TrialError(Exception):
    """A step did not go as the edit's kind requires; the message says which and shows its output."""


def _run(clone: Path, *args: str, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(clone), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(args, cwd=clone, env=env, capture_output=True, text=True, timeout=timeout, check=False)


def _git(clone: Path, *args: str) -> str:
    done = _run(clone, "git", "-c", "user.name=trial", "-c", "user.email=trial@example.invalid", *args)
    if done.returncode != 0:
        raise TrialError(f"git {args[0]}: {done.stderr.strip()}")
    return done.stdout.strip()


def _tail(done: subprocess.CompletedProcess[str], lines: int = 25) -> str:
    return "\n".join((done.stdout + done.stderr).strip().splitlines()[-lines:])


@dataclass
class Clone:
    path: Path

    def release_current(self) -> str:
        """Record the clone's HEAD as a release of its pyproject version; answer that version."""
        version = re.search(r'^version = "([^"]+)"', self.read("pyproject.toml"), re.M)
        assert version is not None
        head = _git(self.path, "rev-parse", "HEAD")
        with (self.path / "releases.toml").open("a", encoding="utf-8") as record:
            record.write(f'\n[[release]]\nversion = "{version.group(1)}"\ncommit = "{head}"\n')
        self.commit("release")
        return version.group(1)

    def read(self, name: str) -> str:
        return (self.path / name).read_text(encoding="utf-8")

    def write(self, name: str, text: str) -> None:
        (self.path / name).write_text(text, encoding="utf-8")

    def commit(self, message: str) -> None:
        _git(self.path, "add", "-A")
        _git(self.path, "commit", "-qm", message)

    def edit_spec(self, edit: Edit) -> None:
        group = self.path / "openapi" / "groups" / f"{edit.group}.yaml"
        doc = yaml.safe_load(group.read_text(encoding="utf-8"))
        edit.change(doc)
        group.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")

    def bump(self, version: str, names: list[str], edit: Edit) -> None:
        """What the refusal asked for and nothing else: the version and a section naming each break."""
        self.write(
            "pyproject.toml",
            re.sub(r'^version = "[^"]+"', f'version = "{version}"', self.read("pyproject.toml"), count=1, flags=re.M),
        )
        changelog = self.read("CHANGELOG.md")
        first = changelog.index("\n## ")
        entry = f"\n## {version} (unreleased)\n\n### Breaking\n- {', '.join(names)}: {edit.says}.\n"
        self.write("CHANGELOG.md", changelog[:first] + entry + changelog[first:])


@dataclass
class Outcome:
    edit: Edit
    steps: list[str]
    ok: bool
    seconds: float

    def line(self) -> str:
        kind = "breaking" if self.edit.breaking else "compatible"
        verdict = "as required" if self.ok else "FAILED"
        return f"{self.edit.name} ({kind}, {self.seconds:.0f} s): {verdict}; " + "; ".join(self.steps)


def _check(clone: Clone, edit: Edit, steps: list[str]) -> None:
    done = _run(clone.path, sys.executable, "codegen/release_check.py")
    if not edit.breaking:
        if done.returncode != 0:
            raise TrialError(f"api-check refused a compatible edit:\n{_tail(done)}")
        steps.append("api-check passed")
        return
    if done.returncode != 1:
        raise TrialError(f"api-check did not refuse a breaking edit (exit {done.returncode}):\n{_tail(done)}")
    version, names = _NEEDS.search(done.stderr), _NAMES.search(done.stderr)
    if version is None or names is None:
        raise TrialError(f"the first refusal does not say both the version and the names:\n{_tail(done)}")
    listed = re.findall(r"`([^`]+)`", names.group(1))
    steps.append(f"api-check refused (version {version.group(1)}, names {', '.join(listed)})")
    clone.bump(version.group(1), [f"`{name}`" for name in listed], edit)
    again = _run(clone.path, sys.executable, "codegen/release_check.py")
    if again.returncode != 0:
        raise TrialError(f"api-check still refuses after the version and changelog it asked for:\n{_tail(again)}")
    clone.commit("version and changelog")
    steps.append("passed after version and changelog")


_BIN = Path(sys.executable).parent
_LINTERS = (
    ("ruff check", (str(_BIN / "ruff"), "check", ".")),
    ("ruff format --check", (str(_BIN / "ruff"), "format", "--check", ".")),
    ("mypy", (str(_BIN / "mypy"),)),
)


def _steps(edit: Edit, tests: tuple[str, ...], workdir: Path, steps: list[str], *, lint: bool = False) -> None:
    clone = Clone(workdir / edit.name)
    _git(workdir, "clone", "-q", str(ROOT), str(clone.path))
    clone.release_current()
    clone.edit_spec(edit)
    generated = _run(clone.path, sys.executable, "codegen/generate.py")
    if generated.returncode != 0:
        raise TrialError(f"make generate failed:\n{_tail(generated)}")
    clone.commit(edit.says)
    steps.append("generated")
    _check(clone, edit, steps)
    if lint:
        for name, command in _LINTERS:
            done = _run(clone.path, *command)
            if done.returncode != 0:
                raise TrialError(f"{name} failed:\n{_tail(done)}")
        steps.append("ruff and mypy passed")
    if tests:
        pytest = (sys.executable, "-m", "pytest", "-q", "-x", "--tb=short", "-p", "no:cacheprovider")
        ran = _run(clone.path, *pytest, *tests)
        if ran.returncode != 0:
            raise TrialError(f"tests failed:\n{_tail(ran, 40)}")
        steps.append(f"tests passed ({_tail(ran, 1)})")


def trial(edit: Edit, tests: tuple[str, ...], workdir: Path, *, lint: bool = False) -> Outcome:
    """One edit on its own clone under `workdir`."""
    started = time.monotonic()
    steps: list[str] = []
    try:
        _steps(edit, tests, workdir, steps, lint=lint)
        ok = True
    except (TrialError, subprocess.TimeoutExpired, KeyError, ValueError) as exc:
        steps.append(str(exc))
        ok = False
    return Outcome(edit, steps, ok, time.monotonic() - started)


def run(names: list[str], tests: tuple[str, ...], *, keep: bool = False, lint: bool = False) -> Iterator[Outcome]:
    chosen = [edit for edit in EDITS if not names or edit.name in names]
    unknown = set(names) - {edit.name for edit in EDITS}
    if unknown:
        raise SystemExit(f"unknown edits: {', '.join(sorted(unknown))} (see --list)")
    workdir = Path(tempfile.mkdtemp(prefix="regen-trial-"))
    try:
        for edit in chosen:
            yield trial(edit, tests, workdir, lint=lint)
    finally:
        if keep:
            print(f"clones kept in {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("edits", nargs="*", help="edits to try (default: all)")
    parser.add_argument("--tests", default=" ".join(DEFAULT_TESTS), help="pytest arguments run in each clone, quoted")
    parser.add_argument("--list", action="store_true", help="list the edits and exit")
    parser.add_argument("--keep", action="store_true", help="keep the clones")
    parser.add_argument("--lint", action="store_true", help="also run ruff and mypy in each clone, as make test does")
    args = parser.parse_args(argv)
    if args.list:
        for edit in EDITS:
            print(f"{edit.name:<30} {'breaking' if edit.breaking else 'compatible':<10} {edit.says}")
        return 0
    failed = 0
    for outcome in run(args.edits, tuple(shlex.split(args.tests)), keep=args.keep, lint=args.lint):
        print(outcome.line(), flush=True)
        failed += not outcome.ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
