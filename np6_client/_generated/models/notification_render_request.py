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
    from ..models.notification_render_receiver import NotificationRenderReceiver
    from ..models.notification_render_request_related import (
        NotificationRenderRequestRelated,
    )
    from ..models.notification_render_request_stamp import (
        NotificationRenderRequestStamp,
    )


T = TypeVar("T", bound="NotificationRenderRequest")


@_attrs_define(repr=False)
class NotificationRenderRequest:
    """Render input of a notification version. Partial in the public reference: a further related identification member is
    not named, so the object stays open.

    """

    receiver: NotificationRenderReceiver | None = None
    """ Who the notification is rendered for. Partial in the public reference: further members stay open. """
    related: NotificationRenderRequestRelated | None = None
    """ Related identification """
    stamp: NotificationRenderRequestStamp | None = None
    """ Stamp data """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        receiver: dict[str, Any] | None = None
        if self.receiver is not None:
            receiver = self.receiver.to_dict()

        related: dict[str, Any] | None = None
        if self.related is not None:
            related = self.related.to_dict()

        stamp: dict[str, Any] | None = None
        if self.stamp is not None:
            stamp = self.stamp.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if receiver is not None:
            field_dict["receiver"] = receiver
        if related is not None:
            field_dict["related"] = related
        if stamp is not None:
            field_dict["stamp"] = stamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.notification_render_request_related import (
            NotificationRenderRequestRelated,
        )
        from ..models.notification_render_request_stamp import (
            NotificationRenderRequestStamp,
        )

        d = dict(src_dict)
        _receiver = d.pop("receiver", None)
        receiver: NotificationRenderReceiver | None
        if _receiver is None:
            receiver = None
        else:
            receiver = NotificationRenderReceiver.from_dict(_receiver)

        _related = d.pop("related", None)
        related: NotificationRenderRequestRelated | None
        if _related is None:
            related = None
        else:
            related = NotificationRenderRequestRelated.from_dict(_related)

        _stamp = d.pop("stamp", None)
        stamp: NotificationRenderRequestStamp | None
        if _stamp is None:
            stamp = None
        else:
            stamp = NotificationRenderRequestStamp.from_dict(_stamp)

        notification_render_request = cls(
            receiver=receiver,
            related=related,
            stamp=stamp,
        )

        notification_render_request.additional_properties = d
        return notification_render_request

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


NotificationRenderRequestDict = TypedDict(
    "NotificationRenderRequestDict",
    {
        "receiver": "NotRequired[NotificationRenderReceiverDict]",
        "related": "NotRequired[NotificationRenderRequestRelatedDict]",
        "stamp": "NotRequired[NotificationRenderRequestStampDict]",
    },
)
"""The JSON members of `NotificationRenderRequest` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.notification_render_receiver import NotificationRenderReceiverDict
    from ..models.notification_render_request_related import (
        NotificationRenderRequestRelatedDict,
    )
    from ..models.notification_render_request_stamp import (
        NotificationRenderRequestStampDict,
    )


# Imported after the class so that models referring to each other import cleanly.
from ..models.notification_render_receiver import NotificationRenderReceiver  # noqa: E402
