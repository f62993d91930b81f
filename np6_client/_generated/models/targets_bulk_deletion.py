from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    NotRequired,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="TargetsBulkDeletion")


@_attrs_define(repr=False)
class TargetsBulkDeletion:
    """Selects the targets to delete. `type` is a discriminator (`segment` in the reference's example); it is kept a plain
    string so that a new value never breaks a reader. Partial in the public reference: the members of each variant are
    not printed, so the object stays open.

    """

    type_: str | None = None
    """ Discriminator """
    value: list[Any] | None = None
    """ What `type` selects: segment ids, target ids, or unicity values (each an array of strings, one per unicity
    criterion), as NP6's earlier documentation prints them. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value: list[Any] | None = None
        if self.value is not None:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if value is not None:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", None)

        _value = d.pop("value", None)
        if not isinstance(_value, list) and _value is not None:
            raise TypeError(f"expected a JSON array, not {type(_value).__name__}")
        value = cast(list[Any], _value)

        targets_bulk_deletion = cls(
            type_=type_,
            value=value,
        )

        targets_bulk_deletion.additional_properties = d
        return targets_bulk_deletion

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


TargetsBulkDeletionDict = TypedDict(
    "TargetsBulkDeletionDict",
    {
        "type": "NotRequired[str]",
        "value": "NotRequired[list[Any]]",
    },
)
"""The JSON members of `TargetsBulkDeletion` as a plain mapping; unlisted members go through the model."""
