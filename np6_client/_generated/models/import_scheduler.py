from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    NotRequired,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ImportScheduler")


@_attrs_define(repr=False)
class ImportScheduler:
    """The scheduler of an import. `type` is a discriminator whose values are not printed in the public reference; it is
    kept a plain string. Partial in the public reference: its members are printed only up to `enabled`, so it stays
    open.

    """

    type_: str | Unset = UNSET
    """ Discriminator """
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        name = self.name

        creation_date: str | Unset = UNSET
        if not isinstance(self.creation_date, Unset):
            creation_date = self.creation_date.isoformat()

        description = self.description

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _creation_date = d.pop("creationDate", UNSET)
        creation_date: datetime.datetime | Unset
        if isinstance(_creation_date, Unset):
            creation_date = UNSET
        else:
            creation_date = datetime.datetime.fromisoformat(_creation_date)

        description = d.pop("description", UNSET)

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        import_scheduler = cls(
            type_=type_,
            id=id,
            name=name,
            creation_date=creation_date,
            description=description,
            enabled=enabled,
        )

        import_scheduler.additional_properties = d
        return import_scheduler

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


ImportSchedulerDict = TypedDict(
    "ImportSchedulerDict",
    {
        "type": "NotRequired[str]",
        "id": "NotRequired[int]",
        "name": "NotRequired[str]",
        "creationDate": "NotRequired[str | datetime.datetime]",
        "description": "NotRequired[str]",
        "enabled": "NotRequired[bool | None]",
    },
)
"""The JSON members of `ImportScheduler` as a plain mapping; unlisted members go through the model."""
