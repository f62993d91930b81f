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
    from ..models.action_scheduler import ActionScheduler


T = TypeVar("T", bound="ActionSummarySettings")


@_attrs_define(repr=False)
class ActionSummarySettings:
    """Settings of the action. Partial in the public reference, so it stays open."""

    scheduler: ActionScheduler | None = None
    """ Scheduling of the action. `type` is a discriminator whose values are not printed in the public reference.
    Partial in the public reference, so it stays open. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        scheduler: dict[str, Any] | None = None
        if self.scheduler is not None:
            scheduler = self.scheduler.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scheduler is not None:
            field_dict["scheduler"] = scheduler

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _scheduler = d.pop("scheduler", None)
        scheduler: ActionScheduler | None
        if _scheduler is None:
            scheduler = None
        else:
            scheduler = ActionScheduler.from_dict(_scheduler)

        action_summary_settings = cls(
            scheduler=scheduler,
        )

        action_summary_settings.additional_properties = d
        return action_summary_settings

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


ActionSummarySettingsDict = TypedDict(
    "ActionSummarySettingsDict",
    {
        "scheduler": "NotRequired[ActionSchedulerDict]",
    },
)
"""The JSON members of `ActionSummarySettings` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.action_scheduler import ActionSchedulerDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.action_scheduler import ActionScheduler  # noqa: E402
