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

T = TypeVar("T", bound="ContactEventSource")


@_attrs_define(repr=False)
class ContactEventSource:
    """Source of a contact event. `type` is a discriminator whose values are not listed on the contact event pages; partial
    in the public reference, so it stays open.

    """

    type_: str | None = None
    """ Discriminator """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", None)

        contact_event_source = cls(
            type_=type_,
        )

        contact_event_source.additional_properties = d
        return contact_event_source

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


ContactEventSourceDict = TypedDict(
    "ContactEventSourceDict",
    {
        "type": "NotRequired[str]",
    },
)
"""The JSON members of `ContactEventSource` as a plain mapping; unlisted members go through the model."""
