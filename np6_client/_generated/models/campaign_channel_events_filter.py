from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
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

if TYPE_CHECKING:
    from ..models.campaign_channel_events_filter_events_item import (
        CampaignChannelEventsFilterEventsItem,
    )


T = TypeVar("T", bound="CampaignChannelEventsFilter")


@_attrs_define(repr=False)
class CampaignChannelEventsFilter:
    """The events wanted for one channel. `type` is a discriminator (the channel; `email` in the reference's sample); it is
    kept a plain string and the object stays open. The reference types `items` as int32 while its sample sends strings.

    """

    type_: str | None = None
    """ Discriminator (the channel) """
    events: list[CampaignChannelEventsFilterEventsItem] | None = None
    """ Event types wanted """
    items: list[int] | None = None
    """ Campaign items """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        events: list[dict[str, Any]] | None = None
        if self.events is not None:
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        items: list[int] | None = None
        if self.items is not None:
            items = self.items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if events is not None:
            field_dict["events"] = events
        if items is not None:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.campaign_channel_events_filter_events_item import (
            CampaignChannelEventsFilterEventsItem,
        )

        d = dict(src_dict)
        type_ = d.pop("type", None)

        _events = d.pop("events", None)
        events: list[CampaignChannelEventsFilterEventsItem] | None = None
        if _events is not None:
            if not isinstance(_events, list):
                raise TypeError(f"expected a JSON array, not {type(_events).__name__}")
            events = []
            for events_item_data in _events:
                events_item = CampaignChannelEventsFilterEventsItem.from_dict(
                    events_item_data
                )

                events.append(events_item)

        _items = d.pop("items", None)
        if not isinstance(_items, list) and _items is not None:
            raise TypeError(f"expected a JSON array, not {type(_items).__name__}")
        items = cast(list[int], _items)

        campaign_channel_events_filter = cls(
            type_=type_,
            events=events,
            items=items,
        )

        campaign_channel_events_filter.additional_properties = d
        return campaign_channel_events_filter

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


CampaignChannelEventsFilterDict = TypedDict(
    "CampaignChannelEventsFilterDict",
    {
        "type": "NotRequired[str]",
        "events": "NotRequired[list[CampaignChannelEventsFilterEventsItemDict]]",
        "items": "NotRequired[list[int]]",
    },
)
"""The JSON members of `CampaignChannelEventsFilter` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.campaign_channel_events_filter_events_item import (
        CampaignChannelEventsFilterEventsItemDict,
    )
