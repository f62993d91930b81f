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
    from ..models.target_fields import TargetFields


T = TypeVar("T", bound="Target")


@_attrs_define(repr=False)
class Target:
    id: str | None = None
    """ The Id of the target """
    hash_: str | None = None
    """ The Hash of the target """
    creation_date: datetime.datetime | None = None
    """ The creation date of the target """
    last_update_date: datetime.datetime | None = None
    """ The last update of the target """
    fields: TargetFields | None = None
    """ The values of the target defined by the Fields """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        hash_ = self.hash_

        creation_date: str | None = None
        if self.creation_date is not None:
            creation_date = self.creation_date.isoformat()

        last_update_date: str | None = None
        if self.last_update_date is not None:
            last_update_date = self.last_update_date.isoformat()

        fields: dict[str, Any] | None = None
        if self.fields is not None:
            fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if hash_ is not None:
            field_dict["hash"] = hash_
        if creation_date is not None:
            field_dict["creationDate"] = creation_date
        if last_update_date is not None:
            field_dict["lastUpdateDate"] = last_update_date
        if fields is not None:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        id = d.pop("id", None)

        hash_ = d.pop("hash", None)

        _creation_date = d.pop("creationDate", None)
        creation_date: datetime.datetime | None
        if _creation_date is None:
            creation_date = None
        else:
            creation_date = datetime.datetime.fromisoformat(_creation_date)

        _last_update_date = d.pop("lastUpdateDate", None)
        last_update_date: datetime.datetime | None
        if _last_update_date is None:
            last_update_date = None
        else:
            last_update_date = datetime.datetime.fromisoformat(_last_update_date)

        _fields = d.pop("fields", None)
        fields: TargetFields | None
        if _fields is None:
            fields = None
        else:
            fields = TargetFields.from_dict(_fields)

        target = cls(
            id=id,
            hash_=hash_,
            creation_date=creation_date,
            last_update_date=last_update_date,
            fields=fields,
        )

        target.additional_properties = d
        return target

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


TargetDict = TypedDict(
    "TargetDict",
    {
        "id": "NotRequired[str]",
        "hash": "NotRequired[str]",
        "creationDate": "NotRequired[str | datetime.datetime]",
        "lastUpdateDate": "NotRequired[str | datetime.datetime]",
        "fields": "NotRequired[TargetFieldsDict]",
    },
)
"""The JSON members of `Target` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.target_fields import TargetFieldsDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.target_fields import TargetFields  # noqa: E402
