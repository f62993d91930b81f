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
    from ..models.email_message_definition_attachments_item import (
        EmailMessageDefinitionAttachmentsItem,
    )
    from ..models.email_message_definition_blocks_item import (
        EmailMessageDefinitionBlocksItem,
    )
    from ..models.email_message_definition_content import EmailMessageDefinitionContent
    from ..models.email_message_definition_copies_item import (
        EmailMessageDefinitionCopiesItem,
    )
    from ..models.email_message_definition_data import EmailMessageDefinitionData
    from ..models.email_message_definition_headers import EmailMessageDefinitionHeaders
    from ..models.email_message_definition_recipient import (
        EmailMessageDefinitionRecipient,
    )
    from ..models.email_message_definition_related import EmailMessageDefinitionRelated
    from ..models.email_message_definition_variables_item import (
        EmailMessageDefinitionVariablesItem,
    )


T = TypeVar("T", bound="EmailMessageDefinition")


@_attrs_define(repr=False)
class EmailMessageDefinition:
    """one message to send, sent as `application/vnd.np6.cm.email`. Partial in the public reference, so it stays open."""

    recipient: EmailMessageDefinitionRecipient | None = None
    """ recipient identification. `type` is a discriminator whose values are not printed in the public reference, so
    the object stays open. """
    related: EmailMessageDefinitionRelated | None = None
    """ related identification """
    copies: list[EmailMessageDefinitionCopiesItem] | None = None
    """ carbon copies """
    headers: EmailMessageDefinitionHeaders | None = None
    """ overrides of the header templates """
    subject: str | None = None
    """ subject template """
    attachments: list[EmailMessageDefinitionAttachmentsItem] | None = None
    content: EmailMessageDefinitionContent | None = None
    """ views overrides """
    data: EmailMessageDefinitionData | None = None
    """ rendering data """
    blocks: list[EmailMessageDefinitionBlocksItem] | None = None
    """ blocks of additional data """
    variables: list[EmailMessageDefinitionVariablesItem] | None = None
    """ additional variables """
    stamp: DataStamp | None = None
    """ Stamp data """
    urgent: bool | None = None
    """ priority of this message """
    important: bool | None = None
    """ importance of this message """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        recipient: dict[str, Any] | None = None
        if self.recipient is not None:
            recipient = self.recipient.to_dict()

        related: dict[str, Any] | None = None
        if self.related is not None:
            related = self.related.to_dict()

        copies: list[dict[str, Any]] | None = None
        if self.copies is not None:
            copies = []
            for copies_item_data in self.copies:
                copies_item = copies_item_data.to_dict()
                copies.append(copies_item)

        headers: dict[str, Any] | None = None
        if self.headers is not None:
            headers = self.headers.to_dict()

        subject = self.subject

        attachments: list[dict[str, Any]] | None = None
        if self.attachments is not None:
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        content: dict[str, Any] | None = None
        if self.content is not None:
            content = self.content.to_dict()

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

        urgent = self.urgent

        important = self.important

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recipient is not None:
            field_dict["recipient"] = recipient
        if related is not None:
            field_dict["related"] = related
        if copies is not None:
            field_dict["copies"] = copies
        if headers is not None:
            field_dict["headers"] = headers
        if subject is not None:
            field_dict["subject"] = subject
        if attachments is not None:
            field_dict["attachments"] = attachments
        if content is not None:
            field_dict["content"] = content
        if data is not None:
            field_dict["data"] = data
        if blocks is not None:
            field_dict["blocks"] = blocks
        if variables is not None:
            field_dict["variables"] = variables
        if stamp is not None:
            field_dict["stamp"] = stamp
        if urgent is not None:
            field_dict["urgent"] = urgent
        if important is not None:
            field_dict["important"] = important

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.email_message_definition_attachments_item import (
            EmailMessageDefinitionAttachmentsItem,
        )
        from ..models.email_message_definition_blocks_item import (
            EmailMessageDefinitionBlocksItem,
        )
        from ..models.email_message_definition_content import (
            EmailMessageDefinitionContent,
        )
        from ..models.email_message_definition_copies_item import (
            EmailMessageDefinitionCopiesItem,
        )
        from ..models.email_message_definition_headers import (
            EmailMessageDefinitionHeaders,
        )
        from ..models.email_message_definition_recipient import (
            EmailMessageDefinitionRecipient,
        )
        from ..models.email_message_definition_related import (
            EmailMessageDefinitionRelated,
        )
        from ..models.email_message_definition_variables_item import (
            EmailMessageDefinitionVariablesItem,
        )

        d = dict(src_dict)
        _recipient = d.pop("recipient", None)
        recipient: EmailMessageDefinitionRecipient | None
        if _recipient is None:
            recipient = None
        else:
            recipient = EmailMessageDefinitionRecipient.from_dict(_recipient)

        _related = d.pop("related", None)
        related: EmailMessageDefinitionRelated | None
        if _related is None:
            related = None
        else:
            related = EmailMessageDefinitionRelated.from_dict(_related)

        _copies = d.pop("copies", None)
        copies: list[EmailMessageDefinitionCopiesItem] | None = None
        if _copies is not None:
            if not isinstance(_copies, list):
                raise TypeError(f"expected a JSON array, not {type(_copies).__name__}")
            copies = []
            for copies_item_data in _copies:
                copies_item = EmailMessageDefinitionCopiesItem.from_dict(
                    copies_item_data
                )

                copies.append(copies_item)

        _headers = d.pop("headers", None)
        headers: EmailMessageDefinitionHeaders | None
        if _headers is None:
            headers = None
        else:
            headers = EmailMessageDefinitionHeaders.from_dict(_headers)

        subject = d.pop("subject", None)

        _attachments = d.pop("attachments", None)
        attachments: list[EmailMessageDefinitionAttachmentsItem] | None = None
        if _attachments is not None:
            if not isinstance(_attachments, list):
                raise TypeError(
                    f"expected a JSON array, not {type(_attachments).__name__}"
                )
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = EmailMessageDefinitionAttachmentsItem.from_dict(
                    attachments_item_data
                )

                attachments.append(attachments_item)

        _content = d.pop("content", None)
        content: EmailMessageDefinitionContent | None
        if _content is None:
            content = None
        else:
            content = EmailMessageDefinitionContent.from_dict(_content)

        _data = d.pop("data", None)
        data: EmailMessageDefinitionData | None
        if _data is None:
            data = None
        else:
            data = EmailMessageDefinitionData.from_dict(_data)

        _blocks = d.pop("blocks", None)
        blocks: list[EmailMessageDefinitionBlocksItem] | None = None
        if _blocks is not None:
            if not isinstance(_blocks, list):
                raise TypeError(f"expected a JSON array, not {type(_blocks).__name__}")
            blocks = []
            for blocks_item_data in _blocks:
                blocks_item = EmailMessageDefinitionBlocksItem.from_dict(
                    blocks_item_data
                )

                blocks.append(blocks_item)

        _variables = d.pop("variables", None)
        variables: list[EmailMessageDefinitionVariablesItem] | None = None
        if _variables is not None:
            if not isinstance(_variables, list):
                raise TypeError(
                    f"expected a JSON array, not {type(_variables).__name__}"
                )
            variables = []
            for variables_item_data in _variables:
                variables_item = EmailMessageDefinitionVariablesItem.from_dict(
                    variables_item_data
                )

                variables.append(variables_item)

        _stamp = d.pop("stamp", None)
        stamp: DataStamp | None
        if _stamp is None:
            stamp = None
        else:
            stamp = DataStamp.from_dict(_stamp)

        urgent = d.pop("urgent", None)

        important = d.pop("important", None)

        email_message_definition = cls(
            recipient=recipient,
            related=related,
            copies=copies,
            headers=headers,
            subject=subject,
            attachments=attachments,
            content=content,
            data=data,
            blocks=blocks,
            variables=variables,
            stamp=stamp,
            urgent=urgent,
            important=important,
        )

        email_message_definition.additional_properties = d
        return email_message_definition

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


