from __future__ import annotations

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

T = TypeVar("T", bound="RenderLinksResult")


@_attrs_define(repr=False)
class RenderLinksResult:
    """A render result. `type` is a discriminator (`success` in the reference's example)."""

    type_: str | None = None
    """ Discriminator """
    links: list[str] | None = None
    """ Rendered links """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        links: list[str] | None = None
        if self.links is not None:
            links = self.links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if links is not None:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", None)

        _links = d.pop("links", None)
        if not isinstance(_links, list) and _links is not None:
            raise TypeError(f"expected a JSON array, not {type(_links).__name__}")
        links = cast(list[str], _links)

        render_links_result = cls(
            type_=type_,
            links=links,
        )

        render_links_result.additional_properties = d
        return render_links_result

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


RenderLinksResultDict = TypedDict(
    "RenderLinksResultDict",
    {
        "type": "NotRequired[str]",
        "links": "NotRequired[list[str]]",
    },
)
"""The JSON members of `RenderLinksResult` as a plain mapping; unlisted members go through the model."""
