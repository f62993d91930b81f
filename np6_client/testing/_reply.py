"""What a route decided to answer, before faults shape how it is delivered."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from np6_client.testing._events import EventPlan

JSON_TYPE = "application/json"


@dataclass(frozen=True)
class Reply:
    """Status, headers and either a body or an event stream.

    `problem` says why a request was refused; it lands in `RecordedRequest.problem` and, for a
    400, in the body as short plain text (NP6 answers other errors empty).
    """

    status: int
    body: bytes = b""
    content_type: str | None = None
    headers: tuple[tuple[str, str], ...] = ()
    stream: EventPlan | None = None
    problem: str | None = None

    def with_headers(self, extra: Iterable[tuple[str, str]]) -> Reply:
        """The same reply with more headers."""
        return replace(self, headers=(*self.headers, *extra))


def encode_json(value: Any) -> bytes:
    """Compact UTF-8 JSON, as NP6 sends it."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def json_reply(value: Any, status: int = 200) -> Reply:
    """A JSON answer."""
    return Reply(status=status, body=encode_json(value), content_type=JSON_TYPE)


def empty_reply(status: int, headers: Iterable[tuple[str, str]] = ()) -> Reply:
    """An answer without a body (204, and the error answers NP6 sends empty)."""
    return Reply(status=status, headers=tuple(headers))


TEXT_TYPE = "text/plain; charset=utf-8"
REASON_LIMIT = 200


def refusal(status: int, problem: str) -> Reply:
    """An error answer with the reason kept for the recorded request.

    A 400 carries the reason as short plain text, as NP6 answers ("target cannot be identified -
    unicity is null"); other refusals are empty, as NP6's 404, 409 and 415 are.
    """
    if status != 400:
        return Reply(status=status, problem=problem)
    return Reply(status=status, body=problem[:REASON_LIMIT].encode(), content_type=TEXT_TYPE, problem=problem)
