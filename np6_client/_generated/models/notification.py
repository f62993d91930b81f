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
    from ..models.notification_settings import NotificationSettings
    from ..models.notification_task import NotificationTask
    from ..models.notification_version_item import NotificationVersionItem
    from ..models.object_stamp import ObjectStamp


T = TypeVar("T", bound="Notification")


@_attrs_define(repr=False)
class Notification:
    """A notification definition (creation and update body). `type` is the discriminator; `push-app` is the value seen in
    the reference. It is kept a plain string so that a new notification type never breaks a reader. Partial in the
    public reference: further members stay open.

    """

    type_: str | None = None
    """ Discriminator """
    id: int | None = None
    """ Notification id """
    name: str | None = None
    description: str | None = None
    stamp: ObjectStamp | None = None
    """ Creation and last modification dates of a stored object. """
    active: bool | None = None
    """ Online state """
    settings: NotificationSettings | None = None
    """ Notification settings. Partial in the public reference: the shapes of `purpose`, `expiration` and `mp` are
    not printed, so they and the object stay open. """
    application: UUID | None = None
    """ Notifiable application whose subscribers are targeted """
    task: NotificationTask | None = None
    """ How the notification is triggered. Partial in the public reference: the scheduler's shape is not printed, so
    it and the object stay open. """
    versions: list[NotificationVersionItem] | None = None
    """ Versions of the notification """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        name = self.name

        description = self.description

        stamp: dict[str, Any] | None = None
        if self.stamp is not None:
            stamp = self.stamp.to_dict()

        active = self.active

        settings: dict[str, Any] | None = None
        if self.settings is not None:
            settings = self.settings.to_dict()

        application: str | None = None
        if self.application is not None:
            application = str(self.application)

        task: dict[str, Any] | None = None
        if self.task is not None:
            task = self.task.to_dict()

        versions: list[dict[str, Any]] | None = None
        if self.versions is not None:
            versions = []
            for versions_item_data in self.versions:
                versions_item = versions_item_data.to_dict()
                versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if id is not None:
            field_dict["id"] = id
        if name is not None:
            field_dict["name"] = name
        if description is not None:
            field_dict["description"] = description
        if stamp is not None:
            field_dict["stamp"] = stamp
        if active is not None:
            field_dict["active"] = active
        if settings is not None:
            field_dict["settings"] = settings
        if application is not None:
            field_dict["application"] = application
        if task is not None:
            field_dict["task"] = task
        if versions is not None:
            field_dict["versions"] = versions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        type_ = d.pop("type", None)

        id = d.pop("id", None)

        name = d.pop("name", None)

        description = d.pop("description", None)

        _stamp = d.pop("stamp", None)
        stamp: ObjectStamp | None
        if _stamp is None:
            stamp = None
        else:
            stamp = ObjectStamp.from_dict(_stamp)

        active = d.pop("active", None)

        _settings = d.pop("settings", None)
        settings: NotificationSettings | None
        if _settings is None:
            settings = None
        else:
            settings = NotificationSettings.from_dict(_settings)

        _application = d.pop("application", None)
        application: UUID | None
        if _application is None:
            application = None
        else:
            application = UUID(_application)

        _task = d.pop("task", None)
        task: NotificationTask | None
        if _task is None:
            task = None
        else:
            task = NotificationTask.from_dict(_task)

        _versions = d.pop("versions", None)
        versions: list[NotificationVersionItem] | None = None
        if _versions is not None:
            if not isinstance(_versions, list):
                raise TypeError(
                    f"expected a JSON array, not {type(_versions).__name__}"
                )
            versions = []
            for versions_item_data in _versions:
                versions_item = NotificationVersionItem.from_dict(versions_item_data)

                versions.append(versions_item)

        notification = cls(
            type_=type_,
            id=id,
            name=name,
            description=description,
            stamp=stamp,
            active=active,
            settings=settings,
            application=application,
            task=task,
            versions=versions,
        )

        notification.additional_properties = d
        return notification

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


NotificationDict = TypedDict(
    "NotificationDict",
    {
        "type": "NotRequired[str]",
        "id": "NotRequired[int]",
        "name": "NotRequired[str]",
        "description": "NotRequired[str]",
        "stamp": "NotRequired[ObjectStampDict]",
        "active": "NotRequired[bool]",
        "settings": "NotRequired[NotificationSettingsDict]",
        "application": "NotRequired[str | UUID]",
        "task": "NotRequired[NotificationTaskDict]",
        "versions": "NotRequired[list[NotificationVersionItemDict]]",
    },
)
"""The JSON members of `Notification` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.notification_settings import NotificationSettingsDict
    from ..models.notification_task import NotificationTaskDict
    from ..models.notification_version_item import NotificationVersionItemDict
    from ..models.object_stamp import ObjectStampDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.notification_settings import NotificationSettings  # noqa: E402
from ..models.notification_task import NotificationTask  # noqa: E402
from ..models.notification_version_item import NotificationVersionItem  # noqa: E402
from ..models.object_stamp import ObjectStamp  # noqa: E402
