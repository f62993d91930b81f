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
    from ..models.data_stamp import DataStamp
    from ..models.render_context import RenderContext
    from ..models.render_link import RenderLink
    from ..models.render_links_definition_data import RenderLinksDefinitionData
    from ..models.render_links_definition_variables_item import (
        RenderLinksDefinitionVariablesItem,
    )
    from ..models.render_receiver import RenderReceiver


T = TypeVar("T", bound="RenderLinksDefinition")


@_attrs_define(repr=False)
class RenderLinksDefinition:
    """A render definition and the links to render."""

    receiver: RenderReceiver | None = None
    """ The receiver identification. `type` is a discriminator whose values are not printed in the public reference,
    so the object stays open. """
    data: RenderLinksDefinitionData | None = None
    """ Render data """
    variables: list[RenderLinksDefinitionVariablesItem] | None = None
    """ Additionnal variables """
    context: RenderContext | None = None
    """ Render context """
    stamp: DataStamp | None = None
    """ Stamp data """
    links: list[RenderLink] | None = None
    """ Links to render """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        receiver: dict[str, Any] | None = None
        if self.receiver is not None:
            receiver = self.receiver.to_dict()

        data: dict[str, Any] | None = None
        if self.data is not None:
            data = self.data.to_dict()

        variables: list[dict[str, Any]] | None = None
        if self.variables is not None:
            variables = []
            for variables_item_data in self.variables:
                variables_item = variables_item_data.to_dict()
                variables.append(variables_item)

        context: dict[str, Any] | None = None
        if self.context is not None:
            context = self.context.to_dict()

        stamp: dict[str, Any] | None = None
        if self.stamp is not None:
            stamp = self.stamp.to_dict()

        links: list[dict[str, Any]] | None = None
        if self.links is not None:
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if receiver is not None:
            field_dict["receiver"] = receiver
        if data is not None:
            field_dict["data"] = data
        if variables is not None:
            field_dict["variables"] = variables
        if context is not None:
            field_dict["context"] = context
        if stamp is not None:
            field_dict["stamp"] = stamp
        if links is not None:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.render_links_definition_variables_item import (
            RenderLinksDefinitionVariablesItem,
        )

        d = dict(src_dict)
        _receiver = d.pop("receiver", None)
        receiver: RenderReceiver | None
        if _receiver is None:
            receiver = None
        else:
            receiver = RenderReceiver.from_dict(_receiver)

        _data = d.pop("data", None)
        data: RenderLinksDefinitionData | None
        if _data is None:
            data = None
        else:
            data = RenderLinksDefinitionData.from_dict(_data)

        _variables = d.pop("variables", None)
        variables: list[RenderLinksDefinitionVariablesItem] | None = None
        if _variables is not None:
            if not isinstance(_variables, list):
                raise TypeError(
                    f"expected a JSON array, not {type(_variables).__name__}"
                )
            variables = []
            for variables_item_data in _variables:
                variables_item = RenderLinksDefinitionVariablesItem.from_dict(
                    variables_item_data
                )

                variables.append(variables_item)

        _context = d.pop("context", None)
        context: RenderContext | None
        if _context is None:
            context = None
        else:
            context = RenderContext.from_dict(_context)

        _stamp = d.pop("stamp", None)
        stamp: DataStamp | None
        if _stamp is None:
            stamp = None
        else:
            stamp = DataStamp.from_dict(_stamp)

        _links = d.pop("links", None)
        links: list[RenderLink] | None = None
        if _links is not None:
            if not isinstance(_links, list):
                raise TypeError(f"expected a JSON array, not {type(_links).__name__}")
            links = []
            for links_item_data in _links:
                links_item = RenderLink.from_dict(links_item_data)

                links.append(links_item)

        render_links_definition = cls(
            receiver=receiver,
            data=data,
            variables=variables,
            context=context,
            stamp=stamp,
            links=links,
        )

        render_links_definition.additional_properties = d
        return render_links_definition

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


RenderLinksDefinitionDict = TypedDict(
    "RenderLinksDefinitionDict",
    {
        "receiver": "NotRequired[RenderReceiverDict]",
        "data": "NotRequired[RenderLinksDefinitionDataDict]",
        "variables": "NotRequired[list[RenderLinksDefinitionVariablesItemDict]]",
        "context": "NotRequired[RenderContextDict]",
        "stamp": "NotRequired[DataStampDict]",
        "links": "NotRequired[list[RenderLinkDict]]",
    },
)
"""The JSON members of `RenderLinksDefinition` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.data_stamp import DataStampDict
    from ..models.render_context import RenderContextDict
    from ..models.render_link import RenderLinkDict
    from ..models.render_links_definition_data import RenderLinksDefinitionDataDict
    from ..models.render_links_definition_variables_item import (
        RenderLinksDefinitionVariablesItemDict,
    )
    from ..models.render_receiver import RenderReceiverDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.data_stamp import DataStamp  # noqa: E402
from ..models.render_context import RenderContext  # noqa: E402
from ..models.render_link import RenderLink  # noqa: E402
from ..models.render_links_definition_data import RenderLinksDefinitionData  # noqa: E402
from ..models.render_receiver import RenderReceiver  # noqa: E402
