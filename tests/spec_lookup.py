"""Values tests expect, read from the bundled spec so that a compatible change of NP6 needs no test edit."""

import json
import uuid
from collections.abc import Collection
from importlib import resources
from typing import Any

SPEC: dict[str, Any] = json.loads(
    resources.files("np6_client._generated").joinpath("openapi.json").read_text(encoding="utf-8")
)


def schema(name: str) -> dict[str, Any]:
    """A component schema of the spec."""
    found: dict[str, Any] = SPEC["components"]["schemas"][name]
    return found


def enum_of(name: str, member: str | None = None) -> list[Any]:
    """The values the spec lists for a schema, or for one member of it."""
    node = schema(name)
    values: list[Any] = (node["properties"][member] if member else node)["enum"]
    return values


def unlisted(values: Collection[Any], kind: type = str) -> Any:
    """A value the spec does not list: made up at each run, so no spec edit can ever list it."""
    if kind is int:
        made_up: Any = max((v for v in values if isinstance(v, int)), default=0) + 1 + uuid.uuid4().int % 1000
    else:
        made_up = f"Unlisted{uuid.uuid4().hex[:8]}"
    assert made_up not in values
    return made_up
