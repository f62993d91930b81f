"""Log records and observer events for attempts, retries, pauses and stream resumptions.

The transport calls a few hooks; everything they do lives here. When neither the `np6_client`
logger (at INFO or below) nor an observer listens, the transport does not call in at all, so a
quiet client pays one logger check per call; the check is made on every call, so logging
switched on later is heard from the next call.

Records carry the operation's path template (`/segments/{id}/targets`), never the concrete
path, the key, a header other than `x-request-id`, or a body.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from ._spec.index import index

# The event classes are imported where an event is built: only a client with a listener builds
# one, and a quiet client's first call need not create their classes.
if TYPE_CHECKING:
    from ._observer import Observer
    from ._ratelimit.limiter import RateLimitState
    from ._transport.call import Call

logger = logging.getLogger("np6_client")

UNKNOWN_PATH = "<not in the spec>"
Outcome = httpx.Response | httpx.TransportError
_REQUEST_ID_CHARS = 128
_UNPRINTABLE = re.compile(r"[^\x21-\x7e]")  # a hostile x-request-id must not forge log lines
# The `np6_client` logger level at which calls are reported (with no observer, the transport
# checks it before entering anything here).
LISTENING_LEVEL = logging.INFO
HOOKS = ("attempt_started", "attempt_finished", "retry_scheduled", "pause_begun", "pause_ended", "stream_resumed")


def path_template(method: str, path: str) -> str:
    """The spec's path for `path`, written without a gateway's prefix, or `UNKNOWN_PATH`.

    Unknown paths are not logged: they may hold personal data.
    """
    operation = index().match(method, path)
    return UNKNOWN_PATH if operation is None else operation.template


def request_id(headers: Mapping[str, str], redact: Callable[[str], str]) -> str | None:
    """NP6's `x-request-id`, cut and made printable: a hostile one must not forge log lines or attributes.

    `redact` blanks the key out first, should a server echo it there: cut first, a part of it would remain.
    """
    value = headers.get("x-request-id")
    return None if value is None else _UNPRINTABLE.sub("?", redact(value)[:_REQUEST_ID_CHARS])


def failure_reason(outcome: Outcome) -> str:
    """What a failed attempt got: `HTTP 503`, `ConnectError`."""
    return f"HTTP {outcome.status_code}" if isinstance(outcome, httpx.Response) else type(outcome).__name__


class _Stream(Protocol):
    """The public attributes of `EventStream` a resumption report reads."""

    resumptions: int

    @property
    def delivered(self) -> int: ...

    @property
    def last_timestamp(self) -> int | None: ...


class Telemetry:
    """One per transport: the observer (or None) and the `np6_client` logger."""

    __slots__ = ("observer",)

    def __init__(self, observer: Observer | None = None) -> None:
        if observer is not None:
            missing = [hook for hook in HOOKS if not callable(getattr(observer, hook, None))]
            if missing:
                raise TypeError(f"observer= lacks {', '.join(missing)}; subclass np6_client.Observer")
        self.observer = observer

    @property
    def listening(self) -> bool:
        """Whether an observer or the `np6_client` logger at INFO wants to hear about calls."""
        return self.observer is not None or logger.isEnabledFor(LISTENING_LEVEL)

    def call(self, method: str, path: str, redact: Callable[[str], str]) -> CallTelemetry | None:
        """Hooks for one call to the path template `path`, or None when nobody listens (the disabled path).

        `redact` blanks the key out of what the answers' headers say.
        """
        if not self.listening:
            return None
        return CallTelemetry(self, method, path, redact)

    def notify(self, hook: str, event: object) -> None:
        """Run one observer method; its exceptions are logged and dropped."""
        if self.observer is None:
            return
        try:
            getattr(self.observer, hook)(event)
        except Exception as exc:  # a metrics bug must never fail an API call
            logger.warning("np6: observer %s raised %s; ignored", hook, type(exc).__name__)

    def rate_limit_listener(self) -> Callable[[RateLimitState], None] | None:
        """What tells the observer of a new `RateLimitState`, or None when it does not listen.

        `rate_limit_changed` is optional, so observers written before it keep working.
        """
        if not callable(getattr(self.observer, "rate_limit_changed", None)):
            return None
        return functools.partial(self.notify, "rate_limit_changed")

    def pause_begun(self, method: str, path: str, seconds: float) -> None:
        """The transport has just paused every request of the client for `seconds` after `method path`."""
        if not self.listening:
            return
        logger.info(
            "np6: %s %s was rate limited; every request of this client pauses for %.2fs",
            method,
            path,
            seconds,
            extra={"np6_method": method, "np6_path": path, "np6_pause": seconds},
        )
        from ._observer import PauseBegun

        self.notify("pause_begun", PauseBegun(method, path, seconds))
        asyncio.get_running_loop().call_later(seconds, self._pause_ended, method, path, seconds)

    def _pause_ended(self, method: str, path: str, seconds: float) -> None:
        from ._observer import PauseEnded

        logger.info("np6: the %.2fs pause after %s %s is over", seconds, method, path)
        self.notify("pause_ended", PauseEnded(method, path, seconds))

    def stream_resumed(self, call: Call, url: str, stream: _Stream) -> None:
        """An event stream is about to re-request its export (`url`, without the base URL) after a break."""
        if not self.listening:
            return
        method = call.method
        path = call.template or path_template(method, httpx.URL(url).path)
        logger.info(
            "np6: stream %s %s broke after %d events; resuming (%d) from timestamp %s",
            method,
            path,
            stream.delivered,
            stream.resumptions,
            stream.last_timestamp,
            extra={"np6_method": method, "np6_path": path, "np6_delivered": stream.delivered},
        )
        from ._observer import StreamResumed

        self.notify(
            "stream_resumed", StreamResumed(method, path, stream.resumptions, stream.delivered, stream.last_timestamp)
        )


class CallTelemetry:
    """Attempt numbering and timing for one call through the transport."""

    __slots__ = ("_debug", "_redact", "_telemetry", "attempts", "method", "path", "wait")

    def __init__(self, telemetry: Telemetry, method: str, path: str, redact: Callable[[str], str]) -> None:
        self._telemetry = telemetry
        self._redact = redact
        self._debug = logger.isEnabledFor(logging.DEBUG)
        self.method = method
        self.path = path
        self.attempts = 0
        self.wait = 0.0

    async def attempt(self, pending: Awaitable[Outcome]) -> Outcome:
        """Await one attempt, reporting its start and its outcome (also when it is cancelled)."""
        from ._observer import AttemptStarted

        self.attempts += 1
        self._telemetry.notify("attempt_started", AttemptStarted(self.method, self.path, self.attempts, self.wait))
        started = time.perf_counter()
        try:
            outcome = await pending
        except BaseException as exc:
            self._finished(None, type(exc).__name__, time.perf_counter() - started, None)
            raise
        elapsed = time.perf_counter() - started
        if isinstance(outcome, httpx.Response):
            self._finished(outcome.status_code, None, elapsed, request_id(outcome.headers, self._redact))
        else:
            self._finished(None, type(outcome).__name__, elapsed, None)
        return outcome

    def _finished(self, status: int | None, error: str | None, elapsed: float, request_id: str | None) -> None:
        if self._debug:
            logger.debug(
                "np6: %s %s attempt %d: %s in %.3fs (waited %.3fs before it) x-request-id=%s",
                self.method,
                self.path,
                self.attempts,
                error or status,
                elapsed,
                self.wait,
                request_id,
                extra=self._extra(np6_status=status, np6_error=error, np6_elapsed=elapsed, np6_request_id=request_id),
            )
        from ._observer import AttemptFinished

        self._telemetry.notify(
            "attempt_finished",
            AttemptFinished(self.method, self.path, self.attempts, status, error, elapsed, request_id),
        )

    def retry_scheduled(self, outcome: Outcome, wait: float) -> None:
        """The attempt just made failed and the next one follows in `wait` seconds."""
        reason = failure_reason(outcome)
        logger.info(
            "np6: %s %s attempt %d failed (%s); retrying in %.3fs",
            self.method,
            self.path,
            self.attempts,
            reason,
            wait,
            extra=self._extra(np6_reason=reason, np6_next_wait=wait),
        )
        from ._observer import RetryScheduled

        self._telemetry.notify("retry_scheduled", RetryScheduled(self.method, self.path, self.attempts, reason, wait))
        self.wait = wait

    def _extra(self, **more: Any) -> dict[str, Any]:
        return {
            "np6_method": self.method,
            "np6_path": self.path,
            "np6_attempt": self.attempts,
            "np6_wait": self.wait,
            **more,
        }
