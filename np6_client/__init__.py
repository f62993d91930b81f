"""Async SDK for the NP6 CM REST API 8.1.0.

Every operation is one dot from the client (`await np6.contact.get_target("000PKXK4")`); the
generated functions also live in `np6_client.api.<group>.<operation>` and models (with a
`<Model>Dict` TypedDict each) in `np6_client.models`.
"""

import importlib
from typing import TYPE_CHECKING

from ._auth import APIKey
from ._client import NP6Client
from ._constants import VERSION
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
from ._options import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, ClientOptions
from ._public import public as _public
from ._response import Created, Response

if TYPE_CHECKING:
    from ._observer import AttemptFinished as AttemptFinished
    from ._observer import AttemptStarted as AttemptStarted
    from ._observer import Observer as Observer
    from ._observer import PauseBegun as PauseBegun
    from ._observer import PauseEnded as PauseEnded
    from ._observer import RetryScheduled as RetryScheduled
    from ._observer import StreamResumed as StreamResumed
    from ._poller import Checkpoint as Checkpoint
    from ._poller import EventPoller as EventPoller
    from ._ratelimit.limiter import InProcessRateLimiter as InProcessRateLimiter
    from ._ratelimit.limiter import RateLimiter as RateLimiter
    from ._ratelimit.limiter import RateLimitState as RateLimitState
    from ._ratelimit.pacing import Quota as Quota
    from ._ratelimit.redis_limiter import RedisRateLimiter as RedisRateLimiter
    from ._segments import BatchResult as BatchResult
    from ._streaming.stream import EventStream as EventStream

# Imported on first use, as the modules that define them load with the first client (or never):
# streams, the poller, the limiters, observer events and batch results are not needed to import
# the package, and `RedisRateLimiter` needs the optional redis extra.
_LAZY = {
    "AttemptFinished": "._observer",
    "AttemptStarted": "._observer",
    "Observer": "._observer",
    "PauseBegun": "._observer",
    "PauseEnded": "._observer",
    "RetryScheduled": "._observer",
    "StreamResumed": "._observer",
    "Checkpoint": "._poller",
    "EventPoller": "._poller",
    "InProcessRateLimiter": "._ratelimit.limiter",
    "Quota": "._ratelimit.pacing",
    "RateLimiter": "._ratelimit.limiter",
    "RateLimitState": "._ratelimit.limiter",
    "RedisRateLimiter": "._ratelimit.redis_limiter",
    "BatchResult": "._segments",
    "EventStream": "._streaming.stream",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)  # named `np6_client.<name>` where defined
    globals()[name] = value
    return value


__version__ = VERSION

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
    if _name not in _LAZY:
        _public(globals()[_name])
