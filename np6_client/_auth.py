"""The API key, kept out of every repr, log line, exception and URL."""

from __future__ import annotations

import os
from typing import NoReturn

from ._exceptions import ConfigurationError

API_KEY_ENV = "NP6_API_KEY"
API_KEY_HEADER = "X-Key"


class APIKey:
    """Holds the key; only `reveal()` gives it back, and only the transport calls it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str) or not value.strip():
            raise ConfigurationError(f"the API key is empty; pass api_key= or set {API_KEY_ENV}")
        if any(ch in value for ch in "\r\n\0") or value != value.strip():
            raise ConfigurationError("the API key contains whitespace or control characters")
        self._value = value

    @classmethod
    def resolve(cls, api_key: str | APIKey | None) -> APIKey:
        """The explicit key, else the one in the environment."""
        if isinstance(api_key, APIKey):
            return api_key
        if api_key is None:
            api_key = os.environ.get(API_KEY_ENV)
            if api_key is None:
                raise ConfigurationError(f"no API key: pass api_key= or set {API_KEY_ENV}")
        return cls(api_key)

    def reveal(self) -> str:
        """The key itself, for the `X-Key` header."""
        return self._value

    def __repr__(self) -> str:
        return "APIKey('…')"

    __str__ = __repr__

    def __reduce__(self) -> NoReturn:
        raise TypeError("an APIKey cannot be pickled")
