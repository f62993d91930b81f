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
    from ..models.notification_render_meta import NotificationRenderMeta
    from ..models.notification_render_values import NotificationRenderValues


T = TypeVar("T", bound="NotificationRenderResult")


@_attrs_define(repr=False)
class NotificationRenderResult:
    """Rendered output of a notification. `type` is the discriminator; `success` is the value seen in the reference. It is
    kept a plain string so that a new result type never breaks a reader. Partial in the public reference: further
    members stay open.

    """

    type_: str | None = None
    """ Discriminator """
    meta: NotificationRenderMeta | None = None
    """ What was used for the render. Partial in the public reference: `channel` and `redirection` are printed after
    `stamp` without their nesting, so they may sit at the result's top level instead; the object stays open. """
    render: NotificationRenderValues | None = None
    """ Rendered values. Partial in the public reference: members after `image` are not printed, so the object stays
    open. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        meta: dict[str, Any] | None = None
        if self.meta is not None:
            meta = self.meta.to_dict()

        render: dict[str, Any] | None = None
        if self.render is not None:
            render = self.render.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if meta is not None:
            field_dict["meta"] = meta
        if render is not None:
            field_dict["render"] = render

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        type_ = d.pop("type", None)

        _meta = d.pop("meta", None)
        meta: NotificationRenderMeta | None
        if _meta is None:
            meta = None
        else:
            meta = NotificationRenderMeta.from_dict(_meta)

        _render = d.pop("render", None)
        render: NotificationRenderValues | None
        if _render is None:
            render = None
        else:
            render = NotificationRenderValues.from_dict(_render)

        notification_render_result = cls(
            type_=type_,
            meta=meta,
            render=render,
        )

        notification_render_result.additional_properties = d
        return notification_render_result

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


NotificationRenderResultDict = TypedDict(
    "NotificationRenderResultDict",
    {
        "type": "NotRequired[str]",
        "meta": "NotRequired[NotificationRenderMetaDict]",
        "render": "NotRequired[NotificationRenderValuesDict]",
    },
)
"""The JSON members of `NotificationRenderResult` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.notification_render_meta import NotificationRenderMetaDict
    from ..models.notification_render_values import NotificationRenderValuesDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.notification_render_meta import NotificationRenderMeta  # noqa: E402
from ..models.notification_render_values import NotificationRenderValues  # noqa: E402
