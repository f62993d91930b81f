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

from ..types import UNSET, Unset, model_repr

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

    type_: str | Unset = UNSET
    """ Discriminator """
    id: int | Unset = UNSET
    """ Notification id """
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    stamp: ObjectStamp | Unset = UNSET
    """ Creation and last modification dates of a stored object. """
    active: bool | Unset = UNSET
    """ Online state """
    settings: NotificationSettings | Unset = UNSET
    """ Notification settings. Partial in the public reference: the shapes of `purpose`, `expiration` and `mp` are
    not printed, so they and the object stay open. """
    application: UUID | Unset = UNSET
    """ Notifiable application whose subscribers are targeted """
    task: NotificationTask | Unset = UNSET
    """ How the notification is triggered. Partial in the public reference: the scheduler's shape is not printed, so
    it and the object stay open. """
    versions: list[NotificationVersionItem] | Unset = UNSET
    """ Versions of the notification """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        name = self.name

        description = self.description

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = self.stamp.to_dict()

        active = self.active

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        application: str | Unset = UNSET
        if not isinstance(self.application, Unset):
            application = str(self.application)

        task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.to_dict()

        versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = []
            for versions_item_data in self.versions:
                versions_item = versions_item_data.to_dict()
                versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if stamp is not UNSET:
            field_dict["stamp"] = stamp
        if active is not UNSET:
            field_dict["active"] = active
        if settings is not UNSET:
            field_dict["settings"] = settings
        if application is not UNSET:
            field_dict["application"] = application
        if task is not UNSET:
            field_dict["task"] = task
        if versions is not UNSET:
            field_dict["versions"] = versions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _stamp = d.pop("stamp", UNSET)
        stamp: ObjectStamp | Unset
        if isinstance(_stamp, Unset):
            stamp = UNSET
        else:
            stamp = ObjectStamp.from_dict(_stamp)

        active = d.pop("active", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: NotificationSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = NotificationSettings.from_dict(_settings)

        _application = d.pop("application", UNSET)
        application: UUID | Unset
        if isinstance(_application, Unset):
            application = UNSET
        else:
            application = UUID(_application)

        _task = d.pop("task", UNSET)
        task: NotificationTask | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = NotificationTask.from_dict(_task)

        _versions = d.pop("versions", UNSET)
        versions: list[NotificationVersionItem] | Unset = UNSET
        if _versions is not UNSET:
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
