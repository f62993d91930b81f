"""Post-step of `make generate`: fast builders for the models that event streams deliver.

A stream decodes each item into a fresh dict that nobody else holds, so its model can be built
without the copy, the keyword call into attrs' `__init__` and the throwaway `additional_properties`
dict that `from_dict` spends on every item. For each model a `stream()` delivers, and each model
nested in it, this step reads the generated `from_dict` (its `ast`, not a copy of the generator's
rules) and writes `_generated/builders.py`: the same pops in the same order, the same conversions
written the way `from_dict` writes them (an enum call keeps its `_missing_`, a new conversion is
copied as it is), except that nested models go to their own builders and uuids to msgspec's C
parser first. A `from_dict` of any other shape, and any model whose class no longer matches what
its builder sets, keeps `from_dict`; `tests/unit/test_builders.py` checks every builder against it.
"""

from __future__ import annotations

import ast
import builtins
import copy
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

# `return client.stream_call(_CALL, _get_kwargs(...), Model.from_dict)` in a generated `stream()`.
_STREAMED = re.compile(r"return client\.stream_call\(\s*_CALL,[^.]*?(\w+)\.from_dict\b", re.S)
_MODEL_IMPORT = re.compile(r"^from \.\.\.models\.(\w+) import (\w+)$", re.M)
_VALUE_MARK = "VALUE"


class Unrecognised(Exception):
    """A `from_dict` this step does not know how to speed up; the model keeps it."""


@dataclass
class _Step:
    """One member as `from_dict` handles it."""

    kind: str  # "pop" (kept as it is), "uuid", "convert" (an expression), "rest" (the dict left over)
    attribute: str | None  # None: popped but given to no attribute
    key: str = ""
    expression: str = ""  # for "convert": the conversion with _VALUE_MARK for the popped value
    nested: str | None = None  # for "convert": the model whose from_dict it is, if it is only that


@dataclass
class _Builder:
    model: str
    module: str
    steps: list[_Step] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)


def streamed_models(out: Path) -> dict[str, str]:
    """Model class -> module stem, for every model a generated `stream()` delivers."""
    models: dict[str, str] = {}
    for path in sorted((out / "api").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        imported = {name: module for module, name in _MODEL_IMPORT.findall(text)}
        for name in _STREAMED.findall(text):
            models[name] = imported[name]
    return models


def _class_body(tree: ast.Module, model: str) -> list[ast.stmt]:
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == model:
            return node.body
    raise Unrecognised(f"{model}: no class")


def _from_dict(tree: ast.Module, model: str) -> list[ast.stmt]:
    for item in _class_body(tree, model):
        if isinstance(item, ast.FunctionDef) and item.name == "from_dict":
            return list(item.body)
    raise Unrecognised(f"{model}: no from_dict")


def _class_fields(tree: ast.Module, model: str) -> list[str]:
    body = _class_body(tree, model)
    return [item.target.id for item in body if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)]


