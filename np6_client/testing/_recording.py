"""The log of requests the fake received, for tests that assert what a client sent."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, replace
from typing import Any

_SECRET_HEADERS = frozenset({"x-key", "authorization"})


@dataclass(frozen=True, repr=False)
class RecordedRequest:
    """One request as the fake read it.

    `query` and `headers` are flattened to dicts: header names are lower-case, and a repeated
    name holds its values joined with ", " (headers) or "," (query). `status` is what the fake
    answered (None while it is answering, or when the connection was cut before any answer);
    `problem` says why it refused the request, since NP6's error answers are empty.
    """

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    request_id: str
    status: int | None = None
    problem: str | None = None

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.body)

    def __repr__(self) -> str:
        # Test failures print reprs; the API key must not end up in a log that way.
        shown = {k: ("***" if k in _SECRET_HEADERS else v) for k, v in self.headers.items()}
        return (
            f"RecordedRequest(method={self.method!r}, path={self.path!r}, query={self.query!r}, "
            f"headers={shown!r}, body={self.body[:200]!r}, request_id={self.request_id!r}, "
            f"status={self.status!r}, problem={self.problem!r})"
        )


class Recorder:
    """Thread-safe list of requests: the server thread appends while the test thread reads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._requests: list[RecordedRequest] = []

    def add(self, request: RecordedRequest) -> int:
        """Record one request; answers its position, for `answered`."""
        with self._lock:
            self._requests.append(request)
            return len(self._requests) - 1

    def answered(self, position: int, request: RecordedRequest, status: int, problem: str | None) -> None:
        """Note the status the fake answered to the request recorded at `position`."""
        with self._lock:
            if position < len(self._requests) and self._requests[position] is request:
                self._requests[position] = replace(request, status=status, problem=problem)

    def snapshot(self) -> list[RecordedRequest]:
        """A copy of everything recorded so far."""
        with self._lock:
            return list(self._requests)

    def count(self, method: str, path: str) -> int:
        """How many recorded requests have this method and exact path."""
        method = method.upper()
        with self._lock:
            return sum(1 for r in self._requests if r.method == method and r.path == path)

    def clear(self) -> None:
        """Forget every recorded request."""
        with self._lock:
            self._requests.clear()
