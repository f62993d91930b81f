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

T = TypeVar("T", bound="EmailMessageDefinitionHeadersFrom")


@_attrs_define(repr=False)
class EmailMessageDefinitionHeadersFrom:
    """From override"""

    label: str | None = None
    """ From label """
    prefix: str | None = None
    """ From prefix """
    domain: str | None = None
    """ From domain """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        prefix = self.prefix

        domain = self.domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not None:
            field_dict["label"] = label
        if prefix is not None:
            field_dict["prefix"] = prefix
        if domain is not None:
            field_dict["domain"] = domain

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label", None)

        prefix = d.pop("prefix", None)

        domain = d.pop("domain", None)

        email_message_definition_headers_from = cls(
            label=label,
            prefix=prefix,
            domain=domain,
        )

        email_message_definition_headers_from.additional_properties = d
        return email_message_definition_headers_from

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


EmailMessageDefinitionHeadersFromDict = TypedDict(
    "EmailMessageDefinitionHeadersFromDict",
    {
        "label": "NotRequired[str]",
        "prefix": "NotRequired[str]",
        "domain": "NotRequired[str]",
    },
)
"""The JSON members of `EmailMessageDefinitionHeadersFrom` as a plain mapping; unlisted members go through the model."""
