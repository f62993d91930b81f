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
    from ..models.action_target_message_data import ActionTargetMessageData


T = TypeVar("T", bound="ActionTargetMessage")


@_attrs_define(repr=False)
class ActionTargetMessage:
    """message request model. Partial in the public reference: only `data` is visible, so the object stays open."""

    data: ActionTargetMessageData | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | None = None
        if self.data is not None:
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not None:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _data = d.pop("data", None)
        data: ActionTargetMessageData | None
        if _data is None:
            data = None
        else:
            data = ActionTargetMessageData.from_dict(_data)

        action_target_message = cls(
            data=data,
        )

        action_target_message.additional_properties = d
        return action_target_message

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


ActionTargetMessageDict = TypedDict(
    "ActionTargetMessageDict",
    {
        "data": "NotRequired[ActionTargetMessageDataDict]",
    },
)
"""The JSON members of `ActionTargetMessage` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.action_target_message_data import ActionTargetMessageDataDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.action_target_message_data import ActionTargetMessageData  # noqa: E402
