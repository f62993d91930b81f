"""Errors raised by the generated endpoint functions: the hand-written exception tree."""

from .._exceptions import (
    InvalidRequestError,
    MalformedResponseError,
    UncertainOutcomeError,
    UnexpectedStatus,
)

__all__ = [
    "InvalidRequestError",
    "MalformedResponseError",
    "UncertainOutcomeError",
    "UnexpectedStatus",
]
