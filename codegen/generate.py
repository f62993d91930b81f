"""`make generate`: openapi/ -> np6_client/_generated/, failing loudly on anything the generator skips.

Steps: bundle the spec, run the pinned openapi-python-client with our config and templates, refuse
any warning it prints, check that every operation of the spec became a module, then store the
bundled document beside the code (the fake server and the operation index read it at run time).
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from absent_as_none import LeftOver, absent_as_none
from bundle import METHODS, ROOT, bundle, dump
from fast_builders import write_builders
from spec_diff import print_change_report

OUTPUT = ROOT / "np6_client" / "_generated"
PUBLIC_API = ROOT / "np6_client" / "api"
PUBLIC_MODELS = ROOT / "np6_client" / "models.py"
INDEX = ROOT / "docs" / "operations.md"
SOURCES = {
    "reference": "the NP6 API Reference 8.1.0",
    "slate": "NP6's earlier API documentation (the NP6/slate repository)",
    "observed": "what a production integration observed",
}
TEMPLATES = ROOT / "codegen" / "templates"
CONFIG = ROOT / "generator-config.yaml"
GENERATOR = "openapi-python-client"


class GenerationError(Exception):
    """The generator warned, failed, or dropped an operation."""


def _run_generator(spec_path: Path, out: Path) -> str:
    exe = shutil.which(GENERATOR, path=str(Path(sys.executable).parent)) or GENERATOR
    cmd = [
        exe,
        "generate",
        "--path",
        str(spec_path),
        "--config",
        str(CONFIG),
        "--custom-template-path",
        str(TEMPLATES),
        "--meta",
        "none",
        "--output-path",
        str(out),
        "--overwrite",
        "--fail-on-warning",
    ]
    # The post hooks run ruff by name: find it beside this interpreter first.
    env = {**os.environ, "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])}
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False, env=env)
    output = proc.stdout + proc.stderr
    if proc.returncode != 0:
        raise GenerationError(f"{GENERATOR} failed ({proc.returncode}):\n{output}")
    noise = [line for line in output.splitlines() if line.strip() and not line.startswith("Generating ")]
    if noise:
        raise GenerationError(f"{GENERATOR} printed warnings:\n" + "\n".join(noise))
    return output


_LAZY_IMPORT = re.compile(r"^ {8,}(from \.\.models\.\w+ import \w+)(?:[ \t]*# noqa: PLC0415)?\n", re.M)


def _hoist_model_imports(out: Path) -> None:
    """Move the imports the generator puts inside `from_dict`/`to_dict` to the end of each model.

    They exist to break import cycles between models, but run on every call: with hundreds of
    thousands of events, the import machinery took a fifth of the parsing time. Importing after
    the class is defined breaks the cycles just as well, once per process.
    """
    for module in (out / "models").glob("*.py"):
        text = module.read_text(encoding="utf-8")
        imports = sorted(set(_LAZY_IMPORT.findall(text)))
        if imports:
            body = _LAZY_IMPORT.sub("", text).rstrip("\n")
            tail = "\n".join(f"{line}  # noqa: E402" for line in imports)
            note = "# Imported after the class so that models referring to each other import cleanly."
            module.write_text(f"{body}\n\n\n{note}\n{tail}\n", encoding="utf-8")


def _check_every_operation(doc: dict[str, Any], out: Path) -> int:
    generated = {p.stem for p in (out / "api").rglob("*.py") if p.stem != "__init__"}
    wanted = {op["operationId"] for item in doc["paths"].values() for m, op in item.items() if m in METHODS}
    missing = sorted(wanted - generated)
    if missing:
        raise GenerationError(f"operations without a generated module: {', '.join(missing)}")
    modules = {p.stem: p.read_text() for p in (out / "api").rglob("*.py") if p.stem != "__init__"}
    for item in doc["paths"].values():
        for method, op in item.items():
            if method in METHODS:
                _check_module(op, modules[op["operationId"]])
    return len(wanted)


def _check_module(op: dict[str, Any], text: str) -> None:
    """The generator skips bodies and answers it cannot handle without a word: look for each one."""
    name = op["operationId"]
    if not re.search(r"^async def asyncio\(", text, re.M):
        raise GenerationError(f"{name} has no asyncio() function")
    for content_type in (op.get("requestBody") or {}).get("content", {}):
        if f'"{content_type}"' not in text:
            raise GenerationError(f"{name}: request body {content_type} was dropped")
    for status, answer in op.get("responses", {}).items():
        if not status.startswith("2") or not answer.get("content"):
            continue
        check = f"response.status_code == {status}" if status.isdigit() else "<= response.status_code <="
        if check not in text:
            raise GenerationError(f"{name}: the {status} answer was dropped")


def _operation_index(doc: dict[str, Any], out: Path) -> str:
    modules = {p.stem: p for p in (out / "api").rglob("*.py") if p.stem != "__init__"}
    rows = []
    for path, item in doc["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            module = modules[op["operationId"]]
            status = [
                word
                for word, flag in (
                    ("deprecated", op.get("deprecated")),
                    ("experimental", op.get("x-np6-experimental")),
                )
                if flag
            ]
            streams = "yes" if re.search(r"^def stream\(", module.read_text(), re.M) else ""
            rows.append(
                (
                    op["tags"][0],
                    module.parent.name,
                    module.stem,
                    method.upper(),
                    path,
                    ", ".join(status),
                    streams,
                    _sources(op),
                )
            )
    rows.sort(key=lambda row: (row[0], row[4], METHODS.index(row[3].lower())))
    lines = [
        "# NP6 operations offered by np6-client",
        "",
        "Generated from `openapi/` by `make generate`; do not edit. Call an operation as",
        "`await np6.<module>.<function>(...)` (or `.detailed(...)`), or as the function",
        "`await np6_client.api.<module>.<function>.asyncio(..., client=np6)`; those marked streaming",
        "also have `.stream(...)`.",
        "",
        f"{len(rows)} operations.",
        "",
        "The source column says where an operation's facts come from (the spec's `x-np6-source`):",
        f"{', '.join(f'{name} = {what}' for name, what in SOURCES.items())}.",
        "",
        "| group | function | method | path | status | streaming | source |",
        "|---|---|---|---|---|---|---|",
    ]
    lines += [
        f"| {tag} | `{mod}.{fn}` | {m} | `{p}` | {st} | {sm} | {src} |" for tag, mod, fn, m, p, st, sm, src in rows
    ]
    return "\n".join(lines) + "\n"


def _sources(op: dict[str, Any]) -> str:
    """The operation's `x-np6-source` kinds; an operation without one comes from the 8.1.0 reference."""
    given = op.get("x-np6-source") or {"reference": "8.1.0"}
    unknown = set(given) - set(SOURCES)
    if unknown:
        raise GenerationError(f"{op['operationId']}: unknown x-np6-source kinds {sorted(unknown)}")
    return ", ".join(name for name in SOURCES if name in given)


