"""Path parameters as data: whatever a caller passes, it can never change which path is called.

Percent-encoding leaves `.` alone, and a segment that is exactly `.` or `..` is removed or climbs
up when a URL is normalised (`delete_target("..")` would send `DELETE /`). Such a segment is sent
with its dots encoded, so NP6 receives the value itself as the id.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import quote

from ._exceptions import InvalidRequestError

_DOT_SEGMENTS = frozenset({".", ".."})


def path_segment(value: object) -> str:
    """One path parameter, percent-encoded so that it stays one segment (`/`, `?`, `#`, dots)."""
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
