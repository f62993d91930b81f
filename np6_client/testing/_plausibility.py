"""Checks NP6 makes beyond the spec's schemas: framing, and bodies that do not fit the action.

The schemas accept an SMS body sent to an email action and a message without a recipient; NP6
does not. These checks read the stored action, so they run in the handlers, after the schema
checks, and refuse with the statuses the reference lists for these operations.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from np6_client.testing._account import is_sms
from np6_client.testing._reply import Reply, refusal

EMAIL_MEDIA_TYPE = "application/vnd.np6.cm.email"
SMS_MEDIA_TYPE = "application/vnd.np6.cm.sms"


def length_required(method: str, headers: Mapping[str, str]) -> Reply | None:
    """411 for a POST that does not say how long its body is (chunked or unframed), as NP6 answers."""
    if method != "POST" or "content-length" in headers:
        return None
    return refusal(411, f"a {method} needs a Content-Length header")


def media_type_mismatch(action: Mapping[str, Any], media_type: str | None) -> Reply | None:
    """415 when the body's media type is not the one of the action's kind (SMS body, email action)."""
    expected = SMS_MEDIA_TYPE if is_sms(action) else EMAIL_MEDIA_TYPE
    if media_type == expected:
        return None
    return refusal(415, f"action {action.get('id')} is a {action.get('type')} action: send its messages as {expected}")


def missing_recipient(messages: Sequence[Any]) -> Reply | None:
    """400 when a message names no recipient (NP6 checks the whole request before sending any).

    A unicity value is a string or, as NP6 takes it, an array of strings with one value per
    unicity criterion; the fake's accounts have one criterion, so the array holds one string.
    """
    for position, message in enumerate(messages):
        recipient = message.get("recipient") if isinstance(message, Mapping) else None
        if not isinstance(recipient, Mapping):
            return refusal(400, f"message {position} has no recipient (give its type and value, id, unicity or hash)")
        problem = _unicity_problem(recipient)
        if problem is not None:
            return refusal(400, f"message {position}: {problem}")
        if not any(_names(recipient.get(key)) for key in ("value", "id", "unicity", "hash")):
            return refusal(400, f"message {position} has no recipient (give its type and value, id, unicity or hash)")
    return None


def _names(value: object) -> bool:
    return (isinstance(value, str) and bool(value)) or (isinstance(value, list) and bool(value))


def _unicity_problem(recipient: Mapping[str, Any]) -> str | None:
    arrays: dict[str, list[Any]] = {
        key: value for key in ("value", "unicity") if isinstance(value := recipient.get(key), list)
    }
    if "value" in arrays and recipient.get("type") != "unicity":
        return "only a unicity value may be an array"
    for value in arrays.values():
        if len(value) != 1 or not all(isinstance(item, str) and item for item in value):
            return "a unicity array holds one non-empty string per unicity criterion, and the account has one"
    return None
