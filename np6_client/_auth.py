"""The API key, kept out of every repr, log line, exception and URL."""

from __future__ import annotations

import hashlib
import os
import re
from contextlib import suppress
from typing import NoReturn

from ._exceptions import ConfigurationError

API_KEY_ENV = "NP6_API_KEY"
API_KEY_HEADER = "X-Key"
# RFC 9110 field-value without obs-text, as h11 accepts it: visible ASCII, with spaces or tabs
# only between visible characters.
_REDACTED = "<redacted>"
_REDACTED_BYTES = b"<redacted>"
# The account tag: scrypt, so that each guess at a key costs about 16 MiB and tens of ms; the
# salt is fixed (every replica must derive the same tag) and names its purpose.
_TAG_SALT = b"np6-client/account-tag/v1"
_FIELD_VALUE = re.compile(r"[\x21-\x7e](?:[\x20-\x7e\t]*[\x21-\x7e])?")


class APIKey:
    """Holds the key; only `reveal()` gives it back, and only the transport calls it."""

    __slots__ = ("_tag", "_value")

    def __init__(self, value: str) -> None:
        if not isinstance(value, str) or not value.strip():
            raise ConfigurationError(f"the API key is empty; pass api_key= or set {API_KEY_ENV}")
        if not _FIELD_VALUE.fullmatch(value):
            # Never echo the key: the message names the rule, not the value.
            raise ConfigurationError(
                "the API key is not a valid HTTP header value (visible ASCII only, no leading or trailing "
                "whitespace, no control characters)"
            )
        self._value = value
        self._tag: str | None = None

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

    def account_tag(self) -> str:
        """A one-way tag of the key (hex, 128 bits) naming its account where the key must not go (Redis).

        Equal keys give equal tags in every process; the tag cannot be turned back into the key
        short of guessing keys at scrypt's cost each.
        """
        if self._tag is None:
            digest = hashlib.scrypt(
                self._value.encode(), salt=_TAG_SALT, n=1 << 14, r=8, p=1, maxmem=64 << 20, dklen=16
            )
            self._tag = digest.hex()
        return self._tag

    def redact(self, text: str) -> str:
        """`text` with every form of the key replaced by `<redacted>`."""
        for form in self._forms():
            text = blank_out(form, text)
        return text

    def redact_bytes(self, data: bytes) -> bytes:
        """`data` with the key's bytes replaced by `<redacted>`."""
        for form in self._forms():
            data = data.replace(form.encode("utf-8", "backslashreplace"), _REDACTED_BYTES)
        return data

    def scrub(self, error: BaseException) -> None:
        """Blank the key out of an exception chain's messages, so no rendered traceback shows it.

        Transport libraries quote what they refuse (h11: "Illegal header value b'...'").
        """
        pending, seen = [error], set()
        while pending:
            current = pending.pop()
            if id(current) in seen:
                continue
            seen.add(id(current))
            pending.extend(arg for arg in current.args if isinstance(arg, BaseException))
            pending.extend(link for link in (current.__cause__, current.__context__) if link is not None)
            current.args = tuple(_redacted(arg, self._forms()) for arg in current.args)
            _scrub_attributes(current, self._forms())

    def _forms(self) -> tuple[str, ...]:
        """The key as text, and as the escaped text of its `repr` and of its bytes' `repr`."""
        encoded = self._value.encode("utf-8", "backslashreplace")
        return tuple(dict.fromkeys((self._value, repr(self._value)[1:-1], repr(encoded)[2:-1])))

    def __repr__(self) -> str:
        return "APIKey('…')"

    __str__ = __repr__

    def __reduce__(self) -> NoReturn:
        raise TypeError("an APIKey cannot be pickled")


def blank_out(secret: str | None, text: str) -> str:
    """`text` with `secret` (a key as a request carried it) replaced by `<redacted>`; as it is without one."""
    return text.replace(secret, _REDACTED) if secret else text


# Where exceptions keep text beside their args: a JSON error's document, a decode error's bytes.
_TEXT_ATTRIBUTES = ("doc", "object")


def _scrub_attributes(error: BaseException, forms: tuple[str, ...]) -> None:
    """Blank the key out of the text an exception holds in attributes (`json.JSONDecodeError.doc`...)."""
    names = dict.fromkeys((*_TEXT_ATTRIBUTES, *getattr(error, "__dict__", ())))
    for name in names:
        value = getattr(error, name, None)
        if isinstance(value, str | bytes):
            cleaned = _redacted(value, forms)
            if cleaned != value:
                with suppress(AttributeError, TypeError):
                    setattr(error, name, cleaned)


def _redacted(value: object, forms: tuple[str, ...]) -> object:
    if isinstance(value, BaseException):
        return value  # scrubbed in its own turn
    if isinstance(value, bytes):
        for form in forms:
            value = value.replace(form.encode("utf-8", "backslashreplace"), _REDACTED_BYTES)
        return value
    text = value if isinstance(value, str) else repr(value)
    if not any(form in text for form in forms):
        return value
    for form in forms:
        text = blank_out(form, text)
    return text
