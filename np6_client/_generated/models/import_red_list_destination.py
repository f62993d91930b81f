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

T = TypeVar("T", bound="ImportRedListDestination")


@_attrs_define(repr=False)
class ImportRedListDestination:
    """(redList) the redlists an import feeds. Partial in the public reference: known from its examples only, so it stays
    open.

    """

    mail: bool | None = None
    sms: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        mail = self.mail

        sms = self.sms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mail is not None:
            field_dict["mail"] = mail
        if sms is not None:
            field_dict["sms"] = sms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mail = d.pop("mail", None)

        sms = d.pop("sms", None)

        import_red_list_destination = cls(
            mail=mail,
            sms=sms,
        )

        import_red_list_destination.additional_properties = d
        return import_red_list_destination

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


ImportRedListDestinationDict = TypedDict(
    "ImportRedListDestinationDict",
    {
        "mail": "NotRequired[bool]",
        "sms": "NotRequired[bool]",
    },
)
"""The JSON members of `ImportRedListDestination` as a plain mapping; unlisted members go through the model."""
