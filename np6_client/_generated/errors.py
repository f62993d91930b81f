"""Errors raised by the generated endpoint functions: the hand-written exception tree."""

from .._exceptions import InvalidRequestError, MalformedResponseError, UnexpectedStatus

__all__ = ["InvalidRequestError", "MalformedResponseError", "UnexpectedStatus"]