def _pop_key(node: ast.expr) -> str | None:
    """`d.pop("key", None)` -> "key"."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "d"
        and node.func.attr == "pop"
        and len(node.args) == 2
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
        and isinstance(node.args[1], ast.Constant)
        and node.args[1].value is None
        and not node.keywords
    ):
        return node.args[0].value
    return None


class _Qualify(ast.NodeTransformer):
    """A conversion of `from_dict`, made to run in the builders module on the popped value."""

    def __init__(self, source: str, module_alias: str) -> None:
        self.source = source
        self.module_alias = module_alias

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id == self.source:
            return ast.Name(_VALUE_MARK)
        if hasattr(builtins, node.id):
            return node
        return ast.Attribute(ast.Name(self.module_alias), node.id)


def _single_call(expression: ast.expr, source: str) -> ast.expr | None:
    """The function of `f(source)`, or None for any other expression."""
    if (
        isinstance(expression, ast.Call)
        and len(expression.args) == 1
        and not expression.keywords
        and isinstance(expression.args[0], ast.Name)
        and expression.args[0].id == source
    ):
        return expression.func
    return None


def _convert_step(key: str, source: str, convert: ast.expr, context: tuple[str, set[str]]) -> _Step:
    module, models = context
    function = _single_call(convert, source)
    expression = ast.unparse(_Qualify(source, f"_{module}").visit(copy.deepcopy(convert)))
    step = _Step("convert", None, key, expression)
    if isinstance(function, ast.Name) and function.id == "UUID":
        step.kind = "uuid"
    elif (
        isinstance(function, ast.Attribute)
        and function.attr == "from_dict"
        and isinstance(function.value, ast.Name)
        and function.value.id in models
    ):
        step.nested = function.value.id
    return step


def _conversion(node: ast.If, popped: dict[str, str]) -> tuple[str, str, ast.expr] | None:
    """`if _x is None: x = None else: x = CONVERT(_x)` -> (x, _x, CONVERT)."""
    test = node.test
    if not (
        isinstance(test, ast.Compare)
        and isinstance(test.left, ast.Name)
        and test.left.id in popped
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.Is)
        and isinstance(test.comparators[0], ast.Constant)
        and test.comparators[0].value is None
        and len(node.body) == 1
        and len(node.orelse) == 1
    ):
        return None
    unset, converted = node.body[0], node.orelse[0]
    if not (
        isinstance(unset, ast.Assign)
        and isinstance(converted, ast.Assign)
        and len(unset.targets) == len(converted.targets) == 1
        and isinstance(unset.targets[0], ast.Name)
        and isinstance(converted.targets[0], ast.Name)
        and unset.targets[0].id == converted.targets[0].id
        and isinstance(unset.value, ast.Constant)
        and unset.value.value is None
    ):
        return None
    return converted.targets[0].id, test.left.id, converted.value


def _constructor_arguments(call: ast.Call, steps: dict[str, _Step], model: str) -> dict[str, str]:
    """`cls(a=x, b=y)` -> {"a": "x", "b": "y"}, every value a variable popped before, or `d` itself."""
    if call.args:
        raise Unrecognised(f"{model}: positional constructor arguments")
    arguments: dict[str, str] = {}
    for keyword in call.keywords:
        value = keyword.value
        if keyword.arg is None or not isinstance(value, ast.Name) or (value.id not in steps and value.id != "d"):
            raise Unrecognised(f"{model}: constructor argument {ast.unparse(keyword)}")
        arguments[keyword.arg] = value.id  # "d": what is left of the input, as extra members
    return arguments


def _rest_attribute(node: ast.stmt, instance: str | None) -> str | None:
    """`instance.attribute = d` -> "attribute"."""
    if (
        isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Attribute)
        and isinstance(node.targets[0].value, ast.Name)
        and node.targets[0].value.id == instance
        and isinstance(node.value, ast.Name)
        and node.value.id == "d"
    ):
        return node.targets[0].attr
    return None


def analyse(model: str, module: str, text: str, models: set[str]) -> _Builder:
    """The builder for one model from its module's text; raises `Unrecognised` for other shapes.

    Recognised: `d = dict(src_dict)`, then pops of `d` (kept, or converted under `if
    `_x is None`), then one `cls(...)` call with those variables as keywords, then
    attributes set to what is left of `d`, then the return.
    """
    tree = ast.parse(text)
    statements = _from_dict(tree, model)
    if not statements or ast.unparse(statements.pop(0)) != "d = dict(src_dict)":
        raise Unrecognised(f"{model}: from_dict does not start by copying its input")
    popped: dict[str, str] = {}  # variable -> the key it was popped from
    steps: dict[str, _Step] = {}  # variable -> how it is computed, in from_dict's order
    attributes: dict[str, str] = {}  # attribute -> the variable it gets ("d": what is left)
    instance: str | None = None
    for node in statements:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            key = _pop_key(node.value)
            if key is not None:
                popped[name] = key
                steps[name] = _Step("pop", None, key)
                continue
            call = node.value
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "cls":
                if instance is not None:
                    raise Unrecognised(f"{model}: two constructor calls")
                instance = name
                attributes.update(_constructor_arguments(call, steps, model))
                continue
        if isinstance(node, ast.AnnAssign) and node.value is None:
            continue  # a declaration such as `id: UUID | None`
        found = _conversion(node, popped) if isinstance(node, ast.If) else None
        if found is not None:
            target, source, convert = found
            del steps[source]
            steps[target] = _convert_step(popped[source], source, convert, (module, models))
            continue
        rest = _rest_attribute(node, instance)
        if rest is not None:
            attributes[rest] = "d"
            continue
        if not (isinstance(node, ast.Return) and isinstance(node.value, ast.Name) and node.value.id == instance):
            raise Unrecognised(f"{model}: unrecognised statement {ast.unparse(node)!r}")
    fields = _class_fields(tree, model)
    if instance is None or sorted(attributes) != sorted(fields):
        raise Unrecognised(f"{model}: from_dict sets {sorted(attributes)}, the class has {sorted(fields)}")
    given = {variable: attribute for attribute, variable in attributes.items()}
    builder = _Builder(model, module, fields=list(attributes))
    for variable, step in steps.items():
        step.attribute = given.get(variable)
        builder.steps.append(step)
    builder.steps += [_Step("rest", attribute) for attribute, variable in attributes.items() if variable == "d"]
    return builder


def _closure(out: Path, streamed: dict[str, str]) -> dict[str, str]:
    """The streamed models and every model their from_dict builds, transitively."""
    models = dict(streamed)
    pending = list(streamed)
    while pending:
        model = pending.pop()
        text = (out / "models" / f"{models[model]}.py").read_text(encoding="utf-8")
        for module, name in re.findall(r"^from \.\.models\.(\w+) import (\w+)", text, re.M):
            if name not in models and re.search(rf"\b{name}\.from_dict\(", text):
                models[name] = module
                pending.append(name)
    return models


def _builder_name(module: str) -> str:
    return f"build_{module}"


_INLINE_DEPTH = 4


def _emit(builder: _Builder, builders: dict[str, _Builder], source: str, target: str, depth: int) -> list[str]:
    """Lines that build `target` from the dict in `source`, nested models inlined."""
    value = f"value{depth}"
    lines = [f"{target} = new({builder.model})"]
    for step in builder.steps:
        pop = f"{source}.pop({json.dumps(step.key)}, None)"
        if step.kind == "rest":
            lines.append(f"{target}.{step.attribute} = {source}")
            continue
        if step.kind == "pop":
            lines.append(f"{target}.{step.attribute} = {pop}" if step.attribute else pop)
            continue
        lines += [f"{value} = {pop}", f"if {value} is not None:"]
        nested = builders.get(step.nested) if step.nested else None
        if step.kind == "uuid":  # msgspec's C parser for the canonical forms, UUID() for the rest and its errors
            lines += ["    try:", f"        {value} = convert({value}, UUID)", "    except ValidationError:"]
            lines.append(f"        {value} = UUID({value})")
        elif nested is not None and depth < _INLINE_DEPTH:
            inner = f"item{depth + 1}"
            lines.append(f"    if type({value}) is dict:")
            lines += [f"        {line}" for line in _emit(nested, builders, value, inner, depth + 1)]
            lines += [f"        {value} = {inner}", "    else:", f"        {value} = {nested.model}.from_dict({value})"]
        else:
            lines.append(f"    {value} = {step.expression.replace(_VALUE_MARK, value)}")
        if step.attribute:
            lines.append(f"{target}.{step.attribute} = {value}")
    return lines


def _models_in(builder: _Builder, builders: dict[str, _Builder], depth: int = 0) -> set[str]:
    """The model classes `_emit` names for this builder, nested ones included."""
    names = {builder.model}
    for step in builder.steps:
        nested = builders.get(step.nested) if step.nested else None
        if nested is not None and depth < _INLINE_DEPTH:
            names |= _models_in(nested, builders, depth + 1)
    return names


def render(builders: dict[str, _Builder], streamed: Iterable[str], fallbacks: dict[str, str]) -> str:
    modules = sorted({b.module for b in builders.values()} | set(fallbacks.values()))
    used = sorted(builders)
    lines = [
        '"""Fast builders for streamed models; generated by codegen/fast_builders.py, do not edit.',
        "",
        "Each builder pops the keys its model's `from_dict` pops, in the same order, converts them the",
        "same way and sets the attrs slots directly, nested models inlined; it owns the dict it is given",
        "(a fresh decode) and keeps what is left as `additional_properties`. Anything that is not a dict",
        "goes to `from_dict`, which raises what it raises. `BUILDERS` is empty, so every model keeps",
        "`from_dict`, if a class no longer has exactly the attributes its builder sets.",
        '"""',
        "",
        "from collections.abc import Callable",
        "from typing import Any",
        "from uuid import UUID",
        "",
        "import attrs",
        "import msgspec",
        "",
    ]
    lines += [f"from .models import {module} as _{module}" for module in modules]
    lines += [
        "",
        "",
        "def _matches(model: type, fields: tuple[str, ...]) -> bool:",
        '    """The class has exactly these attributes and sets them without hooks of its own."""',
        "    return (",
        '        getattr(model, "__setattr__") is object.__setattr__',
        '        and not hasattr(model, "__attrs_post_init__")',
        "        and sorted(f.name for f in attrs.fields(model)) == sorted(fields)",
        "    )",
        "",
        "",
    ]
    for model in streamed:
        builder = builders[model]
        qualified = f"_{builder.module}.{model}"
        body = _emit(builder, builders, "d", "item0", 0)
        body[0] = f"item0: {qualified} = {body[0].split(' = ', 1)[1]}"
        constants = ["new: Any = object.__new__", "convert: Any = msgspec.convert"]
        constants += ["UUID: Any = UUID", "ValidationError: Any = msgspec.ValidationError"]
        names = sorted(_models_in(builder, builders))
        constants += [f"{name}: Any = _{builders[name].module}.{name}" for name in names]
        lines += ["", "", f"def {_builder_name(builder.module)}(", "    d: Any,", "    *,"]
        lines += [f"    {constant}," for constant in constants]
        lines += [f") -> {qualified}:", "    if type(d) is not dict:"]
        lines.append(f"        return {model}.from_dict(d)  # type: ignore[no-any-return]")
        lines += [f"    {line}" for line in body]
        lines.append("    return item0")
    lines += ["", "", "_FIELDS: dict[type, tuple[str, ...]] = {"]
    for model in used:
        members = "".join(f"{json.dumps(name)}, " for name in builders[model].fields).rstrip()
        lines.append(f"    _{builders[model].module}.{model}: ({members}),")
    lines += ["}", "BUILDERS: dict[type, Callable[[Any], Any]] = {"]
    lines += [f"    _{builders[model].module}.{model}: {_builder_name(builders[model].module)}," for model in streamed]
    lines += [
        "}",
        '"""Model class -> fast builder for the models streams deliver; constants are defaults, read as locals."""',
        "if not all(_matches(model, names) for model, names in _FIELDS.items()):",
        "    BUILDERS.clear()",
    ]
    if fallbacks:
        lines.append("# Built by from_dict (a from_dict of another shape): " + ", ".join(sorted(fallbacks)))
    return "\n".join(lines) + "\n"


def write_builders(out: Path) -> None:
    """Write `out/builders.py` for the generated package in `out`."""
    streamed = streamed_models(out)
    models = _closure(out, streamed)
    builders: dict[str, _Builder] = {}
    fallbacks: dict[str, str] = {}
    for model, module in models.items():
        text = (out / "models" / f"{module}.py").read_text(encoding="utf-8")
        try:
            builders[model] = analyse(model, module, text, set(models))
        except Unrecognised:
            fallbacks[model] = module
    ready = sorted(model for model in streamed if model in builders)
    for builder in builders.values():  # a nested model without a builder is built by its from_dict, inline
        for step in builder.steps:
            if step.nested and step.nested not in builders:
                step.nested = None
    (out / "builders.py").write_text(render(builders, ready, fallbacks), encoding="utf-8")
