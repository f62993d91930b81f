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
    from ..models.render_link_destination import RenderLinkDestination


T = TypeVar("T", bound="RenderLink")


@_attrs_define(repr=False)
class RenderLink:
    """A link to render. `type` is a discriminator whose values are not printed in the public reference, so the object
    stays open.

    """

    type_: str | None = None
    """ Discriminator """
    destination: RenderLinkDestination | None = None
    """ The destination of the system link """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        destination: dict[str, Any] | None = None
        if self.destination is not None:
            destination = self.destination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if destination is not None:
            field_dict["destination"] = destination

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        type_ = d.pop("type", None)

        _destination = d.pop("destination", None)
        destination: RenderLinkDestination | None
        if _destination is None:
            destination = None
        else:
            destination = RenderLinkDestination.from_dict(_destination)

        render_link = cls(
            type_=type_,
            destination=destination,
        )

        render_link.additional_properties = d
        return render_link

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


RenderLinkDict = TypedDict(
    "RenderLinkDict",
    {
        "type": "NotRequired[str]",
        "destination": "NotRequired[RenderLinkDestinationDict]",
    },
)
"""The JSON members of `RenderLink` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.render_link_destination import RenderLinkDestinationDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.render_link_destination import RenderLinkDestination  # noqa: E402
