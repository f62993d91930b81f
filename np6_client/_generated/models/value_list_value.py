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

T = TypeVar("T", bound="ValueListValue")


@_attrs_define(repr=False)
class ValueListValue:
    """A value of a value list."""

    index: int | None = None
    """ value id """
    value: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index is not None:
            field_dict["index"] = index
        if value is not None:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        index = d.pop("index", None)

        value = d.pop("value", None)

        value_list_value = cls(
            index=index,
            value=value,
        )

        value_list_value.additional_properties = d
        return value_list_value

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


ValueListValueDict = TypedDict(
    "ValueListValueDict",
    {
        "index": "NotRequired[int]",
        "value": "NotRequired[str]",
    },
)
"""The JSON members of `ValueListValue` as a plain mapping; unlisted members go through the model."""
