from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    NotRequired,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.render_context_display import RenderContextDisplay
from ..types import model_repr

T = TypeVar("T", bound="RenderContext")


@_attrs_define(repr=False)
class RenderContext:
    """Render context"""

    id: str | None = None
    """ The message id """
    display: RenderContextDisplay | None = None
    """ Underlying display configuration """
    render: int | None = None
    """ The content id to render """
    recipient: str | None = None
    """ Email of the recipients to override the send """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display: int | None = None
        if self.display is not None:
            display = self.display.value

        render = self.render

        recipient = self.recipient

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if display is not None:
            field_dict["display"] = display
        if render is not None:
            field_dict["render"] = render
        if recipient is not None:
            field_dict["recipient"] = recipient

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", None)

        _display = d.pop("display", None)
        display: RenderContextDisplay | None
        if _display is None:
            display = None
        else:
            display = RenderContextDisplay.from_raw(_display)

        render = d.pop("render", None)

        recipient = d.pop("recipient", None)

        render_context = cls(
            id=id,
            display=display,
            render=render,
            recipient=recipient,
        )

        render_context.additional_properties = d
        return render_context

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


RenderContextDict = TypedDict(
    "RenderContextDict",
    {
        "id": "NotRequired[str]",
        "display": "NotRequired[RenderContextDisplay | Literal[0, 1, 2, 4, 8, 16]]",
        "render": "NotRequired[int]",
        "recipient": "NotRequired[str]",
    },
)
"""The JSON members of `RenderContext` as a plain mapping; unlisted members go through the model."""
