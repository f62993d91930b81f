"""Async SDK for the NP6 CM REST API 8.1.0.

Every operation is one dot from the client (`await np6.contact.get_target("000PKXK4")`); the
generated functions also live in `np6_client.api.<group>.<operation>` and models (with a
`<Model>Dict` TypedDict each) in `np6_client.models`.
"""

from importlib import metadata as _metadata
from typing import TYPE_CHECKING

from ._auth import APIKey
from ._client import NP6Client
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    InvalidRequestError,
    MalformedResponseError,
    NotFoundAfterRetryError,
    NotFoundError,
    NP6Error,
    PermissionDeniedError,
    RateLimitError,
    RedirectError,
    ResponseTooLargeError,
    StreamClosedError,
    StreamInterruptedError,
    UncertainOutcomeError,
    UnexpectedStatus,
    UnprocessableEntityError,
    UnsupportedMediaTypeError,
)
from ._generated.types import UNSET, Unset
from ._observer import (
    AttemptFinished,
    AttemptStarted,
    Observer,
    PauseBegun,
    PauseEnded,
    RetryScheduled,
    StreamResumed,
)
from ._options import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, ClientOptions
from ._poller import Checkpoint, EventPoller
from ._ratelimit import InProcessRateLimiter, Quota, RateLimiter, RateLimitState
from ._response import Created, Response
from ._segments import BatchResult
from ._streaming import EventStream

if TYPE_CHECKING:
    from ._redis_limiter import RedisRateLimiter as RedisRateLimiter


def _public(obj: object) -> None:
    """Name the package, not the private module, in reprs and tracebacks (`np6_client.NotFoundError`)."""
    if isinstance(obj, type) or callable(obj):
        obj.__module__ = __name__


def __getattr__(name: str) -> object:
    """`RedisRateLimiter` needs the optional redis extra, so it is imported on first use."""
    if name == "RedisRateLimiter":
        from ._redis_limiter import RedisRateLimiter

        _public(RedisRateLimiter)
        return RedisRateLimiter
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


try:
    __version__ = _metadata.version("np6-client")
except _metadata.PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0+unknown"

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "UNSET",
    "APIConnectionError",
    "APIKey",
    "APIStatusError",
    "APITimeoutError",
    "AttemptFinished",
    "AttemptStarted",
    "AuthenticationError",
    "BadRequestError",
    "BatchResult",
    "Checkpoint",
    "ClientClosedError",
    "ClientOptions",
    "ConfigurationError",
    "ConflictError",
    "Created",
    "EventPoller",
    "EventStream",
    "InProcessRateLimiter",
    "InternalServerError",
    "InvalidRequestError",
    "MalformedResponseError",
    "NP6Client",
    "NP6Error",
    "NotFoundAfterRetryError",
    "NotFoundError",
    "Observer",
    "PauseBegun",
    "PauseEnded",
    "PermissionDeniedError",
    "Quota",
    "RateLimitError",
    "RateLimitState",
    "RateLimiter",
    "RedirectError",
    "Response",
    "ResponseTooLargeError",
    "RetryScheduled",
    "StreamClosedError",
    "StreamInterruptedError",
    "StreamResumed",
    "UncertainOutcomeError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "Unset",
    "UnsupportedMediaTypeError",
]

for _name in __all__:
    _public(globals()[_name])
