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
    from ..models.action_content import ActionContent
    from ..models.action_informations import ActionInformations
    from ..models.action_settings import ActionSettings


T = TypeVar("T", bound="Action")


@_attrs_define(repr=False)
class Action:
    """An Email & SMS action (marketing message), the model shared by retrieval, creation and duplication. `type` is a
    discriminator; only `mailMessage` is seen in the reference's examples. It is kept a plain string so that a new
    action type never breaks a reader. Partial in the public reference: the field list is printed up to
    `settings.priority`, later members are typed from the example and further members stay open.

    """

    type_: str | None = None
    """ Discriminator """
    id: str | None = None
    """ action id """
    name: str | None = None
    """ action name """
    description: str | None = None
    """ action description """
    creation_date: datetime.datetime | None = None
    """ creation date """
    informations: ActionInformations | None = None
    """ general information block """
    settings: ActionSettings | None = None
    """ general settings of the email action. Partial in the public reference: the members after `priority` are
    typed from the example, and further members stay open. """
    content: ActionContent | None = None
    """ Content of the email action. Partial in the public reference: its members are known only from the example,
    so it stays open. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        name = self.name

        description = self.description

        creation_date: str | None = None
        if self.creation_date is not None:
            creation_date = self.creation_date.isoformat()

        informations: dict[str, Any] | None = None
        if self.informations is not None:
            informations = self.informations.to_dict()

        settings: dict[str, Any] | None = None
        if self.settings is not None:
            settings = self.settings.to_dict()

        content: dict[str, Any] | None = None
        if self.content is not None:
            content = self.content.to_dict()

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
        if creation_date is not None:
            field_dict["creationDate"] = creation_date
        if informations is not None:
            field_dict["informations"] = informations
        if settings is not None:
            field_dict["settings"] = settings
        if content is not None:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        type_ = d.pop("type", None)

        id = d.pop("id", None)

        name = d.pop("name", None)

        description = d.pop("description", None)

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
        settings: ActionSettings | None
        if _settings is None:
            settings = None
        else:
            settings = ActionSettings.from_dict(_settings)

        _content = d.pop("content", None)
        content: ActionContent | None
        if _content is None:
            content = None
        else:
            content = ActionContent.from_dict(_content)

        action = cls(
            type_=type_,
            id=id,
            name=name,
            description=description,
            creation_date=creation_date,
            informations=informations,
            settings=settings,
            content=content,
        )

        action.additional_properties = d
        return action

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


ActionDict = TypedDict(
    "ActionDict",
    {
        "type": "NotRequired[str]",
        "id": "NotRequired[str]",
        "name": "NotRequired[str]",
        "description": "NotRequired[str]",
        "creationDate": "NotRequired[str | datetime.datetime]",
        "informations": "NotRequired[ActionInformationsDict]",
        "settings": "NotRequired[ActionSettingsDict]",
        "content": "NotRequired[ActionContentDict]",
    },
)
"""The JSON members of `Action` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.action_content import ActionContentDict
    from ..models.action_informations import ActionInformationsDict
    from ..models.action_settings import ActionSettingsDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.action_content import ActionContent  # noqa: E402
from ..models.action_informations import ActionInformations  # noqa: E402
from ..models.action_settings import ActionSettings  # noqa: E402
