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
    from ..models.bounce import Bounce
    from ..models.red_list import RedList
    from ..models.target_detail_fields import TargetDetailFields


T = TypeVar("T", bound="TargetDetail")


@_attrs_define(repr=False)
class TargetDetail:
    """The target with its bounces and red list state, as answered by an update."""

    id: str | None = None
    """ The Id of the target """
    hash_: str | None = None
    """ The Hash of the target """
    creation_date: datetime.datetime | None = None
    """ The creation date of the target """
    last_update_date: datetime.datetime | None = None
    """ The last update of the target """
    fields: TargetDetailFields | None = None
    """ The values of the target defined by the Fields """
    bounce: list[Bounce] | None = None
    """ The bounces of the target """
    red_list: RedList | None = None
    """ The redList infos of the target """
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

        bounce: list[dict[str, Any]] | None = None
        if self.bounce is not None:
            bounce = []
            for bounce_item_data in self.bounce:
                bounce_item = bounce_item_data.to_dict()
                bounce.append(bounce_item)

        red_list: dict[str, Any] | None = None
        if self.red_list is not None:
            red_list = self.red_list.to_dict()

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
        if bounce is not None:
            field_dict["bounce"] = bounce
        if red_list is not None:
            field_dict["redList"] = red_list

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
        fields: TargetDetailFields | None
        if _fields is None:
            fields = None
        else:
            fields = TargetDetailFields.from_dict(_fields)

        _bounce = d.pop("bounce", None)
        bounce: list[Bounce] | None = None
        if _bounce is not None:
            if not isinstance(_bounce, list):
                raise TypeError(f"expected a JSON array, not {type(_bounce).__name__}")
            bounce = []
            for bounce_item_data in _bounce:
                bounce_item = Bounce.from_dict(bounce_item_data)

                bounce.append(bounce_item)

        _red_list = d.pop("redList", None)
        red_list: RedList | None
        if _red_list is None:
            red_list = None
        else:
            red_list = RedList.from_dict(_red_list)

        target_detail = cls(
            id=id,
            hash_=hash_,
            creation_date=creation_date,
            last_update_date=last_update_date,
            fields=fields,
            bounce=bounce,
            red_list=red_list,
        )

        target_detail.additional_properties = d
        return target_detail

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


TargetDetailDict = TypedDict(
    "TargetDetailDict",
    {
        "id": "NotRequired[str]",
        "hash": "NotRequired[str]",
        "creationDate": "NotRequired[str | datetime.datetime]",
        "lastUpdateDate": "NotRequired[str | datetime.datetime]",
        "fields": "NotRequired[TargetDetailFieldsDict]",
        "bounce": "NotRequired[list[BounceDict]]",
        "redList": "NotRequired[RedListDict]",
    },
)
"""The JSON members of `TargetDetail` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.bounce import BounceDict
    from ..models.red_list import RedListDict
    from ..models.target_detail_fields import TargetDetailFieldsDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.bounce import Bounce  # noqa: E402
from ..models.red_list import RedList  # noqa: E402
from ..models.target_detail_fields import TargetDetailFields  # noqa: E402
