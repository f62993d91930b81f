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

T = TypeVar("T", bound="SubscriptionContact")


@_attrs_define(repr=False)
class SubscriptionContact:
    """The contact of a subscription. `type` is a discriminator (`footprint` in the reference's examples); it is kept a
    plain string so that a new value never breaks a reader. `value` is printed for the first variant shown; the
    footprint example carries `id`, `unicity` and `hash`. Partial in the public reference, so it stays open.

    """

    type_: str | None = None
    """ Discriminator """
    value: str | None = None
    """ contact identifier (first variant shown) """
    id: str | None = None
    """ (footprint) known from the reference's examples """
    unicity: str | None = None
    """ (footprint) known from the reference's examples """
    hash_: str | None = None
    """ (footprint) known from the reference's examples """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value = self.value

        id = self.id

        unicity = self.unicity

        hash_ = self.hash_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if value is not None:
            field_dict["value"] = value
        if id is not None:
            field_dict["id"] = id
        if unicity is not None:
            field_dict["unicity"] = unicity
        if hash_ is not None:
            field_dict["hash"] = hash_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", None)

        value = d.pop("value", None)

        id = d.pop("id", None)

        unicity = d.pop("unicity", None)

        hash_ = d.pop("hash", None)

        subscription_contact = cls(
            type_=type_,
            value=value,
            id=id,
            unicity=unicity,
            hash_=hash_,
        )

        subscription_contact.additional_properties = d
        return subscription_contact

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


SubscriptionContactDict = TypedDict(
    "SubscriptionContactDict",
    {
        "type": "NotRequired[str]",
        "value": "NotRequired[str]",
        "id": "NotRequired[str]",
        "unicity": "NotRequired[str]",
        "hash": "NotRequired[str]",
    },
)
"""The JSON members of `SubscriptionContact` as a plain mapping; unlisted members go through the model."""
