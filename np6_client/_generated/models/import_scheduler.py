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

from ..types import model_repr

T = TypeVar("T", bound="ImportScheduler")


@_attrs_define(repr=False)
class ImportScheduler:
    """The scheduler of an import. `type` is a discriminator whose values are not printed in the public reference; it is
    kept a plain string. Partial in the public reference: its members are printed only up to `enabled`, so it stays
    open.

    """

    type_: str | None = None
    """ Discriminator """
    id: int | None = None
    name: str | None = None
    creation_date: datetime.datetime | None = None
    description: str | None = None
    enabled: bool | None = None
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

        description = self.description

        enabled: bool | None
        if self.enabled is None:
            enabled = None
        else:
            enabled = self.enabled

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
        if description is not None:
            field_dict["description"] = description
        if enabled is not None:
            field_dict["enabled"] = enabled

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

        description = d.pop("description", None)

        def _parse_enabled(data: object) -> bool | None:
            if data is None:
                return data
            if data is None:
                return data
            return cast(bool | None, data)

        enabled = _parse_enabled(d.pop("enabled", None))

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
