from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_channel_events_filter import CampaignChannelEventsFilter


T = TypeVar("T", bound="CampaignItemsEventsFilter")


@_attrs_define
class CampaignItemsEventsFilter:
    """Which event types and subtypes to return, per channel and per campaign item."""

    items_events: list[CampaignChannelEventsFilter] | Unset = UNSET
    """ Event types, subtypes and items, per channel """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items_events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items_events, Unset):
            items_events = []
            for items_events_item_data in self.items_events:
                items_events_item = items_events_item_data.to_dict()
                items_events.append(items_events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items_events is not UNSET:
            field_dict["itemsEvents"] = items_events

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _items_events = d.pop("itemsEvents", UNSET)
        items_events: list[CampaignChannelEventsFilter] | Unset = UNSET
        if _items_events is not UNSET:
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


# Imported after the class so that models referring to each other import cleanly.
from ..models.campaign_channel_events_filter import CampaignChannelEventsFilter  # noqa: E402
