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

T = TypeVar("T", bound="ActionSettingsMp")


@_attrs_define(repr=False)
class ActionSettingsMp:
    use: bool | None = None
    increment: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        use = self.use

        increment = self.increment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if use is not None:
            field_dict["use"] = use
        if increment is not None:
            field_dict["increment"] = increment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        use = d.pop("use", None)

        increment = d.pop("increment", None)

        action_settings_mp = cls(
            use=use,
            increment=increment,
        )

        action_settings_mp.additional_properties = d
        return action_settings_mp

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


ActionSettingsMpDict = TypedDict(
    "ActionSettingsMpDict",
    {
        "use": "NotRequired[bool]",
        "increment": "NotRequired[bool]",
    },
)
"""The JSON members of `ActionSettingsMp` as a plain mapping; unlisted members go through the model."""
