"""What one attempt of a call tells a tracing transport under `NP6Transport`.

The transport sets an `Attempt` on the request's extensions just before handing it to the
network transport, so a transport that opens a span per attempt knows the operation's path
template, how many times the request was sent before, and the waits that delayed it, without
parsing the URL or guessing from timing gaps.
"""

from __future__ import annotations

import functools

import attrs


@attrs.frozen
class Wait:
    """Time an attempt spent waiting before it was sent.

    `kind` is "retry" (the backoff after a failed attempt; `reason` is what failed: "HTTP 503",
    "ConnectError") or "rate_limit" (held by the rate limiter; `reason` is the reason of the pause
    in force, "HTTP 429 on GET /segments/{id}/targets" or "X-RateLimit-Remaining: 0", else
    "pacing").
    """

    kind: str
    reason: str
    seconds: float
    began_ns: int  # wall clock, as OpenTelemetry timestamps are


@attrs.frozen
class Attempt:
    """One attempt: the path template (None for a path the spec does not know) and its waits."""

    template: str | None
    operation_id: str | None
    resend_count: int
    waits: tuple[Wait, ...] = ()


@functools.lru_cache(maxsize=1024)
def first_attempt(template: str | None, operation_id: str | None) -> Attempt:
    """The first attempt of a call of this operation: the same frozen value for every call."""
    return Attempt(template, operation_id, 0)
