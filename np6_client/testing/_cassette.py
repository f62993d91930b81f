"""Cassettes: NP6 exchanges written as JSON lines, with the key left out and personal values hidden.

A cassette can be shared: request headers are never written (so neither is `X-Key`), the key is
blanked wherever an answer echoes it, and email addresses, phone numbers and unicity values are
replaced by pseudonyms. A pseudonym is stable within a cassette (the same address always becomes
the same pseudonym, so a replay still finds the contact it created) and keeps the value's kind
(an address stays an address), but derives from a secret drawn for the recording and never
written, so it cannot be turned back into the value.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from np6_client._spec.index import index, is_json

EMAIL = re.compile(r"[^@\s\"'<>,;]+@[^@\s\"'<>,;]+\.[A-Za-z]{2,}")
PHONE = re.compile(r"\+?[0-9][0-9 ().-]{6,}[0-9]")
PSEUDONYM_DOMAIN = "example.invalid"
KEY_PLACEHOLDER = "<api-key>"
KEPT_HEADERS = (
    "content-type",
    "location",
    "retry-after",
    "x-ratelimit-limit",
    "x-ratelimit-remaining",
    "x-ratelimit-reset",
)
_PERSONAL_MEMBERS = frozenset({"unicity", "email", "mail", "phone", "mobile", "sms"})


class Pseudonyms:
    """Personal values to stable pseudonyms of the same kind; one secret per recording."""

    def __init__(self, secret: bytes | None = None) -> None:
        self._secret = secret or secrets.token_bytes(32)

    def _digest(self, value: str) -> str:
        return hmac.new(self._secret, value.strip().lower().encode(), hashlib.sha256).hexdigest()

    def value(self, value: str) -> str:
        """The pseudonym of one personal value (an address, a phone number or a unicity value)."""
        digest = self._digest(value)
        if EMAIL.fullmatch(value.strip()):
            return f"p{digest[:12]}@{PSEUDONYM_DOMAIN}"
        if PHONE.fullmatch(value.strip()):
            return "+00" + str(int(digest[:12], 16))[:10].rjust(10, "0")
        return f"p{digest[:12]}"

    def text(self, text: str) -> str:
        """`text` with every address in it replaced."""
        return EMAIL.sub(lambda match: self.value(match.group(0)), text)

    def data(self, value: Any, personal: bool = False) -> Any:
        """JSON data with addresses, phone numbers and the values of personal members replaced."""
        if isinstance(value, Mapping):
            unicity_recipient = value.get("type") == "unicity"
            return {
                key: self.data(item, key.lower() in _PERSONAL_MEMBERS or (unicity_recipient and key == "value"))
                for key, item in value.items()
            }
        if isinstance(value, list):
            return [self.data(item, personal) for item in value]
        if isinstance(value, str):
            if personal or EMAIL.fullmatch(value.strip()) or (value.startswith("+") and PHONE.fullmatch(value)):
                return self.value(value) if value else value
            return self.text(value)
        return value


@dataclass
class Exchange:
    """One request and its answer, as a cassette line holds them."""

    method: str
    route: str | None
    path: str
    query: list[tuple[str, str]]
    request_type: str | None
    request_body: Any
    status: int
    headers: dict[str, str]
    body: Any
    body_kind: str = "json"  # "json", "text", "empty" or "truncated" (over the recorder's limit)

    def to_line(self) -> str:
        """The exchange as one JSON line."""
        return json.dumps(
            {
                "method": self.method,
                "route": self.route,
                "path": self.path,
                "query": [list(pair) for pair in self.query],
                "request": {"content_type": self.request_type, "body": self.request_body},
                "status": self.status,
                "headers": self.headers,
                "body_kind": self.body_kind,
                "body": self.body,
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def from_line(cls, line: str) -> Exchange:
        """An exchange back from its line."""
        raw = json.loads(line)
        return cls(
            method=raw["method"],
            route=raw.get("route"),
            path=raw["path"],
            query=[(str(k), str(v)) for k, v in raw.get("query") or []],
            request_type=(raw.get("request") or {}).get("content_type"),
            request_body=(raw.get("request") or {}).get("body"),
            status=int(raw["status"]),
            headers={str(k): str(v) for k, v in (raw.get("headers") or {}).items()},
            body=raw.get("body"),
            body_kind=raw.get("body_kind", "json"),
        )

    def body_bytes(self) -> bytes:
        """The answer's body as it is replayed."""
        if self.body_kind == "empty":
            return b""
        if self.body_kind == "text":
            return str(self.body).encode()
        return json.dumps(self.body, ensure_ascii=False, separators=(",", ":")).encode()


def read_cassette(path: str | Path) -> list[Exchange]:
    """Every exchange of a cassette, in recorded order."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [Exchange.from_line(line) for line in lines if line.strip()]


def decode_body(content: bytes, content_type: str | None) -> tuple[str, Any]:
    """(`body_kind`, value) of a body: parsed JSON when it is JSON, else text."""
    if not content:
        return "empty", None
    text = content.decode("utf-8", errors="replace")
    if is_json(content_type or ""):
        try:
            return "json", json.loads(text)
        except ValueError:
            pass
    return "text", text


def route_of(method: str, path: str) -> str | None:
    """The spec's path template of `method path` (a literal path wins over a template), or None."""
    operation = index().match(method, path)
    return operation.template if operation is not None else None


def query_pairs(raw_query: bytes) -> list[tuple[str, str]]:
    """A raw query string as ordered name/value pairs."""
    return parse_qsl(raw_query.decode("ascii", errors="replace"), keep_blank_values=True)


def iter_personal_query(pairs: list[tuple[str, str]], pseudonyms: Pseudonyms) -> Iterator[tuple[str, str]]:
    """Query pairs with unicity values and addresses replaced."""
    for name, value in pairs:
        if name.lower() in _PERSONAL_MEMBERS:
            yield name, ",".join(pseudonyms.value(part) for part in value.split(","))
        else:
            yield name, pseudonyms.text(value)
