"""Hooks for metrics: what the transport and event streams do, as it happens.

An observer sees every attempt (a call retried twice is three attempts), every scheduled retry,
every shared rate-limit pause, every stream resumption and every change of `np6.rate_limit`,
with the operation's path template rather than the concrete path, so metric labels stay few. It
never sees the key, headers or bodies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from ._public import public

if TYPE_CHECKING:
    from ._ratelimit.limiter import RateLimitState


@public
@attrs.frozen
class AttemptStarted:
    """An attempt is about to wait for the rate limiter and be sent; `wait` is the retry delay before it."""

    method: str
    path: str
    attempt: int
    wait: float


@public
@attrs.frozen
class AttemptFinished:
    """An attempt got its answer (`status`) or failed without one (`error`, the exception's type name).

    `elapsed` counts from `AttemptStarted`, so it includes any wait for the rate limiter.
    """

    method: str
    path: str
    attempt: int
    status: int | None
    error: str | None
    elapsed: float
    request_id: str | None


@public
@attrs.frozen
class RetryScheduled:
    """Attempt `attempt` failed for `reason` ("HTTP 503", "ConnectError", ...); the next one follows in `wait` s."""

    method: str
    path: str
    attempt: int
    reason: str
    wait: float


@public
@attrs.frozen
class PauseBegun:
    """A 429 paused every request of the client (and its views) for `seconds`."""

    method: str
    path: str
    seconds: float


@public
@attrs.frozen
class PauseEnded:
    """The pause that began `seconds` earlier is over (a longer pause asked for meanwhile may still hold)."""

    method: str
    path: str
    seconds: float


@public
@attrs.frozen
class StreamResumed:
    """An event stream broke and is being re-requested; `resumption` counts from 1."""

    method: str
    path: str
    resumption: int
    delivered: int
    last_timestamp: int | None


@public
class Observer:
    """Subclass and override what you need; each method does nothing by default.

    Methods run in the task making the call (`pause_ended` runs from the event loop when the
    pause is over), so they must be quick and never block. An exception raised by one is logged
    and otherwise ignored: a metrics bug never fails an API call.
    """

    def attempt_started(self, event: AttemptStarted) -> None:
        """Called before each attempt."""

    def attempt_finished(self, event: AttemptFinished) -> None:
        """Called after each attempt, whatever its outcome (a cancelled attempt has `error="CancelledError"`)."""

    def retry_scheduled(self, event: RetryScheduled) -> None:
        """Called when a failed attempt will be retried."""

    def pause_begun(self, event: PauseBegun) -> None:
        """Called when a 429 pauses the client."""

    def pause_ended(self, event: PauseEnded) -> None:
        """Called when that pause is over."""

    def stream_resumed(self, event: StreamResumed) -> None:
        """Called when an event stream resumes after a broken connection."""

    def rate_limit_changed(self, state: RateLimitState) -> None:
        """Called when `np6.rate_limit` changes: new quota headers, a pause beginning or over."""
