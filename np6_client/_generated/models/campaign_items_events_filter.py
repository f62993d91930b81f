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

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.campaign_channel_events_filter import CampaignChannelEventsFilter


T = TypeVar("T", bound="CampaignItemsEventsFilter")


@_attrs_define(repr=False)
class CampaignItemsEventsFilter:
    """Which event types and subtypes to return, per channel and per campaign item."""

    items_events: list[CampaignChannelEventsFilter] | None = None
    """ Event types, subtypes and items, per channel """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        items_events: list[dict[str, Any]] | None = None
        if self.items_events is not None:
            items_events = []
            for items_events_item_data in self.items_events:
                items_events_item = items_events_item_data.to_dict()
                items_events.append(items_events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items_events is not None:
            field_dict["itemsEvents"] = items_events

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _items_events = d.pop("itemsEvents", None)
        items_events: list[CampaignChannelEventsFilter] | None = None
        if _items_events is not None:
            if not isinstance(_items_events, list):
                raise TypeError(
                    f"expected a JSON array, not {type(_items_events).__name__}"
                )
            items_events = []
            for items_events_item_data in _items_events:
                items_events_item = CampaignChannelEventsFilter.from_dict(
                    items_events_item_data
                )

                items_events.append(items_events_item)

        campaign_items_events_filter = cls(
            items_events=items_events,
        )

        campaign_items_events_filter.additional_properties = d
        return campaign_items_events_filter

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


CampaignItemsEventsFilterDict = TypedDict(
    "CampaignItemsEventsFilterDict",
    {
        "itemsEvents": "NotRequired[list[CampaignChannelEventsFilterDict]]",
    },
)
"""The JSON members of `CampaignItemsEventsFilter` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.campaign_channel_events_filter import CampaignChannelEventsFilterDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.campaign_channel_events_filter import CampaignChannelEventsFilter  # noqa: E402
