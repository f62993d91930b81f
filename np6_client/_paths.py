"""Path parameters as data: whatever a caller passes, it can never change which path is called.

Percent-encoding leaves `.` alone, and a segment that is exactly `.` or `..` is removed or climbs
up when a URL is normalised (`delete_target("..")` would send `DELETE /`). Such a segment is sent
with its dots encoded, so NP6 receives the value itself as the id.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from urllib.parse import quote

from ._exceptions import InvalidRequestError

_DOT_SEGMENTS = frozenset({".", ".."})


def _check_kind(value: object, kind: str, name: str) -> None:
    """A wrong-typed id would still format into a path (`get_target(4)`, `add_segment_targets("one", ...)`)."""
    if kind == "int" and (isinstance(value, bool) or not isinstance(value, int)):
        raise InvalidRequestError(name, f"must be an integer, not {type(value).__name__}")
    if kind == "str" and not isinstance(value, str):
        raise InvalidRequestError(name, f"must be a string, not {type(value).__name__}")
    if kind == "UUID" and not (isinstance(value, uuid.UUID) or _is_uuid_text(value)):
        raise InvalidRequestError(name, f"must be a UUID, not the {type(value).__name__} {value!r:.40}")


def _is_uuid_text(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def path_segment(value: object, kind: str | None = None, name: str = "path") -> str:
    """One path parameter, percent-encoded so that it stays one segment (`/`, `?`, `#`, dots).

    `kind` is the spec's type of the parameter (`int`, `str`, `UUID`): a value of another type is refused.
    """
    if kind is not None:
        _check_kind(value, kind, name)
        if kind == "int":
            return int.__repr__(value)  # digits and a sign, whatever a subclass's str() says
    encoded = quote(str(value), safe="")
    return encoded.replace(".", "%2E") if encoded in _DOT_SEGMENTS else encoded


def expand_path(template: str, values: Mapping[str, object]) -> str:
    """`/notifications/{id}/activation` with `{"id": 7}`; every placeholder needs a value and vice versa."""
    try:
        path = template.format_map({name: path_segment(value) for name, value in values.items()})
    except KeyError as exc:
        raise InvalidRequestError(f"path[{exc.args[0]!r}]", "required by the path template") from exc
    except (ValueError, IndexError, AttributeError, TypeError) as exc:  # `{id.x}`, `{id[x]}` too
        raise InvalidRequestError("path", f"{template!r} is not a path template: {exc}") from exc
    unused = [name for name in values if "{" + name + "}" not in template]
    if unused:
        raise InvalidRequestError(f"path[{unused[0]!r}]", "is not a placeholder of the path template")
    return path
