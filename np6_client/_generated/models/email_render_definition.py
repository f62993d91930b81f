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
    from ..models.email_render_definition_blocks_item import (
        EmailRenderDefinitionBlocksItem,
    )
    from ..models.email_render_definition_content import EmailRenderDefinitionContent
    from ..models.email_render_definition_data import EmailRenderDefinitionData
    from ..models.email_render_definition_headers import EmailRenderDefinitionHeaders
    from ..models.email_render_definition_variables_item import (
        EmailRenderDefinitionVariablesItem,
    )
    from ..models.render_context import RenderContext
    from ..models.render_receiver import RenderReceiver


T = TypeVar("T", bound="EmailRenderDefinition")


@_attrs_define(repr=False)
class EmailRenderDefinition:
    """what to render, sent as `application/vnd.np6.cm.email`. Partial in the public reference, so it stays open."""

    receiver: RenderReceiver | None = None
    """ The receiver identification. `type` is a discriminator whose values are not printed in the public reference,
    so the object stays open. """
    related: RenderReceiver | None = None
    """ The receiver identification. `type` is a discriminator whose values are not printed in the public reference,
    so the object stays open. """
    data: EmailRenderDefinitionData | None = None
    """ rendering data """
    blocks: list[EmailRenderDefinitionBlocksItem] | None = None
    """ blocks of additional data """
    variables: list[EmailRenderDefinitionVariablesItem] | None = None
    """ additional variables """
    stamp: DataStamp | None = None
    """ Stamp data """
    headers: EmailRenderDefinitionHeaders | None = None
    """ header overrides """
    subject: str | None = None
    """ subject override """
    content: EmailRenderDefinitionContent | None = None
    """ content override. `type` is a discriminator whose values are not printed in the public reference, so the
    object stays open. """
    context: RenderContext | None = None
    """ Render context """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        receiver: dict[str, Any] | None = None
        if self.receiver is not None:
            receiver = self.receiver.to_dict()

        related: dict[str, Any] | None = None
        if self.related is not None:
            related = self.related.to_dict()

        data: dict[str, Any] | None = None
        if self.data is not None:
            data = self.data.to_dict()

        blocks: list[dict[str, Any]] | None = None
        if self.blocks is not None:
            blocks = []
            for blocks_item_data in self.blocks:
                blocks_item = blocks_item_data.to_dict()
                blocks.append(blocks_item)

        variables: list[dict[str, Any]] | None = None
        if self.variables is not None:
            variables = []
            for variables_item_data in self.variables:
                variables_item = variables_item_data.to_dict()
                variables.append(variables_item)

        stamp: dict[str, Any] | None = None
        if self.stamp is not None:
            stamp = self.stamp.to_dict()

        headers: dict[str, Any] | None = None
        if self.headers is not None:
            headers = self.headers.to_dict()

        subject = self.subject

        content: dict[str, Any] | None = None
        if self.content is not None:
            content = self.content.to_dict()

        context: dict[str, Any] | None = None
        if self.context is not None:
            context = self.context.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if receiver is not None:
            field_dict["receiver"] = receiver
        if related is not None:
            field_dict["related"] = related
        if data is not None:
            field_dict["data"] = data
        if blocks is not None:
            field_dict["blocks"] = blocks
        if variables is not None:
            field_dict["variables"] = variables
        if stamp is not None:
            field_dict["stamp"] = stamp
        if headers is not None:
            field_dict["headers"] = headers
        if subject is not None:
            field_dict["subject"] = subject
        if content is not None:
            field_dict["content"] = content
        if context is not None:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.email_render_definition_blocks_item import (
            EmailRenderDefinitionBlocksItem,
        )
        from ..models.email_render_definition_content import (
            EmailRenderDefinitionContent,
        )
        from ..models.email_render_definition_headers import (
            EmailRenderDefinitionHeaders,
        )
        from ..models.email_render_definition_variables_item import (
            EmailRenderDefinitionVariablesItem,
        )

        d = dict(src_dict)
        _receiver = d.pop("receiver", None)
        receiver: RenderReceiver | None
        if _receiver is None:
            receiver = None
        else:
            receiver = RenderReceiver.from_dict(_receiver)

        _related = d.pop("related", None)
        related: RenderReceiver | None
        if _related is None:
            related = None
        else:
            related = RenderReceiver.from_dict(_related)

        _data = d.pop("data", None)
        data: EmailRenderDefinitionData | None
        if _data is None:
            data = None
        else:
            data = EmailRenderDefinitionData.from_dict(_data)

        _blocks = d.pop("blocks", None)
        blocks: list[EmailRenderDefinitionBlocksItem] | None = None
        if _blocks is not None:
            if not isinstance(_blocks, list):
                raise TypeError(f"expected a JSON array, not {type(_blocks).__name__}")
            blocks = []
            for blocks_item_data in _blocks:
                blocks_item = EmailRenderDefinitionBlocksItem.from_dict(
                    blocks_item_data
                )

                blocks.append(blocks_item)

        _variables = d.pop("variables", None)
        variables: list[EmailRenderDefinitionVariablesItem] | None = None
        if _variables is not None:
            if not isinstance(_variables, list):
                raise TypeError(
                    f"expected a JSON array, not {type(_variables).__name__}"
                )
            variables = []
            for variables_item_data in _variables:
                variables_item = EmailRenderDefinitionVariablesItem.from_dict(
                    variables_item_data
                )

                variables.append(variables_item)

        _stamp = d.pop("stamp", None)
        stamp: DataStamp | None
        if _stamp is None:
            stamp = None
        else:
            stamp = DataStamp.from_dict(_stamp)

        _headers = d.pop("headers", None)
        headers: EmailRenderDefinitionHeaders | None
        if _headers is None:
            headers = None
        else:
            headers = EmailRenderDefinitionHeaders.from_dict(_headers)

        subject = d.pop("subject", None)

        _content = d.pop("content", None)
        content: EmailRenderDefinitionContent | None
        if _content is None:
            content = None
        else:
            content = EmailRenderDefinitionContent.from_dict(_content)

        _context = d.pop("context", None)
        context: RenderContext | None
        if _context is None:
            context = None
        else:
            context = RenderContext.from_dict(_context)

        email_render_definition = cls(
            receiver=receiver,
            related=related,
            data=data,
            blocks=blocks,
            variables=variables,
            stamp=stamp,
            headers=headers,
            subject=subject,
            content=content,
            context=context,
        )

        email_render_definition.additional_properties = d
        return email_render_definition

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


