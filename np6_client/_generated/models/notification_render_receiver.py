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

T = TypeVar("T", bound="NotificationRenderReceiver")


@_attrs_define(repr=False)
class NotificationRenderReceiver:
    """Who the notification is rendered for. Partial in the public reference: further members stay open."""

    id: str | None = None
    """ Contact id """
    unicity: str | None = None
    """ Contact unicity """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        unicity = self.unicity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if unicity is not None:
            field_dict["unicity"] = unicity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", None)

        unicity = d.pop("unicity", None)

        notification_render_receiver = cls(
            id=id,
            unicity=unicity,
        )

        notification_render_receiver.additional_properties = d
        return notification_render_receiver

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


NotificationRenderReceiverDict = TypedDict(
    "NotificationRenderReceiverDict",
    {
        "id": "NotRequired[str]",
        "unicity": "NotRequired[str]",
    },
)
"""The JSON members of `NotificationRenderReceiver` as a plain mapping; unlisted members go through the model."""
