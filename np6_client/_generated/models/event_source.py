from __future__ import annotations

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
    from ..models.event_source_detail import EventSourceDetail


T = TypeVar("T", bound="EventSource")


@_attrs_define(repr=False)
class EventSource:
    """Source of the event. `type` is a discriminator (`notification` in the reference's examples); partial in the public
    reference, so it stays open.

    """

    type_: str | None = None
    """ Discriminator """
    detail: EventSourceDetail | None = None
    """ Detail of the execution """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        detail: dict[str, Any] | None = None
        if self.detail is not None:
            detail = self.detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if detail is not None:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        type_ = d.pop("type", None)

        _detail = d.pop("detail", None)
        detail: EventSourceDetail | None
        if _detail is None:
            detail = None
        else:
            detail = EventSourceDetail.from_dict(_detail)

        event_source = cls(
            type_=type_,
            detail=detail,
        )

        event_source.additional_properties = d
        return event_source

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


EventSourceDict = TypedDict(
    "EventSourceDict",
    {
        "type": "NotRequired[str]",
        "detail": "NotRequired[EventSourceDetailDict]",
    },
)
"""The JSON members of `EventSource` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.event_source_detail import EventSourceDetailDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.event_source_detail import EventSourceDetail  # noqa: E402
