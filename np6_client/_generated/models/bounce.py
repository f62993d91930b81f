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
from ..types import model_repr

T = TypeVar("T", bound="Bounce")


@_attrs_define(repr=False)
class Bounce:
    field: int | None = None
    """ The id of field of the bounce """
    type_: BounceType | None = None
    """ The Type of the bounce """
    timestamp: datetime.datetime | None = None
    """ The date of the bounce """
    reason: str | None = None
    """ The Reason of the bounce """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        type_: str | None = None
        if self.type_ is not None:
            type_ = self.type_.value

        timestamp: str | None = None
        if self.timestamp is not None:
            timestamp = self.timestamp.isoformat()

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field is not None:
            field_dict["field"] = field
        if type_ is not None:
            field_dict["type"] = type_
        if timestamp is not None:
            field_dict["timestamp"] = timestamp
        if reason is not None:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field = d.pop("field", None)

        _type_ = d.pop("type", None)
        type_: BounceType | None
        if _type_ is None:
            type_ = None
        else:
            type_ = BounceType.from_raw(_type_)

        _timestamp = d.pop("timestamp", None)
        timestamp: datetime.datetime | None
        if _timestamp is None:
            timestamp = None
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        reason = d.pop("reason", None)

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
