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

T = TypeVar("T", bound="ActionRenderResultSender")


@_attrs_define(repr=False)
class ActionRenderResultSender:
    bounce: str | None = None
    label: str | None = None
    reply: str | None = None
    value: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        bounce = self.bounce

        label = self.label

        reply = self.reply

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bounce is not None:
            field_dict["bounce"] = bounce
        if label is not None:
            field_dict["label"] = label
        if reply is not None:
            field_dict["reply"] = reply
        if value is not None:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bounce = d.pop("bounce", None)

        label = d.pop("label", None)

        reply = d.pop("reply", None)

        value = d.pop("value", None)

        action_render_result_sender = cls(
            bounce=bounce,
            label=label,
            reply=reply,
            value=value,
        )

        action_render_result_sender.additional_properties = d
        return action_render_result_sender

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


ActionRenderResultSenderDict = TypedDict(
    "ActionRenderResultSenderDict",
    {
        "bounce": "NotRequired[str]",
        "label": "NotRequired[str]",
        "reply": "NotRequired[str]",
        "value": "NotRequired[str]",
    },
)
"""The JSON members of `ActionRenderResultSender` as a plain mapping; unlisted members go through the model."""
