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

T = TypeVar("T", bound="SubscriptionProvider")


@_attrs_define(repr=False)
class SubscriptionProvider:
    """The push provider of a subscription. `type` is a discriminator (`firebase` in the reference's examples); it is kept
    a plain string so that a new value never breaks a reader. Partial in the public reference, so it stays open.

    """

    type_: str | None = None
    """ Discriminator """
    token: str | None = None
    """ push token """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if token is not None:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", None)

        token = d.pop("token", None)

        subscription_provider = cls(
            type_=type_,
            token=token,
        )

        subscription_provider.additional_properties = d
        return subscription_provider

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


SubscriptionProviderDict = TypedDict(
    "SubscriptionProviderDict",
    {
        "type": "NotRequired[str]",
        "token": "NotRequired[str]",
    },
)
"""The JSON members of `SubscriptionProvider` as a plain mapping; unlisted members go through the model."""
