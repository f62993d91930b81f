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

T = TypeVar("T", bound="ActionSettingsPerformance")


@_attrs_define(repr=False)
class ActionSettingsPerformance:
    opening_rate: float | None = None
    click_rate: float | None = None
    unsubscribed_rate: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        opening_rate = self.opening_rate

        click_rate = self.click_rate

        unsubscribed_rate = self.unsubscribed_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if opening_rate is not None:
            field_dict["openingRate"] = opening_rate
        if click_rate is not None:
            field_dict["clickRate"] = click_rate
        if unsubscribed_rate is not None:
            field_dict["unsubscribedRate"] = unsubscribed_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        opening_rate = d.pop("openingRate", None)

        click_rate = d.pop("clickRate", None)

        unsubscribed_rate = d.pop("unsubscribedRate", None)

        action_settings_performance = cls(
            opening_rate=opening_rate,
            click_rate=click_rate,
            unsubscribed_rate=unsubscribed_rate,
        )

        action_settings_performance.additional_properties = d
        return action_settings_performance

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


ActionSettingsPerformanceDict = TypedDict(
    "ActionSettingsPerformanceDict",
    {
        "openingRate": "NotRequired[float]",
        "clickRate": "NotRequired[float]",
        "unsubscribedRate": "NotRequired[float]",
    },
)
"""The JSON members of `ActionSettingsPerformance` as a plain mapping; unlisted members go through the model."""
