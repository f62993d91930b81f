"""Faults that the next matching requests meet, to test a client's failure handling.

A fault either replaces the answer (an error status, a rate-limit refusal, an HTML error page),
cuts the connection, or alters how the real answer is delivered (slow, truncated, malformed,
wrong content type, an event stream cut after N events).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, fields
from email.utils import formatdate
from typing import Literal

from np6_client.testing._reply import JSON_TYPE, Reply

DropPoint = Literal["before_read", "after_read"]
ServedResetStyle = Literal["delta", "epoch"]

MALFORMED_BODY = b'{"type": success, "links": [,]}'
_HTML_PAGE = (
    b"<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n"
    b"<body><h1>502 Bad Gateway</h1><p>The upstream server did not answer.</p></body></html>\n"
)
_ANSWERING = ("status", "retry_after", "retry_after_date", "ratelimit_reset", "html_error")
_SHAPING = ("truncate", "malformed", "cut_after_events")
_SELECTORS = ("method", "path", "times", "reset_style", "ratelimit_limit", "headers", "body")


@dataclass(frozen=True)
class Fault:
    """One fault for the next `times` requests matching `method` and `path` (None matches any).

    `path` is an exact request path ("/segments/1/targets") or a spec route ("/segments/{id}/targets").

    Answering instead of the operation (the operation is not executed):
      `status` (with optional `headers` and `body`); `retry_after` seconds, sent as an HTTP-date when
      `retry_after_date` (status 429 unless given); `ratelimit_reset` seconds with `reset_style`
      "delta" or "epoch" and the `X-RateLimit-Limit`/`-Remaining` headers (status 429 unless given);
      `html_error`: a 502 (unless given) HTML error page.
    Cutting the connection without any answer:
      `drop="before_read"`: the request is neither recorded nor executed;
      `drop="after_read"`: it is recorded and executed, then the connection is closed.
    Altering the executed operation's answer:
      `truncate`: the body is cut in the middle and the connection closed; `malformed`: status 200
      with complete but invalid JSON; `content_type`: another Content-Type on the real body;
      `cut_after_events`: an event stream is closed after that many events, mid-array.
    Timing, combinable with the above except drops: `delay_headers` seconds before the answer
    starts; `delay_body` seconds between the pieces of the body.
    """

    method: str | None = None
    path: str | None = None
    times: int = 1
    status: int | None = None
    headers: Mapping[str, str] | None = None
    body: bytes | str | None = None
    retry_after: int | None = None
    retry_after_date: bool = False
    ratelimit_reset: int | None = None
    reset_style: ServedResetStyle = "delta"
    ratelimit_limit: int = 100
    drop: DropPoint | None = None
    delay_headers: float | None = None
    delay_body: float | None = None
    truncate: bool = False
    malformed: bool = False
    html_error: bool = False
    content_type: str | None = None
    cut_after_events: int | None = None

    def __post_init__(self) -> None:
        if self.method is not None:
            object.__setattr__(self, "method", self.method.upper())
        if self.times < 1:
            raise ValueError("times must be >= 1")
        for name in ("retry_after", "ratelimit_reset", "delay_headers", "delay_body", "cut_after_events"):
            value = getattr(self, name)
            if value is not None and value < 0:
                raise ValueError(f"{name} must be >= 0")
        if self.drop is not None and self.drop not in ("before_read", "after_read"):
            raise ValueError("drop must be 'before_read' or 'after_read'")
        if self.reset_style not in ("delta", "epoch"):
            raise ValueError("reset_style must be 'delta' or 'epoch'")
        effects = [f.name for f in fields(self) if f.name not in _SELECTORS and _is_set(getattr(self, f.name))]
        if not effects:
            raise ValueError("a fault needs at least one effect")
        if self.drop is not None and len(effects) > 1:
            raise ValueError("drop cannot be combined with another effect")
        shaping = [name for name in _SHAPING if name in effects]
        if len(shaping) > 1 or (shaping and self.answers_instead):
            raise ValueError(f"incompatible effects: {', '.join(effects)}")

    @property
    def answers_instead(self) -> bool:
        """Whether this fault answers in place of the operation."""
        return any(_is_set(getattr(self, name)) for name in _ANSWERING)

    def matches(self, method: str, path: str, route: str | None) -> bool:
        """Whether a request is one this fault applies to."""
        if self.method is not None and self.method != method:
            return False
        return self.path is None or self.path in (path, route)

    def answer(self) -> Reply:
        """The answer that replaces the operation's."""
        limited = self.retry_after is not None or self.retry_after_date or self.ratelimit_reset is not None
        status = self.status or (502 if self.html_error else 429 if limited else 500)
        headers: list[tuple[str, str]] = []
        if self.retry_after_date:
            headers.append(("retry-after", formatdate(time.time() + (self.retry_after or 1), usegmt=True)))
        elif self.retry_after is not None:
            headers.append(("retry-after", str(self.retry_after)))
        if self.ratelimit_reset is not None:
            reset = self.ratelimit_reset
            if self.reset_style == "epoch":
                reset += int(time.time())
            headers += [
                ("x-ratelimit-limit", str(self.ratelimit_limit)),
                ("x-ratelimit-remaining", "0"),
                ("x-ratelimit-reset", str(reset)),
            ]
        headers += [(name.lower(), value) for name, value in (self.headers or {}).items()]
        body = self.body.encode() if isinstance(self.body, str) else (self.body or b"")
        content_type = self.content_type or (JSON_TYPE if body else None)
        if self.html_error:
            body = body or _HTML_PAGE
            content_type = self.content_type or "text/html; charset=utf-8"
        return Reply(status=status, body=body, content_type=content_type, headers=tuple(headers))


def _is_set(value: object) -> bool:
    return value is not None and value is not False


@dataclass
class _Armed:
    fault: Fault
    left: int


class Faults:
    """The armed faults, consumed in the order they were added."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._armed: list[_Armed] = []

    def add(self, fault: Fault) -> None:
        """Arm a fault for its next `times` matching requests."""
        with self._lock:
            self._armed.append(_Armed(fault, fault.times))

    def clear(self) -> None:
        """Disarm every fault."""
        with self._lock:
            self._armed.clear()

    def pending(self) -> list[Fault]:
        """The faults still armed."""
        with self._lock:
            return [armed.fault for armed in self._armed]

    def __len__(self) -> int:
        with self._lock:
            return len(self._armed)

    def take(self, method: str, path: str, route: str | None) -> Fault | None:
        """The first armed fault matching this request, counting one use of it."""
        if not self._armed:
            return None
        with self._lock:
            for position, armed in enumerate(self._armed):
                if armed.fault.matches(method, path, route):
                    armed.left -= 1
                    if armed.left == 0:
                        del self._armed[position]
                    return armed.fault
        return None
