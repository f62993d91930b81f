from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    NotRequired,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="EmailRenderDefinitionContent")


@_attrs_define(repr=False)
class EmailRenderDefinitionContent:
    """content override. `type` is a discriminator whose values are not printed in the public reference, so the object
    stays open.

    """

    type_: str | None = None
    """ Discriminator """
    html: str | None = None
    """ HTML content """
    text: str | None = None
    """ text content """
    amp: str | None = None
    """ AMP content """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        html = self.html

        text = self.text

        amp = self.amp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if html is not None:
            field_dict["html"] = html
        if text is not None:
            field_dict["text"] = text
        if amp is not None:
            field_dict["amp"] = amp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", None)

        html = d.pop("html", None)

        text = d.pop("text", None)

        amp = d.pop("amp", None)

        email_render_definition_content = cls(
            type_=type_,
            html=html,
            text=text,
            amp=amp,
        )

        email_render_definition_content.additional_properties = d
        return email_render_definition_content

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


EmailRenderDefinitionContentDict = TypedDict(
    "EmailRenderDefinitionContentDict",
    {
        "type": "NotRequired[str]",
        "html": "NotRequired[str]",
        "text": "NotRequired[str]",
        "amp": "NotRequired[str]",
    },
)
"""The JSON members of `EmailRenderDefinitionContent` as a plain mapping; unlisted members go through the model."""
