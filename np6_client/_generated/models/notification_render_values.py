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

T = TypeVar("T", bound="NotificationRenderValues")


@_attrs_define(repr=False)
class NotificationRenderValues:
    """Rendered values. Partial in the public reference: members after `image` are not printed, so the object stays open."""

    title: str | None = None
    body: str | None = None
    icon: str | None = None
    thumbnail: str | None = None
    image: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        body = self.body

        icon = self.icon

        thumbnail = self.thumbnail

        image = self.image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not None:
            field_dict["title"] = title
        if body is not None:
            field_dict["body"] = body
        if icon is not None:
            field_dict["icon"] = icon
        if thumbnail is not None:
            field_dict["thumbnail"] = thumbnail
        if image is not None:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title", None)

        body = d.pop("body", None)

        icon = d.pop("icon", None)

        thumbnail = d.pop("thumbnail", None)

        image = d.pop("image", None)

        notification_render_values = cls(
            title=title,
            body=body,
            icon=icon,
            thumbnail=thumbnail,
            image=image,
        )

        notification_render_values.additional_properties = d
        return notification_render_values

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


NotificationRenderValuesDict = TypedDict(
    "NotificationRenderValuesDict",
    {
        "title": "NotRequired[str]",
        "body": "NotRequired[str]",
        "icon": "NotRequired[str]",
        "thumbnail": "NotRequired[str]",
        "image": "NotRequired[str]",
    },
)
"""The JSON members of `NotificationRenderValues` as a plain mapping; unlisted members go through the model."""
