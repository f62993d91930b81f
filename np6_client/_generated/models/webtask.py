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
    from ..models.webtask_scripting import WebtaskScripting
    from ..models.webtask_settings import WebtaskSettings


T = TypeVar("T", bound="Webtask")


@_attrs_define(repr=False)
class Webtask:
    """A scripting webtask. Partial in the public reference: `settings` and `value` are known from the request sample only
    and members after `scripting` are not printed, so the object stays open.

    """

    id: int | None = None
    """ Webtask id """
    name: str | None = None
    description: str | None = None
    creation_date: datetime.datetime | None = None
    """ Creation date """
    scripting: WebtaskScripting | None = None
    """ Script settings of a webtask. `version` is the discriminator (`7.0.0` in the reference's sample, which also
    sends `imports`, `initializers` and `filters` as null); it is kept a plain string so that a new version never
    breaks a reader. Partial in the public reference: the object stays open. """
    settings: WebtaskSettings | None = None
    """ Webtask settings """
    value: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        creation_date: str | None = None
        if self.creation_date is not None:
            creation_date = self.creation_date.isoformat()

        scripting: dict[str, Any] | None = None
        if self.scripting is not None:
            scripting = self.scripting.to_dict()

        settings: dict[str, Any] | None = None
        if self.settings is not None:
            settings = self.settings.to_dict()

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if name is not None:
            field_dict["name"] = name
        if description is not None:
            field_dict["description"] = description
        if creation_date is not None:
            field_dict["creationDate"] = creation_date
        if scripting is not None:
            field_dict["scripting"] = scripting
        if settings is not None:
            field_dict["settings"] = settings
        if value is not None:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        id = d.pop("id", None)

        name = d.pop("name", None)

        description = d.pop("description", None)

        _creation_date = d.pop("creationDate", None)
        creation_date: datetime.datetime | None
        if _creation_date is None:
            creation_date = None
        else:
            creation_date = datetime.datetime.fromisoformat(_creation_date)

        _scripting = d.pop("scripting", None)
        scripting: WebtaskScripting | None
        if _scripting is None:
            scripting = None
        else:
            scripting = WebtaskScripting.from_dict(_scripting)

        _settings = d.pop("settings", None)
        settings: WebtaskSettings | None
        if _settings is None:
            settings = None
        else:
            settings = WebtaskSettings.from_dict(_settings)

        value = d.pop("value", None)

        webtask = cls(
            id=id,
            name=name,
            description=description,
            creation_date=creation_date,
            scripting=scripting,
            settings=settings,
            value=value,
        )

        webtask.additional_properties = d
        return webtask

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


WebtaskDict = TypedDict(
    "WebtaskDict",
    {
        "id": "NotRequired[int]",
        "name": "NotRequired[str]",
        "description": "NotRequired[str]",
        "creationDate": "NotRequired[str | datetime.datetime]",
        "scripting": "NotRequired[WebtaskScriptingDict]",
        "settings": "NotRequired[WebtaskSettingsDict]",
        "value": "NotRequired[str]",
    },
)
"""The JSON members of `Webtask` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.webtask_scripting import WebtaskScriptingDict
    from ..models.webtask_settings import WebtaskSettingsDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.webtask_scripting import WebtaskScripting  # noqa: E402
from ..models.webtask_settings import WebtaskSettings  # noqa: E402
