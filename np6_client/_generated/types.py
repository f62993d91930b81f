"""Shared types of the generated code: `UNSET`, `File` and the models' repr.

`Response` and `Created` are hand-written (`np6_client._response`) and re-exported here.
"""

from collections.abc import Mapping
from typing import IO, Any, BinaryIO, Literal

import attrs
from attrs import define

from .._response import Created, Response, http_status


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


def model_repr(model: Any) -> str:
    """The members that hold a value, and the unlisted ones: an absent (None) field says nothing worth printing."""
    shown = [
        f"{field.name}={getattr(model, field.name)!r}"
        for field in attrs.fields(type(model))
        if field.name != "additional_properties"
        and getattr(model, field.name) is not None
    ]
    extra = getattr(model, "additional_properties", None)
    if extra:
        shown.append(f"additional_properties={extra!r}")
    return f"{type(model).__name__}({', '.join(shown)})"


__all__ = [
    "UNSET",
    "Created",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "http_status",
    "model_repr",
]