EmailRenderDefinitionDict = TypedDict(
    "EmailRenderDefinitionDict",
    {
        "receiver": "NotRequired[RenderReceiverDict]",
        "related": "NotRequired[RenderReceiverDict]",
        "data": "NotRequired[EmailRenderDefinitionDataDict]",
        "blocks": "NotRequired[list[EmailRenderDefinitionBlocksItemDict]]",
        "variables": "NotRequired[list[EmailRenderDefinitionVariablesItemDict]]",
        "stamp": "NotRequired[DataStampDict]",
        "headers": "NotRequired[EmailRenderDefinitionHeadersDict]",
        "subject": "NotRequired[str]",
        "content": "NotRequired[EmailRenderDefinitionContentDict]",
        "context": "NotRequired[RenderContextDict]",
    },
)
"""The JSON members of `EmailRenderDefinition` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.data_stamp import DataStampDict
    from ..models.email_render_definition_blocks_item import (
        EmailRenderDefinitionBlocksItemDict,
    )
    from ..models.email_render_definition_content import (
        EmailRenderDefinitionContentDict,
    )
    from ..models.email_render_definition_data import EmailRenderDefinitionDataDict
    from ..models.email_render_definition_headers import (
        EmailRenderDefinitionHeadersDict,
    )
    from ..models.email_render_definition_variables_item import (
        EmailRenderDefinitionVariablesItemDict,
    )
    from ..models.render_context import RenderContextDict
    from ..models.render_receiver import RenderReceiverDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.data_stamp import DataStamp  # noqa: E402
from ..models.email_render_definition_data import EmailRenderDefinitionData  # noqa: E402
from ..models.render_context import RenderContext  # noqa: E402
from ..models.render_receiver import RenderReceiver  # noqa: E402
