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

T = TypeVar("T", bound="Segment")


@_attrs_define(repr=False)
class Segment:
    """A segment of targets. `type` is a discriminator (`static` and `dynamic` in the reference); it is kept a plain string
    so that a new value never breaks a reader. The reference does not say which members apply to which variant
    (`parentId` appears on a dynamic segment in its examples), so the object stays open.

    """

    type_: str | None = None
    """ Discriminator """
    id: int | None = None
    name: str | None = None
    description: str | None = None
    creation: datetime.datetime | None = None
    expiration: datetime.datetime | None = None
    is_test: bool | None = None
    """ usable for action test phases """
    targets_count: int | None = None
    """ estimated number of targets """
    parent_id: int | None = None
    """ parent segment id """
    search_id: int | None = None
    """ search id """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        name = self.name

        description = self.description

        creation: None | str | None
        if self.creation is None:
            creation = None
        elif isinstance(self.creation, datetime.datetime):
            creation = self.creation.isoformat()
        else:
            creation = self.creation

        expiration: None | str | None
        if self.expiration is None:
            expiration = None
        elif isinstance(self.expiration, datetime.datetime):
            expiration = self.expiration.isoformat()
        else:
            expiration = self.expiration

        is_test: bool | None
        if self.is_test is None:
            is_test = None
        else:
            is_test = self.is_test

        targets_count: int | None
        if self.targets_count is None:
            targets_count = None
        else:
            targets_count = self.targets_count

        parent_id: int | None
        if self.parent_id is None:
            parent_id = None
        else:
            parent_id = self.parent_id

        search_id: int | None
        if self.search_id is None:
            search_id = None
        else:
            search_id = self.search_id

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
        if creation is not None:
            field_dict["creation"] = creation
        if expiration is not None:
            field_dict["expiration"] = expiration
        if is_test is not None:
            field_dict["isTest"] = is_test
        if targets_count is not None:
            field_dict["targetsCount"] = targets_count
        if parent_id is not None:
            field_dict["parentId"] = parent_id
        if search_id is not None:
            field_dict["searchId"] = search_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", None)

        id = d.pop("id", None)

        name = d.pop("name", None)

        description = d.pop("description", None)

        def _parse_creation(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                creation_type_0 = datetime.datetime.fromisoformat(data)

                return creation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        creation = _parse_creation(d.pop("creation", None))

        def _parse_expiration(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiration_type_0 = datetime.datetime.fromisoformat(data)

                return expiration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expiration = _parse_expiration(d.pop("expiration", None))

        def _parse_is_test(data: object) -> bool | None:
            if data is None:
                return data
            if data is None:
                return data
            return cast(bool | None, data)

        is_test = _parse_is_test(d.pop("isTest", None))

        def _parse_targets_count(data: object) -> int | None:
            if data is None:
                return data
            if data is None:
                return data
            return cast(int | None, data)

        targets_count = _parse_targets_count(d.pop("targetsCount", None))

        def _parse_parent_id(data: object) -> int | None:
            if data is None:
                return data
            if data is None:
                return data
            return cast(int | None, data)

        parent_id = _parse_parent_id(d.pop("parentId", None))

        def _parse_search_id(data: object) -> int | None:
            if data is None:
                return data
            if data is None:
                return data
            return cast(int | None, data)

        search_id = _parse_search_id(d.pop("searchId", None))

        segment = cls(
            type_=type_,
            id=id,
            name=name,
            description=description,
            creation=creation,
            expiration=expiration,
            is_test=is_test,
            targets_count=targets_count,
            parent_id=parent_id,
            search_id=search_id,
        )

        segment.additional_properties = d
        return segment

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


SegmentDict = TypedDict(
    "SegmentDict",
    {
        "type": "NotRequired[str]",
        "id": "NotRequired[int]",
        "name": "NotRequired[str]",
        "description": "NotRequired[str]",
        "creation": "NotRequired[str | datetime.datetime | None]",
        "expiration": "NotRequired[str | datetime.datetime | None]",
        "isTest": "NotRequired[bool | None]",
        "targetsCount": "NotRequired[int | None]",
        "parentId": "NotRequired[int | None]",
        "searchId": "NotRequired[int | None]",
    },
)
"""The JSON members of `Segment` as a plain mapping; unlisted members go through the model."""
