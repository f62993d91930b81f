from __future__ import annotations

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

T = TypeVar("T", bound="SubscriptionUserType0")


@_attrs_define(repr=False)
class SubscriptionUserType0:
    """user behind the event (null in the reference's example)"""

    id: str | None = None
    name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if name is not None:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", None)

        name = d.pop("name", None)

        subscription_user_type_0 = cls(
            id=id,
            name=name,
        )

        subscription_user_type_0.additional_properties = d
        return subscription_user_type_0

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


SubscriptionUserType0Dict = TypedDict(
    "SubscriptionUserType0Dict",
    {
        "id": "NotRequired[str]",
        "name": "NotRequired[str]",
    },
)
"""The JSON members of `SubscriptionUserType0` as a plain mapping; unlisted members go through the model."""
