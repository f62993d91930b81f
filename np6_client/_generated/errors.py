"""Errors raised by the generated endpoint functions: the hand-written exception tree."""

from .._exceptions import MalformedResponseError, UnexpectedStatus

__all__ = ["MalformedResponseError", "UnexpectedStatus"]