EmailMessageDefinitionDict = TypedDict(
    "EmailMessageDefinitionDict",
    {
        "recipient": "NotRequired[EmailMessageDefinitionRecipientDict]",
        "related": "NotRequired[EmailMessageDefinitionRelatedDict]",
        "copies": "NotRequired[list[EmailMessageDefinitionCopiesItemDict]]",
        "headers": "NotRequired[EmailMessageDefinitionHeadersDict]",
        "subject": "NotRequired[str]",
        "attachments": "NotRequired[list[EmailMessageDefinitionAttachmentsItemDict]]",
        "content": "NotRequired[EmailMessageDefinitionContentDict]",
        "data": "NotRequired[EmailMessageDefinitionDataDict]",
        "blocks": "NotRequired[list[EmailMessageDefinitionBlocksItemDict]]",
        "variables": "NotRequired[list[EmailMessageDefinitionVariablesItemDict]]",
        "stamp": "NotRequired[DataStampDict]",
        "urgent": "NotRequired[bool]",
        "important": "NotRequired[bool]",
    },
)
"""The JSON members of `EmailMessageDefinition` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.data_stamp import DataStampDict
    from ..models.email_message_definition_attachments_item import (
        EmailMessageDefinitionAttachmentsItemDict,
    )
    from ..models.email_message_definition_blocks_item import (
        EmailMessageDefinitionBlocksItemDict,
    )
    from ..models.email_message_definition_content import (
        EmailMessageDefinitionContentDict,
    )
    from ..models.email_message_definition_copies_item import (
        EmailMessageDefinitionCopiesItemDict,
    )
    from ..models.email_message_definition_data import EmailMessageDefinitionDataDict
    from ..models.email_message_definition_headers import (
        EmailMessageDefinitionHeadersDict,
    )
    from ..models.email_message_definition_recipient import (
        EmailMessageDefinitionRecipientDict,
    )
    from ..models.email_message_definition_related import (
        EmailMessageDefinitionRelatedDict,
    )
    from ..models.email_message_definition_variables_item import (
        EmailMessageDefinitionVariablesItemDict,
    )


# Imported after the class so that models referring to each other import cleanly.
from ..models.data_stamp import DataStamp  # noqa: E402
from ..models.email_message_definition_data import EmailMessageDefinitionData  # noqa: E402
