from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    NotRequired,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.redlist_entry_origin import RedlistEntryOrigin
from ..types import model_repr

if TYPE_CHECKING:
    from ..models.redlist_entry_detail import RedlistEntryDetail


T = TypeVar("T", bound="RedlistEntry")


@_attrs_define(repr=False)
class RedlistEntry:
    """A redlist entry of a target."""

    id: str | None = None
    """ target id """
    timestamp: datetime.datetime | None = None
    """ redlist date """
    origin: RedlistEntryOrigin | None = None
    """ 0 unknown, 1 listed by API, 2 by imports, 3 by form, 4 unsubscribe redlist, 5 complaint, 6 SMS stop, 7 SMS
    blacklist, 8 SMS administrative, 9 SMS specific """
    detail: RedlistEntryDetail | None = None
    """ redlist detail """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        timestamp: None | str | None
        if self.timestamp is None:
            timestamp = None
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        origin: int | None = None
        if self.origin is not None:
            origin = self.origin.value

        detail: dict[str, Any] | None = None
        if self.detail is not None:
            detail = self.detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if timestamp is not None:
            field_dict["timestamp"] = timestamp
        if origin is not None:
            field_dict["origin"] = origin
        if detail is not None:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        id = d.pop("id", None)

        def _parse_timestamp(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        timestamp = _parse_timestamp(d.pop("timestamp", None))

        _origin = d.pop("origin", None)
        origin: RedlistEntryOrigin | None
        if _origin is None:
            origin = None
        else:
            origin = RedlistEntryOrigin.from_raw(_origin)

        _detail = d.pop("detail", None)
        detail: RedlistEntryDetail | None
        if _detail is None:
            detail = None
        else:
            detail = RedlistEntryDetail.from_dict(_detail)

        redlist_entry = cls(
            id=id,
            timestamp=timestamp,
            origin=origin,
            detail=detail,
        )

        redlist_entry.additional_properties = d
        return redlist_entry

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


RedlistEntryDict = TypedDict(
    "RedlistEntryDict",
    {
        "id": "NotRequired[str]",
        "timestamp": "NotRequired[str | datetime.datetime | None]",
        "origin": "NotRequired[RedlistEntryOrigin | Literal[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]]",
        "detail": "NotRequired[RedlistEntryDetailDict]",
    },
)
"""The JSON members of `RedlistEntry` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.redlist_entry_detail import RedlistEntryDetailDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.redlist_entry_detail import RedlistEntryDetail  # noqa: E402
