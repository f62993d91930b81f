from __future__ import annotations

import datetime
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

T = TypeVar("T", bound="ObjectStamp")


@_attrs_define(repr=False)
class ObjectStamp:
    """Creation and last modification dates of a stored object."""

    creation: datetime.datetime | None = None
    """ Creation date """
    modification: datetime.datetime | None = None
    """ Last modification date """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        creation: str | None = None
        if self.creation is not None:
            creation = self.creation.isoformat()

        modification: str | None = None
        if self.modification is not None:
            modification = self.modification.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if creation is not None:
            field_dict["creation"] = creation
        if modification is not None:
            field_dict["modification"] = modification

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _creation = d.pop("creation", None)
        creation: datetime.datetime | None
        if _creation is None:
            creation = None
        else:
            creation = datetime.datetime.fromisoformat(_creation)

        _modification = d.pop("modification", None)
        modification: datetime.datetime | None
        if _modification is None:
            modification = None
        else:
            modification = datetime.datetime.fromisoformat(_modification)

        object_stamp = cls(
            creation=creation,
            modification=modification,
        )

        object_stamp.additional_properties = d
        return object_stamp

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


ObjectStampDict = TypedDict(
    "ObjectStampDict",
    {
        "creation": "NotRequired[str | datetime.datetime]",
        "modification": "NotRequired[str | datetime.datetime]",
    },
)
"""The JSON members of `ObjectStamp` as a plain mapping; unlisted members go through the model."""
