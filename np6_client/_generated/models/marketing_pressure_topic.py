from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    NotRequired,
    Self,
    TypedDict,
    TypeVar,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.object_stamp import ObjectStamp


T = TypeVar("T", bound="MarketingPressureTopic")


@_attrs_define(repr=False)
class MarketingPressureTopic:
    """A marketing pressure topic."""

    id: UUID | None = None
    """ Topic id """
    label: str | None = None
    """ Topic name """
    description: str | None = None
    stamp: ObjectStamp | None = None
    """ Creation and last modification dates of a stored object. """
    created_by: str | None = None
    modified_by: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id: str | None = None
        if self.id is not None:
            id = str(self.id)

        label = self.label

        description = self.description

        stamp: dict[str, Any] | None = None
        if self.stamp is not None:
            stamp = self.stamp.to_dict()

        created_by = self.created_by

        modified_by = self.modified_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if label is not None:
            field_dict["label"] = label
        if description is not None:
            field_dict["description"] = description
        if stamp is not None:
            field_dict["stamp"] = stamp
        if created_by is not None:
            field_dict["createdBy"] = created_by
        if modified_by is not None:
            field_dict["modifiedBy"] = modified_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _id = d.pop("id", None)
        id: UUID | None
        if _id is None:
            id = None
        else:
            id = UUID(_id)

        label = d.pop("label", None)

        description = d.pop("description", None)

        _stamp = d.pop("stamp", None)
        stamp: ObjectStamp | None
        if _stamp is None:
            stamp = None
        else:
            stamp = ObjectStamp.from_dict(_stamp)

        created_by = d.pop("createdBy", None)

        modified_by = d.pop("modifiedBy", None)

        marketing_pressure_topic = cls(
            id=id,
            label=label,
            description=description,
            stamp=stamp,
            created_by=created_by,
            modified_by=modified_by,
        )

        marketing_pressure_topic.additional_properties = d
        return marketing_pressure_topic

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


MarketingPressureTopicDict = TypedDict(
    "MarketingPressureTopicDict",
    {
        "id": "NotRequired[str | UUID]",
        "label": "NotRequired[str]",
        "description": "NotRequired[str]",
        "stamp": "NotRequired[ObjectStampDict]",
        "createdBy": "NotRequired[str]",
        "modifiedBy": "NotRequired[str]",
    },
)
"""The JSON members of `MarketingPressureTopic` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.object_stamp import ObjectStampDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.object_stamp import ObjectStamp  # noqa: E402
