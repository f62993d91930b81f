from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    NotRequired,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bounce_type import BounceType
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Bounce")


@_attrs_define(repr=False)
class Bounce:
    field: int | Unset = UNSET
    """ The id of field of the bounce """
    type_: BounceType | Unset = UNSET
    """ The Type of the bounce """
    timestamp: datetime.datetime | Unset = UNSET
    """ The date of the bounce """
    reason: str | Unset = UNSET
    """ The Reason of the bounce """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field is not UNSET:
            field_dict["field"] = field
        if type_ is not UNSET:
            field_dict["type"] = type_
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field = d.pop("field", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: BounceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = BounceType.from_raw(_type_)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        reason = d.pop("reason", UNSET)

        bounce = cls(
            field=field,
            type_=type_,
            timestamp=timestamp,
            reason=reason,
        )

        bounce.additional_properties = d
        return bounce

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


BounceDict = TypedDict(
    "BounceDict",
    {
        "field": "NotRequired[int]",
        "type": "NotRequired[BounceType | Literal['Validé', 'Soft', 'ReportAsSpam', 'HardDomain', 'HardUser', 'HardOther', 'HardRules']]",
        "timestamp": "NotRequired[str | datetime.datetime]",
        "reason": "NotRequired[str]",
    },
)
"""The JSON members of `Bounce` as a plain mapping; unlisted members go through the model."""
