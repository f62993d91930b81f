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
    """400 when a message names no recipient (NP6 checks the whole request before sending any)."""
    for position, message in enumerate(messages):
        recipient = message.get("recipient") if isinstance(message, Mapping) else None
        if not isinstance(recipient, Mapping) or not any(
            isinstance(recipient.get(key), str) and recipient.get(key) for key in ("value", "id", "unicity", "hash")
        ):
            return refusal(400, f"message {position} has no recipient (give its type and value, id, unicity or hash)")
    return None
