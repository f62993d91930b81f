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
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.notification_render_meta_stamp import NotificationRenderMetaStamp


T = TypeVar("T", bound="NotificationRenderMeta")


@_attrs_define(repr=False)
class NotificationRenderMeta:
    """What was used for the render. Partial in the public reference: `channel` and `redirection` are printed after `stamp`
    without their nesting, so they may sit at the result's top level instead; the object stays open.

    """

    notification: int | None = None
    """ Notification id """
    version: UUID | None = None
    """ Notification version """
    application: UUID | None = None
    """ Notifiable application """
    subscription: UUID | None = None
    """ Subscription """
    stamp: NotificationRenderMetaStamp | None = None
    """ Stamp data """
    channel: str | None = None
    """ Rendered channel """
    redirection: str | None = None
    """ Rendered redirection link """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        notification = self.notification

        version: str | None = None
        if self.version is not None:
            version = str(self.version)

        application: str | None = None
        if self.application is not None:
            application = str(self.application)

        subscription: str | None = None
        if self.subscription is not None:
            subscription = str(self.subscription)

        stamp: dict[str, Any] | None = None
        if self.stamp is not None:
            stamp = self.stamp.to_dict()

        channel = self.channel

        redirection = self.redirection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notification is not None:
            field_dict["notification"] = notification
        if version is not None:
            field_dict["version"] = version
        if application is not None:
            field_dict["application"] = application
        if subscription is not None:
            field_dict["subscription"] = subscription
        if stamp is not None:
            field_dict["stamp"] = stamp
        if channel is not None:
            field_dict["channel"] = channel
        if redirection is not None:
            field_dict["redirection"] = redirection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        notification = d.pop("notification", None)

        _version = d.pop("version", None)
        version: UUID | None
        if _version is None:
            version = None
        else:
            version = UUID(_version)

        _application = d.pop("application", None)
        application: UUID | None
        if _application is None:
            application = None
        else:
            application = UUID(_application)

        _subscription = d.pop("subscription", None)
        subscription: UUID | None
        if _subscription is None:
            subscription = None
        else:
            subscription = UUID(_subscription)

        _stamp = d.pop("stamp", None)
        stamp: NotificationRenderMetaStamp | None
        if _stamp is None:
            stamp = None
        else:
            stamp = NotificationRenderMetaStamp.from_dict(_stamp)

        channel = d.pop("channel", None)

        redirection = d.pop("redirection", None)

        notification_render_meta = cls(
            notification=notification,
            version=version,
            application=application,
            subscription=subscription,
            stamp=stamp,
            channel=channel,
            redirection=redirection,
        )

        notification_render_meta.additional_properties = d
        return notification_render_meta

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


NotificationRenderMetaDict = TypedDict(
    "NotificationRenderMetaDict",
    {
        "notification": "NotRequired[int]",
        "version": "NotRequired[str | UUID]",
        "application": "NotRequired[str | UUID]",
        "subscription": "NotRequired[str | UUID]",
        "stamp": "NotRequired[NotificationRenderMetaStampDict]",
        "channel": "NotRequired[str]",
        "redirection": "NotRequired[str]",
    },
)
"""The JSON members of `NotificationRenderMeta` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.notification_render_meta_stamp import NotificationRenderMetaStampDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.notification_render_meta_stamp import NotificationRenderMetaStamp  # noqa: E402
