from __future__ import annotations

import datetime
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
    from ..models.campaign_item import CampaignItem


T = TypeVar("T", bound="Campaign")


@_attrs_define(repr=False)
class Campaign:
    """A campaign. Partial in the public reference: the answer of the creation is printed down to `description` only, so
    the object stays open.

    """

    id: UUID | None = None
    """ Campaign id """
    name: str | None = None
    description: str | None = None
    start_date: datetime.datetime | None = None
    end_date: datetime.datetime | None = None
    creation_date: datetime.datetime | None = None
    update_date: datetime.datetime | None = None
    items: list[CampaignItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id: str | None = None
        if self.id is not None:
            id = str(self.id)

        name = self.name

        description = self.description

        start_date: str | None = None
        if self.start_date is not None:
            start_date = self.start_date.isoformat()

        end_date: str | None = None
        if self.end_date is not None:
            end_date = self.end_date.isoformat()

        creation_date: str | None = None
        if self.creation_date is not None:
            creation_date = self.creation_date.isoformat()

        update_date: str | None = None
        if self.update_date is not None:
            update_date = self.update_date.isoformat()

        items: list[dict[str, Any]] | None = None
        if self.items is not None:
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if name is not None:
            field_dict["name"] = name
        if description is not None:
            field_dict["description"] = description
        if start_date is not None:
            field_dict["startDate"] = start_date
        if end_date is not None:
            field_dict["endDate"] = end_date
        if creation_date is not None:
            field_dict["creationDate"] = creation_date
        if update_date is not None:
            field_dict["updateDate"] = update_date
        if items is not None:
            field_dict["items"] = items

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

        name = d.pop("name", None)

        description = d.pop("description", None)

        _start_date = d.pop("startDate", None)
        start_date: datetime.datetime | None
        if _start_date is None:
            start_date = None
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        _end_date = d.pop("endDate", None)
        end_date: datetime.datetime | None
        if _end_date is None:
            end_date = None
        else:
            end_date = datetime.datetime.fromisoformat(_end_date)

        _creation_date = d.pop("creationDate", None)
        creation_date: datetime.datetime | None
        if _creation_date is None:
            creation_date = None
        else:
            creation_date = datetime.datetime.fromisoformat(_creation_date)

        _update_date = d.pop("updateDate", None)
        update_date: datetime.datetime | None
        if _update_date is None:
            update_date = None
        else:
            update_date = datetime.datetime.fromisoformat(_update_date)

        _items = d.pop("items", None)
        items: list[CampaignItem] | None = None
        if _items is not None:
            if not isinstance(_items, list):
                raise TypeError(f"expected a JSON array, not {type(_items).__name__}")
            items = []
            for items_item_data in _items:
                items_item = CampaignItem.from_dict(items_item_data)

                items.append(items_item)

        campaign = cls(
            id=id,
            name=name,
            description=description,
            start_date=start_date,
            end_date=end_date,
            creation_date=creation_date,
            update_date=update_date,
            items=items,
        )

        campaign.additional_properties = d
        return campaign

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


CampaignDict = TypedDict(
    "CampaignDict",
    {
        "id": "NotRequired[str | UUID]",
        "name": "NotRequired[str]",
        "description": "NotRequired[str]",
        "startDate": "NotRequired[str | datetime.datetime]",
        "endDate": "NotRequired[str | datetime.datetime]",
        "creationDate": "NotRequired[str | datetime.datetime]",
        "updateDate": "NotRequired[str | datetime.datetime]",
        "items": "NotRequired[list[CampaignItemDict]]",
    },
)
"""The JSON members of `Campaign` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.campaign_item import CampaignItemDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.campaign_item import CampaignItem  # noqa: E402
