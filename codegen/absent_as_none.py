"""Post-step of `make generate`: a member NP6 leaves out reads as `None` in the models.

The generator gives every optional member the type `X | Unset` and the default `UNSET`, so a
reader must test `isinstance(x, Unset)` (or `is not UNSET`) before type checkers let it use the
value, and `if x is not None` does not narrow. NP6 leaves members out and sends `null` to say the
same thing, so the models read both as `None`: the declarations become `X | None = None`, the
parsing turns an absent member into `None`, and `to_dict()` leaves out what is `None` (a member
that must be present, such as a required nullable one, is still sent as `null`). A body that must
say `null` for an optional member is a mapping (`{"folder": None}`), whose `TypedDict` keeps
"left out" (no key) and "null" (`None`) apart; see the README.

The rewrite is textual and local to `models/`: every `Unset` there stands for "absent", and the
generator writes it in a handful of fixed forms, each replaced by its `None` form below. Anything
left that still names `Unset` fails generation, so a new form in a future generator is noticed.
"""

from __future__ import annotations

import re
from pathlib import Path

_FORMS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bnot isinstance\(([\w.]+), Unset\)"), r"\1 is not None"),
    (re.compile(r"\bisinstance\(([\w.]+), Unset\)"), r"\1 is None"),
    (re.compile(r"\bis not UNSET\b"), "is not None"),
    (re.compile(r"\bis UNSET\b"), "is None"),
    (re.compile(r"\bUNSET\b"), "None"),
    (re.compile(r" \| Unset\b"), " | None"),
]
_DOUBLE_NONE = re.compile(r"\bNone \| None\b")
_IMPORT = re.compile(r"^from \.\.types import ([^\n]+)$", re.M)


class LeftOver(Exception):
    """A model still names `Unset` in a form this step does not know."""


def _imports(match: re.Match[str]) -> str:
    names = [name.strip() for name in match.group(1).split(",")]
    kept = [name for name in names if name not in {"UNSET", "Unset"}]
    return f"from ..types import {', '.join(kept)}" if kept else ""


def rewrite(text: str) -> str:
    """One model module with every absent member read and written as `None`."""
    text = _IMPORT.sub(_imports, text)
    for pattern, replacement in _FORMS:
        text = pattern.sub(replacement, text)
    while _DOUBLE_NONE.search(text):
        text = _DOUBLE_NONE.sub("None", text)
    return text


def absent_as_none(out: Path) -> None:
    """Rewrite every model of the generated package in `out`."""
    for module in sorted((out / "models").glob("*.py")):
        text = rewrite(module.read_text(encoding="utf-8"))
        if re.search(r"\bU(?:NSET|nset)\b", text):
            raise LeftOver(f"{module.name}: a form of Unset this step does not rewrite")
        module.write_text(text, encoding="utf-8")
