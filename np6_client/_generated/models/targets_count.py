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

T = TypeVar("T", bound="TargetsCount")


@_attrs_define(repr=False)
class TargetsCount:
    """The total number of targets."""

    targets_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        targets_count = self.targets_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if targets_count is not None:
            field_dict["targetsCount"] = targets_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        targets_count = d.pop("targetsCount", None)

        targets_count = cls(
            targets_count=targets_count,
        )

        targets_count.additional_properties = d
        return targets_count

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


TargetsCountDict = TypedDict(
    "TargetsCountDict",
    {
        "targetsCount": "NotRequired[int]",
    },
)
"""The JSON members of `TargetsCount` as a plain mapping; unlisted members go through the model."""
