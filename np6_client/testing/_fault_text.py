"""`Fault`s written as text, for the command line: `status=503,path=/actions,times=3`."""

from __future__ import annotations

import dataclasses
import typing
from typing import Any

from np6_client.testing._faults import Fault

_FIELDS = {f.name: f for f in dataclasses.fields(Fault) if f.name not in ("headers",)}
_HINTS = typing.get_type_hints(Fault)
_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})


def _value(name: str, text: str) -> Any:
    hint = str(_HINTS[name])
    if "bool" in hint:
        lowered = text.lower()
        if lowered not in _TRUE | _FALSE:
            raise ValueError(f"{name}: expected true or false, not {text!r}")
        return lowered in _TRUE
    if "float" in hint:
        return float(text)
    if "int" in hint:
        return int(text)
    return text


def parse_fault(text: str) -> Fault:
    """A fault from comma-separated `name=value` pairs naming `Fault` fields (`times=forever` repeats it)."""
    values: dict[str, Any] = {}
    for pair in filter(None, (part.strip() for part in text.split(","))):
        name, sep, raw = pair.partition("=")
        name = name.strip().replace("-", "_")
        if not sep:
            values[name] = True
            raw = "true"
        if name not in _FIELDS:
            raise ValueError(f"unknown fault setting {name!r}; known: {', '.join(sorted(_FIELDS))}")
        values[name] = 2**31 if (name == "times" and raw.strip() == "forever") else _value(name, raw.strip())
    return Fault(**values)
