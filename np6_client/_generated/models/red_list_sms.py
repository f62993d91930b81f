from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    NotRequired,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="RedListSms")


@_attrs_define(repr=False)
class RedListSms:
    """RedListSms. Partial in the public reference: its members are known only from the example, so it stays open."""

    timestamp: datetime.datetime | None = None
    reason: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        timestamp: str | None = None
        if self.timestamp is not None:
            timestamp = self.timestamp.isoformat()

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not None:
            field_dict["timestamp"] = timestamp
        if reason is not None:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _timestamp = d.pop("timestamp", None)
        timestamp: datetime.datetime | None
        if _timestamp is None:
            timestamp = None
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        reason = d.pop("reason", None)

        red_list_sms = cls(
            timestamp=timestamp,
            reason=reason,
        )

        red_list_sms.additional_properties = d
        return red_list_sms

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


RedListSmsDict = TypedDict(
    "RedListSmsDict",
    {
        "timestamp": "NotRequired[str | datetime.datetime]",
        "reason": "NotRequired[int]",
    },
)
"""The JSON members of `RedListSms` as a plain mapping; unlisted members go through the model."""
