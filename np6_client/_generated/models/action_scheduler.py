from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    NotRequired,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.action_scheduler_monitor import ActionSchedulerMonitor


T = TypeVar("T", bound="ActionScheduler")


@_attrs_define(repr=False)
class ActionScheduler:
    """Scheduling of the action. `type` is a discriminator whose values are not printed in the public reference. Partial in
    the public reference, so it stays open.

    """

    type_: str | None = None
    """ Discriminator """
    start_date: datetime.datetime | None = None
    end_date: datetime.datetime | None = None
    monitor: ActionSchedulerMonitor | None = None
    """ Its members are not printed in the public reference, so it stays open. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        start_date: None | str | None
        if self.start_date is None:
            start_date = None
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str | None
        if self.end_date is None:
            end_date = None
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        monitor: dict[str, Any] | None = None
        if self.monitor is not None:
            monitor = self.monitor.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if start_date is not None:
            field_dict["startDate"] = start_date
        if end_date is not None:
            field_dict["endDate"] = end_date
        if monitor is not None:
            field_dict["monitor"] = monitor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        type_ = d.pop("type", None)

        def _parse_start_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.datetime.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        start_date = _parse_start_date(d.pop("startDate", None))

        def _parse_end_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.datetime.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        end_date = _parse_end_date(d.pop("endDate", None))

        _monitor = d.pop("monitor", None)
        monitor: ActionSchedulerMonitor | None
        if _monitor is None:
            monitor = None
        else:
            monitor = ActionSchedulerMonitor.from_dict(_monitor)

        action_scheduler = cls(
            type_=type_,
            start_date=start_date,
            end_date=end_date,
            monitor=monitor,
        )

        action_scheduler.additional_properties = d
        return action_scheduler

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


ActionSchedulerDict = TypedDict(
    "ActionSchedulerDict",
    {
        "type": "NotRequired[str]",
        "startDate": "NotRequired[str | datetime.datetime | None]",
        "endDate": "NotRequired[str | datetime.datetime | None]",
        "monitor": "NotRequired[ActionSchedulerMonitorDict]",
    },
)
"""The JSON members of `ActionScheduler` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.action_scheduler_monitor import ActionSchedulerMonitorDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.action_scheduler_monitor import ActionSchedulerMonitor  # noqa: E402