def _public_api(out: Path) -> dict[str, str]:
    """`np6_client.api` and one module per group re-exporting the generated ones, so dotted imports work."""
    groups = sorted(p.name for p in (out / "api").iterdir() if (p / "__init__.py").exists())
    reexport = (
        '"""Generated by `make generate`; do not edit."""\n\n'
        "from ..{source} import *  # noqa: F403\n"
        "from ..{source} import __all__ as __all__  # noqa: PLC0414\n"
    )
    files = {
        "__init__.py": (
            '"""Generated endpoint functions, one module per NP6 menu group (`np6_client.api.contact`, ...).\n\n'
            "`await np6.contact.get_target(...)` is the same call; so is\n"
            '`await contact.get_target.asyncio(..., client=np6)`. Generated by `make generate`; do not edit.\n"""\n\n'
            "from . import (\n" + "".join(f"    {g},\n" for g in groups) + ")\n\n"
            "__all__ = [\n" + "".join(f'    "{g}",\n' for g in groups) + "]\n"
        )
    }
    for group in groups:
        files[f"{group}.py"] = reexport.format(source=f"_generated.api.{group}")
    return files


def _public_models(out: Path) -> str:
    """`np6_client.models`: every model name, imported from its module on first use.

    The names are written out (not a star import) so that type checkers, editors and the API
    check see each one while importing the module loads none.
    """
    tree = ast.parse((out / "models" / "__init__.py").read_text(encoding="utf-8"))
    names = next(
        [str(elt.value) for elt in node.value.elts if isinstance(elt, ast.Constant)]
        for node in tree.body
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
        and isinstance(node.value, ast.Tuple | ast.List)
    )
    isort_order = sorted(names, key=str.lower)  # ruff's import order, so the file passes `ruff check`
    return (
        '"""Generated attrs models of NP6 request and response bodies; generated by `make generate`, do not edit.\n\n'
        "Each model's module is imported on first use; type checkers and editors read the names below.\n"
        '"""\n\n'
        "from typing import TYPE_CHECKING\n\n"
        "from ._generated import models as _models\n\n"
        "if TYPE_CHECKING:\n"
        "    from ._generated.models import (\n" + "".join(f"        {n},\n" for n in isort_order) + "    )\n\n"
        "__all__ = [\n" + "".join(f'    "{n}",\n' for n in names) + "]\n\n\n"
        "def __getattr__(name: str) -> object:\n"
        "    return getattr(_models, name)\n\n\n"
        "def __dir__() -> list[str]:\n"
        "    return sorted({*globals(), *__all__})\n"
    )


def generate(*, dry_run: bool = False) -> None:
    doc = bundle()
    text = dump(doc)
    with tempfile.TemporaryDirectory() as tmp:
        spec_path = Path(tmp) / "np6.openapi.json"
        spec_path.write_text(text, encoding="utf-8")
        staging = Path(tmp) / "_generated"
        _run_generator(spec_path, staging)
        _hoist_model_imports(staging)
        try:
            absent_as_none(staging)
        except LeftOver as exc:
            raise GenerationError(str(exc)) from exc
        write_builders(staging)
        count = _check_every_operation(doc, staging)
        (staging / "openapi.json").write_text(text, encoding="utf-8")
        index = _operation_index(doc, staging)
        public_api = _public_api(staging)
        public_models = _public_models(staging)
        if dry_run:
            print(f"dry run: {count} operations generate cleanly; {OUTPUT.relative_to(ROOT)} left as it was")
            return
        if OUTPUT.exists():
            shutil.rmtree(OUTPUT)
        shutil.copytree(staging, OUTPUT, ignore=shutil.ignore_patterns(".ruff_cache", "__pycache__"))
        if PUBLIC_API.exists():
            shutil.rmtree(PUBLIC_API)
        PUBLIC_API.mkdir()
        for name, text in public_api.items():
            (PUBLIC_API / name).write_text(text, encoding="utf-8")
        PUBLIC_MODELS.write_text(public_models, encoding="utf-8")
        INDEX.parent.mkdir(exist_ok=True)
        INDEX.write_text(index, encoding="utf-8")
    print(f"generated {count} operations into {OUTPUT.relative_to(ROOT)}")
    print_change_report(doc, base="HEAD")


if __name__ == "__main__":
    try:
        generate(dry_run="--dry-run" in sys.argv[1:])
    except GenerationError as exc:
        sys.exit(f"make generate: {exc}")
