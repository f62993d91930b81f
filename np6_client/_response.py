"""The public answer types of every call: `Response` (everything NP6 sent) and `Created`.

Hand-written so that generated operations, `np6.request()` and the batch helper build them the
same way, and so that they are linted and typed like the rest of the hand-written layer.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from http import HTTPStatus
from typing import Generic, Self, TypeVar
from urllib.parse import unquote

import httpx
from attrs import define

from ._constants import MAYBE_APPLIED_EXTENSION
from ._exceptions import UncertainOutcomeError

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

    `id` is the last segment of the `Location` header, or the `id` member of a JSON answer. An
    answer naming neither raises `MalformedResponseError`, whose message says the item was created
    (so that nobody sends the creation again to learn its id).
    """

    id: str
    location: str | None
    status_code: int

    @classmethod
    def from_response(cls, response: httpx.Response) -> Self:
        location = response.headers.get("location")
        new_id = (unquote(location.rstrip("/").rsplit("/", 1)[-1]) or None) if location else None
        if new_id is None and response.content:
            # The creation happened: an answer that is not the JSON hoped for leaves the id unknown
            # rather than raising, which would invite a retry and a second creation.
            try:
                body = response.json()
            except ValueError:
                body = None
            found = body.get("id") if isinstance(body, dict) else None
            if isinstance(found, str | int) and not isinstance(found, bool):
                new_id = str(found) or None
        if new_id is None:
            raise ValueError(
                f"HTTP {response.status_code}: the item was created, but the answer names no id "
                "(no Location header, no JSON id); sending the creation again would create another"
            )
        return cls(id=new_id, location=location, status_code=response.status_code)


def http_status(code: int) -> int:
    """`HTTPStatus` for the statuses it knows; NP6 may answer others (299), kept as plain numbers."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


def to_response(response: httpx.Response, parsed: T | None) -> Response[T]:
    """The public `Response` of an httpx answer whose body was parsed into `parsed`."""
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        maybe_applied=bool(response.extensions.get(MAYBE_APPLIED_EXTENSION)),
    )


def certain_count(response: httpx.Response, count: T) -> T:
    """`count` when it is the whole truth; after a retry of a lost attempt it describes the retry only."""
    if response.extensions.get(MAYBE_APPLIED_EXTENSION):
        raise UncertainOutcomeError(method=response.request.method, path=response.request.url.path, retry_answer=count)
    return count
