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
    from ..models.campaign_event_source_detail import CampaignEventSourceDetail


T = TypeVar("T", bound="CampaignEventSource")


@_attrs_define(repr=False)
class CampaignEventSource:
    """Source of the event. `type` is a discriminator (`email` in the reference's example); partial in the public
    reference, so it stays open.

    """

    type_: str | None = None
    """ Discriminator """
    detail: CampaignEventSourceDetail | None = None
    """ Detail of the event """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        detail: dict[str, Any] | None = None
        if self.detail is not None:
            detail = self.detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if detail is not None:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        type_ = d.pop("type", None)

        _detail = d.pop("detail", None)
        detail: CampaignEventSourceDetail | None
        if _detail is None:
            detail = None
        else:
            detail = CampaignEventSourceDetail.from_dict(_detail)

        campaign_event_source = cls(
            type_=type_,
            detail=detail,
        )

        campaign_event_source.additional_properties = d
        return campaign_event_source

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


CampaignEventSourceDict = TypedDict(
    "CampaignEventSourceDict",
    {
        "type": "NotRequired[str]",
        "detail": "NotRequired[CampaignEventSourceDetailDict]",
    },
)
"""The JSON members of `CampaignEventSource` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.campaign_event_source_detail import CampaignEventSourceDetailDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.campaign_event_source_detail import CampaignEventSourceDetail  # noqa: E402
