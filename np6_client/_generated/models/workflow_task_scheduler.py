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
    from ..models.workflow_task_scheduler_time_zone import WorkflowTaskSchedulerTimeZone


T = TypeVar("T", bound="WorkflowTaskScheduler")


@_attrs_define(repr=False)
class WorkflowTaskScheduler:
    """A cron-like schedule (the variant printed in the reference). `type` is a discriminator whose values are not printed
    in the public reference; it is kept a plain string and the object stays open.

    """

    type_: str | None = None
    """ Discriminator """
    id: str | None = None
    name: str | None = None
    time_zone: WorkflowTaskSchedulerTimeZone | None = None
    """ Time zone of the schedule """
    minute: str | None = None
    hour: str | None = None
    day_of_month: str | None = None
    month: str | None = None
    day_of_week: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        name = self.name

        time_zone: dict[str, Any] | None = None
        if self.time_zone is not None:
            time_zone = self.time_zone.to_dict()

        minute = self.minute

        hour = self.hour

        day_of_month = self.day_of_month

        month = self.month

        day_of_week = self.day_of_week

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if id is not None:
            field_dict["id"] = id
        if name is not None:
            field_dict["name"] = name
        if time_zone is not None:
            field_dict["timeZone"] = time_zone
        if minute is not None:
            field_dict["minute"] = minute
        if hour is not None:
            field_dict["hour"] = hour
        if day_of_month is not None:
            field_dict["dayOfMonth"] = day_of_month
        if month is not None:
            field_dict["month"] = month
        if day_of_week is not None:
            field_dict["dayOfWeek"] = day_of_week

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_task_scheduler_time_zone import (
            WorkflowTaskSchedulerTimeZone,
        )

        d = dict(src_dict)
        type_ = d.pop("type", None)

        id = d.pop("id", None)

        name = d.pop("name", None)

        _time_zone = d.pop("timeZone", None)
        time_zone: WorkflowTaskSchedulerTimeZone | None
        if _time_zone is None:
            time_zone = None
        else:
            time_zone = WorkflowTaskSchedulerTimeZone.from_dict(_time_zone)

        minute = d.pop("minute", None)

        hour = d.pop("hour", None)

        day_of_month = d.pop("dayOfMonth", None)

        month = d.pop("month", None)

        day_of_week = d.pop("dayOfWeek", None)

        workflow_task_scheduler = cls(
            type_=type_,
            id=id,
            name=name,
            time_zone=time_zone,
            minute=minute,
            hour=hour,
            day_of_month=day_of_month,
            month=month,
            day_of_week=day_of_week,
        )

        workflow_task_scheduler.additional_properties = d
        return workflow_task_scheduler

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


WorkflowTaskSchedulerDict = TypedDict(
    "WorkflowTaskSchedulerDict",
    {
        "type": "NotRequired[str]",
        "id": "NotRequired[str]",
        "name": "NotRequired[str]",
        "timeZone": "NotRequired[WorkflowTaskSchedulerTimeZoneDict]",
        "minute": "NotRequired[str]",
        "hour": "NotRequired[str]",
        "dayOfMonth": "NotRequired[str]",
        "month": "NotRequired[str]",
        "dayOfWeek": "NotRequired[str]",
    },
)
"""The JSON members of `WorkflowTaskScheduler` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.workflow_task_scheduler_time_zone import (
        WorkflowTaskSchedulerTimeZoneDict,
    )
