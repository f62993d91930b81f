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
    from ..models.data_stamp import DataStamp
    from ..models.notification_channel import NotificationChannel
    from ..models.notification_execution_data import NotificationExecutionData
    from ..models.notification_execution_variables_item import (
        NotificationExecutionVariablesItem,
    )
    from ..models.notification_recipient import NotificationRecipient
    from ..models.notification_redirection import NotificationRedirection


T = TypeVar("T", bound="NotificationExecution")


@_attrs_define(repr=False)
class NotificationExecution:
    """One execution request of a notification (one recipient). Partial in the public reference: members after `urgent` are
    not printed, so the object stays open.

    """

    recipient: NotificationRecipient | None = None
    """ Recipient identification. `type` is a discriminator whose values are not printed in the public reference, so
    the object stays open. """
    title: str | None = None
    """ Overrides the content title """
    body: str | None = None
    """ Overrides the content body """
    icon: str | None = None
    """ Overrides the content icon """
    thumbnail: str | None = None
    """ Overrides the content thumbnail """
    image: str | None = None
    """ Overrides the content image """
    data: NotificationExecutionData | None = None
    """ Data used to render views """
    variables: list[NotificationExecutionVariablesItem] | None = None
    """ Variables used to render views """
    redirection: NotificationRedirection | None = None
    """ Overrides the default redirection. `type` is a discriminator whose values are not printed in the public
    reference, so the object stays open. """
    channel: NotificationChannel | None = None
    """ Overrides the display channel. `type` is a discriminator whose values are not printed in the public
    reference, so the object stays open. """
    stamp: DataStamp | None = None
    """ Stamp data """
    urgent: bool | None = None
    """ Urgency flag """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        recipient: dict[str, Any] | None = None
        if self.recipient is not None:
            recipient = self.recipient.to_dict()

        title = self.title

        body = self.body

        icon = self.icon

        thumbnail = self.thumbnail

        image = self.image

        data: dict[str, Any] | None = None
        if self.data is not None:
            data = self.data.to_dict()

        variables: list[dict[str, Any]] | None = None
        if self.variables is not None:
            variables = []
            for variables_item_data in self.variables:
                variables_item = variables_item_data.to_dict()
                variables.append(variables_item)

        redirection: dict[str, Any] | None = None
        if self.redirection is not None:
            redirection = self.redirection.to_dict()

        channel: dict[str, Any] | None = None
        if self.channel is not None:
            channel = self.channel.to_dict()

        stamp: dict[str, Any] | None = None
        if self.stamp is not None:
            stamp = self.stamp.to_dict()

        urgent = self.urgent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recipient is not None:
            field_dict["recipient"] = recipient
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
        if data is not None:
            field_dict["data"] = data
        if variables is not None:
            field_dict["variables"] = variables
        if redirection is not None:
            field_dict["redirection"] = redirection
        if channel is not None:
            field_dict["channel"] = channel
        if stamp is not None:
            field_dict["stamp"] = stamp
        if urgent is not None:
            field_dict["urgent"] = urgent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.notification_execution_variables_item import (
            NotificationExecutionVariablesItem,
        )

        d = dict(src_dict)
        _recipient = d.pop("recipient", None)
        recipient: NotificationRecipient | None
        if _recipient is None:
            recipient = None
        else:
            recipient = NotificationRecipient.from_dict(_recipient)

        title = d.pop("title", None)

        body = d.pop("body", None)

        icon = d.pop("icon", None)

        thumbnail = d.pop("thumbnail", None)

        image = d.pop("image", None)

        _data = d.pop("data", None)
        data: NotificationExecutionData | None
        if _data is None:
            data = None
        else:
            data = NotificationExecutionData.from_dict(_data)

        _variables = d.pop("variables", None)
        variables: list[NotificationExecutionVariablesItem] | None = None
        if _variables is not None:
            if not isinstance(_variables, list):
                raise TypeError(
                    f"expected a JSON array, not {type(_variables).__name__}"
                )
            variables = []
            for variables_item_data in _variables:
                variables_item = NotificationExecutionVariablesItem.from_dict(
                    variables_item_data
                )

                variables.append(variables_item)

        _redirection = d.pop("redirection", None)
        redirection: NotificationRedirection | None
        if _redirection is None:
            redirection = None
        else:
            redirection = NotificationRedirection.from_dict(_redirection)

        _channel = d.pop("channel", None)
        channel: NotificationChannel | None
        if _channel is None:
            channel = None
        else:
            channel = NotificationChannel.from_dict(_channel)

        _stamp = d.pop("stamp", None)
        stamp: DataStamp | None
        if _stamp is None:
            stamp = None
        else:
            stamp = DataStamp.from_dict(_stamp)

        urgent = d.pop("urgent", None)

        notification_execution = cls(
            recipient=recipient,
            title=title,
            body=body,
            icon=icon,
            thumbnail=thumbnail,
            image=image,
            data=data,
            variables=variables,
            redirection=redirection,
            channel=channel,
            stamp=stamp,
            urgent=urgent,
        )

        notification_execution.additional_properties = d
        return notification_execution

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


NotificationExecutionDict = TypedDict(
    "NotificationExecutionDict",
    {
        "recipient": "NotRequired[NotificationRecipientDict]",
        "title": "NotRequired[str]",
        "body": "NotRequired[str]",
        "icon": "NotRequired[str]",
        "thumbnail": "NotRequired[str]",
        "image": "NotRequired[str]",
        "data": "NotRequired[NotificationExecutionDataDict]",
        "variables": "NotRequired[list[NotificationExecutionVariablesItemDict]]",
        "redirection": "NotRequired[NotificationRedirectionDict]",
        "channel": "NotRequired[NotificationChannelDict]",
        "stamp": "NotRequired[DataStampDict]",
        "urgent": "NotRequired[bool]",
    },
)
"""The JSON members of `NotificationExecution` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.data_stamp import DataStampDict
    from ..models.notification_channel import NotificationChannelDict
    from ..models.notification_execution_data import NotificationExecutionDataDict
    from ..models.notification_execution_variables_item import (
        NotificationExecutionVariablesItemDict,
    )
    from ..models.notification_recipient import NotificationRecipientDict
    from ..models.notification_redirection import NotificationRedirectionDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.data_stamp import DataStamp  # noqa: E402
from ..models.notification_channel import NotificationChannel  # noqa: E402
from ..models.notification_execution_data import NotificationExecutionData  # noqa: E402
from ..models.notification_recipient import NotificationRecipient  # noqa: E402
from ..models.notification_redirection import NotificationRedirection  # noqa: E402
