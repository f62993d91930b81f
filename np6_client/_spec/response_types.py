"""What JSON type the spec gives each 2xx body, so a body of another type is refused early.

A list operation answering an object (an error page served with 200, a proxy's notice) would
otherwise reach the generated parser and fail there with a confusing error, or worse, parse.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from .index import Operation, index, is_json, resolve


def _json_kind(schema: Any, spec: Mapping[str, Any]) -> str | None:
    kind = resolve(schema, spec).get("type") if isinstance(schema, Mapping) else None
    return kind if isinstance(kind, str) else None


def answers(operation: Mapping[str, Any], spec: Mapping[str, Any]) -> dict[int, str]:
    """The JSON type of each documented 2xx body whose JSON media types all agree on one."""
    found: dict[int, str] = {}
    for status, answer in operation.get("responses", {}).items():
        if not (status.isdigit() and status.startswith("2")):
            continue
        content = resolve(answer, spec).get("content", {})
        kinds = {_json_kind(media.get("schema"), spec) for media_type, media in content.items() if is_json(media_type)}
        if len(kinds) == 1 and (kind := kinds.pop()) is not None:
            found[int(status)] = kind
    return found


@functools.cache
def answer_kinds(operation: Operation) -> Mapping[int, str]:
    """The JSON type (array, object, integer ...) of each documented 2xx body of `operation`, computed once."""
    return answers(operation.raw, index().document)
