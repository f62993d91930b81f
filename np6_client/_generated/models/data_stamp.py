from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    NotRequired,
    Self,
    TypedDict,
    TypeVar,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="DataStamp")


@_attrs_define(repr=False)
class DataStamp:
    """Stamp data"""

    time: int | None = None
    """ Creation time of the stamp. This is the number of milliseconds elapsed since January 1, 1970 00:00:00 UTC.
    """
    id: UUID | None = None
    """ The stamp id """
    thread: UUID | None = None
    """ The thread id """
    set_: UUID | None = None
    """ The set id """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        id: str | None = None
        if self.id is not None:
            id = str(self.id)

        thread: str | None = None
        if self.thread is not None:
            thread = str(self.thread)

        set_: str | None = None
        if self.set_ is not None:
            set_ = str(self.set_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time is not None:
            field_dict["time"] = time
        if id is not None:
            field_dict["id"] = id
        if thread is not None:
            field_dict["thread"] = thread
        if set_ is not None:
            field_dict["set"] = set_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        time = d.pop("time", None)

        _id = d.pop("id", None)
        id: UUID | None
        if _id is None:
            id = None
        else:
            id = UUID(_id)

        _thread = d.pop("thread", None)
        thread: UUID | None
        if _thread is None:
            thread = None
        else:
            thread = UUID(_thread)

        _set_ = d.pop("set", None)
        set_: UUID | None
        if _set_ is None:
            set_ = None
        else:
            set_ = UUID(_set_)

        data_stamp = cls(
            time=time,
            id=id,
            thread=thread,
            set_=set_,
        )

        data_stamp.additional_properties = d
        return data_stamp

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


DataStampDict = TypedDict(
    "DataStampDict",
    {
        "time": "NotRequired[int]",
        "id": "NotRequired[str | UUID]",
        "thread": "NotRequired[str | UUID]",
        "set": "NotRequired[str | UUID]",
    },
)
"""The JSON members of `DataStamp` as a plain mapping; unlisted members go through the model."""
