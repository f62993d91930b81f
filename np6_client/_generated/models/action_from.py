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

T = TypeVar("T", bound="ActionFrom")


@_attrs_define(repr=False)
class ActionFrom:
    """The From header of an email."""

    prefix: str | None = None
    domain: str | None = None
    label: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        prefix = self.prefix

        domain = self.domain

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prefix is not None:
            field_dict["prefix"] = prefix
        if domain is not None:
            field_dict["domain"] = domain
        if label is not None:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prefix = d.pop("prefix", None)

        domain = d.pop("domain", None)

        label = d.pop("label", None)

        action_from = cls(
            prefix=prefix,
            domain=domain,
            label=label,
        )

        action_from.additional_properties = d
        return action_from

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


ActionFromDict = TypedDict(
    "ActionFromDict",
    {
        "prefix": "NotRequired[str]",
        "domain": "NotRequired[str]",
        "label": "NotRequired[str]",
    },
)
"""The JSON members of `ActionFrom` as a plain mapping; unlisted members go through the model."""
