"""Async SDK for the NP6 CM REST API 8.1.0.

Generated endpoint functions live in `np6_client.api.<group>.<operation>` and models in
`np6_client.models`; this package adds the client they run through.
"""

from importlib import metadata as _metadata

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
    StreamInterruptedError,
    UnexpectedStatus,
    UnprocessableEntityError,
    UnsupportedMediaTypeError,
)
from ._generated.types import UNSET, Response, Unset
from ._options import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, ClientOptions
from ._ratelimit import InProcessRateLimiter, Quota, RateLimiter
from ._segments import BatchResult
from ._streaming import EventStream

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
    "AuthenticationError",
    "BadRequestError",
    "BatchResult",
    "ClientClosedError",
    "ClientOptions",
    "ConfigurationError",
    "ConflictError",
    "EventStream",
    "InProcessRateLimiter",
    "InternalServerError",
    "InvalidRequestError",
    "MalformedResponseError",
    "NP6Client",
    "NP6Error",
    "NotFoundAfterRetryError",
    "NotFoundError",
    "PermissionDeniedError",
    "Quota",
    "RateLimitError",
    "RateLimiter",
    "RedirectError",
    "Response",
    "StreamInterruptedError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "Unset",
    "UnsupportedMediaTypeError",
]
