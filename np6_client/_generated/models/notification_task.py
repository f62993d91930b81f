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
    from ..models.notification_task_scheduler import NotificationTaskScheduler


T = TypeVar("T", bound="NotificationTask")


@_attrs_define(repr=False)
class NotificationTask:
    """How the notification is triggered. Partial in the public reference: the scheduler's shape is not printed, so it and
    the object stay open.

    """

    id: UUID | None = None
    name: str | None = None
    description: str | None = None
    scheduler: NotificationTaskScheduler | None = None
    """ Execution schedule """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id: str | None = None
        if self.id is not None:
            id = str(self.id)

        name = self.name

        description = self.description

        scheduler: dict[str, Any] | None = None
        if self.scheduler is not None:
            scheduler = self.scheduler.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if name is not None:
            field_dict["name"] = name
        if description is not None:
            field_dict["description"] = description
        if scheduler is not None:
            field_dict["scheduler"] = scheduler

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _id = d.pop("id", None)
        id: UUID | None
        if _id is None:
            id = None
        else:
            id = UUID(_id)

        name = d.pop("name", None)

        description = d.pop("description", None)

        _scheduler = d.pop("scheduler", None)
        scheduler: NotificationTaskScheduler | None
        if _scheduler is None:
            scheduler = None
        else:
            scheduler = NotificationTaskScheduler.from_dict(_scheduler)

        notification_task = cls(
            id=id,
            name=name,
            description=description,
            scheduler=scheduler,
        )

        notification_task.additional_properties = d
        return notification_task

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


NotificationTaskDict = TypedDict(
    "NotificationTaskDict",
    {
        "id": "NotRequired[str | UUID]",
        "name": "NotRequired[str]",
        "description": "NotRequired[str]",
        "scheduler": "NotRequired[NotificationTaskSchedulerDict]",
    },
)
"""The JSON members of `NotificationTask` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.notification_task_scheduler import NotificationTaskSchedulerDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.notification_task_scheduler import NotificationTaskScheduler  # noqa: E402
