"""Shared types of the generated code: `UNSET`, `Response`, `Created` and the models' repr."""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, Self, TypeVar
from urllib.parse import unquote

import attrs
import httpx
from attrs import define


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


T = TypeVar("T")


@define
class Response(Generic[T]):
    """An answer with everything NP6 sent: status, headers, raw bytes and the parsed body.

    `status_code` is an `http.HTTPStatus` for the statuses it knows and a plain `int` otherwise.
    `maybe_applied` is True when an earlier attempt of this call, whose answer was lost, may have
    been applied too: the answer then describes the retry only (a count of 0 may hide a change).
    """

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    maybe_applied: bool = False

    @property
    def request_id(self) -> str | None:
        """NP6's `x-request-id`, which its support asks for."""
        return self.headers.get("x-request-id")


@define
class Created:
    """What a creation answers when NP6 prints no body: where the new item lives.

    `id` is the last segment of the `Location` header, or the `id` member of a JSON answer.
    """

    id: str | None
    location: str | None
    status_code: int

    @classmethod
    def from_response(cls, response: httpx.Response) -> Self:
        location = response.headers.get("location")
        new_id = (
            (unquote(location.rstrip("/").rsplit("/", 1)[-1]) or None)
            if location
            else None
        )
        if new_id is None and response.content:
            # The creation happened: an answer that is not the JSON hoped for leaves the id unknown
            # rather than raising, which would invite a retry and a second creation.
            try:
                body = response.json()
            except ValueError:
                body = None
            found = body.get("id") if isinstance(body, dict) else None
            if isinstance(found, str | int) and not isinstance(found, bool):
                new_id = str(found)
        return cls(id=new_id, location=location, status_code=response.status_code)


def http_status(code: int) -> int:
    """`HTTPStatus` for the statuses it knows; NP6 may answer others (299), kept as plain numbers."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


def model_repr(model: Any) -> str:
    """The members that are set, and the unlisted ones: an UNSET field says nothing worth printing."""
    shown = [
        f"{field.name}={getattr(model, field.name)!r}"
        for field in attrs.fields(type(model))
        if field.name != "additional_properties"
        and not isinstance(getattr(model, field.name), Unset)
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
