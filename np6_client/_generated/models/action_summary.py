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
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.action_informations import ActionInformations
    from ..models.action_summary_settings import ActionSummarySettings


T = TypeVar("T", bound="ActionSummary")


@_attrs_define(repr=False)
class ActionSummary:
    """item of the (deprecated) action list. `type` is a discriminator whose values are not printed in the public
    reference. Partial in the public reference: the field list is cut after `settings.scheduler.monitor`, so the object
    stays open.

    """

    type_: str | None = None
    """ Discriminator """
    id: str | None = None
    """ action identifier """
    name: str | None = None
    """ action name """
    creation_date: datetime.datetime | None = None
    """ creation date in UTC """
    informations: ActionInformations | None = None
    """ general information block """
    settings: ActionSummarySettings | None = None
    """ Settings of the action. Partial in the public reference, so it stays open. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        name = self.name

        creation_date: str | None = None
        if self.creation_date is not None:
            creation_date = self.creation_date.isoformat()

        informations: dict[str, Any] | None = None
        if self.informations is not None:
            informations = self.informations.to_dict()

        settings: dict[str, Any] | None = None
        if self.settings is not None:
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if id is not None:
            field_dict["id"] = id
        if name is not None:
            field_dict["name"] = name
        if creation_date is not None:
            field_dict["creationDate"] = creation_date
        if informations is not None:
            field_dict["informations"] = informations
        if settings is not None:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        type_ = d.pop("type", None)

        id = d.pop("id", None)

        name = d.pop("name", None)

        _creation_date = d.pop("creationDate", None)
        creation_date: datetime.datetime | None
        if _creation_date is None:
            creation_date = None
        else:
            creation_date = datetime.datetime.fromisoformat(_creation_date)

        _informations = d.pop("informations", None)
        informations: ActionInformations | None
        if _informations is None:
            informations = None
        else:
            informations = ActionInformations.from_dict(_informations)

        _settings = d.pop("settings", None)
        settings: ActionSummarySettings | None
        if _settings is None:
            settings = None
        else:
            settings = ActionSummarySettings.from_dict(_settings)

        action_summary = cls(
            type_=type_,
            id=id,
            name=name,
            creation_date=creation_date,
            informations=informations,
            settings=settings,
        )

        action_summary.additional_properties = d
        return action_summary

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


ActionSummaryDict = TypedDict(
    "ActionSummaryDict",
    {
        "type": "NotRequired[str]",
        "id": "NotRequired[str]",
        "name": "NotRequired[str]",
        "creationDate": "NotRequired[str | datetime.datetime]",
        "informations": "NotRequired[ActionInformationsDict]",
        "settings": "NotRequired[ActionSummarySettingsDict]",
    },
)
"""The JSON members of `ActionSummary` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.action_informations import ActionInformationsDict
    from ..models.action_summary_settings import ActionSummarySettingsDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.action_informations import ActionInformations  # noqa: E402
from ..models.action_summary_settings import ActionSummarySettings  # noqa: E402
