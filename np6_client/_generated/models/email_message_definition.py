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

from ..types import UNSET, Unset, model_repr

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

    recipient: EmailMessageDefinitionRecipient | Unset = UNSET
    """ recipient identification. `type` is a discriminator whose values are not printed in the public reference, so
    the object stays open. """
    related: EmailMessageDefinitionRelated | Unset = UNSET
    """ related identification """
    copies: list[EmailMessageDefinitionCopiesItem] | Unset = UNSET
    """ carbon copies """
    headers: EmailMessageDefinitionHeaders | Unset = UNSET
    """ overrides of the header templates """
    subject: str | Unset = UNSET
    """ subject template """
    attachments: list[EmailMessageDefinitionAttachmentsItem] | Unset = UNSET
    content: EmailMessageDefinitionContent | Unset = UNSET
    """ views overrides """
    data: EmailMessageDefinitionData | Unset = UNSET
    """ rendering data """
    blocks: list[EmailMessageDefinitionBlocksItem] | Unset = UNSET
    """ blocks of additional data """
    variables: list[EmailMessageDefinitionVariablesItem] | Unset = UNSET
    """ additional variables """
    stamp: DataStamp | Unset = UNSET
    """ Stamp data """
    urgent: bool | Unset = UNSET
    """ priority of this message """
    important: bool | Unset = UNSET
    """ importance of this message """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        recipient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recipient, Unset):
            recipient = self.recipient.to_dict()

        related: dict[str, Any] | Unset = UNSET
        if not isinstance(self.related, Unset):
            related = self.related.to_dict()

        copies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.copies, Unset):
            copies = []
            for copies_item_data in self.copies:
                copies_item = copies_item_data.to_dict()
                copies.append(copies_item)

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        subject = self.subject

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        blocks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.blocks, Unset):
            blocks = []
            for blocks_item_data in self.blocks:
                blocks_item = blocks_item_data.to_dict()
                blocks.append(blocks_item)

        variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = []
            for variables_item_data in self.variables:
                variables_item = variables_item_data.to_dict()
                variables.append(variables_item)

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = self.stamp.to_dict()

        urgent = self.urgent

        important = self.important

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if related is not UNSET:
            field_dict["related"] = related
        if copies is not UNSET:
            field_dict["copies"] = copies
        if headers is not UNSET:
            field_dict["headers"] = headers
        if subject is not UNSET:
            field_dict["subject"] = subject
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if content is not UNSET:
            field_dict["content"] = content
        if data is not UNSET:
            field_dict["data"] = data
        if blocks is not UNSET:
            field_dict["blocks"] = blocks
        if variables is not UNSET:
            field_dict["variables"] = variables
        if stamp is not UNSET:
            field_dict["stamp"] = stamp
        if urgent is not UNSET:
            field_dict["urgent"] = urgent
        if important is not UNSET:
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
        _recipient = d.pop("recipient", UNSET)
        recipient: EmailMessageDefinitionRecipient | Unset
        if isinstance(_recipient, Unset):
            recipient = UNSET
        else:
            recipient = EmailMessageDefinitionRecipient.from_dict(_recipient)

        _related = d.pop("related", UNSET)
        related: EmailMessageDefinitionRelated | Unset
        if isinstance(_related, Unset):
            related = UNSET
        else:
            related = EmailMessageDefinitionRelated.from_dict(_related)

        _copies = d.pop("copies", UNSET)
        copies: list[EmailMessageDefinitionCopiesItem] | Unset = UNSET
        if _copies is not UNSET:
            if not isinstance(_copies, list):
                raise TypeError(f"expected a JSON array, not {type(_copies).__name__}")
            copies = []
            for copies_item_data in _copies:
                copies_item = EmailMessageDefinitionCopiesItem.from_dict(
                    copies_item_data
                )

                copies.append(copies_item)

        _headers = d.pop("headers", UNSET)
        headers: EmailMessageDefinitionHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = EmailMessageDefinitionHeaders.from_dict(_headers)

        subject = d.pop("subject", UNSET)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[EmailMessageDefinitionAttachmentsItem] | Unset = UNSET
        if _attachments is not UNSET:
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

        _content = d.pop("content", UNSET)
        content: EmailMessageDefinitionContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = EmailMessageDefinitionContent.from_dict(_content)

        _data = d.pop("data", UNSET)
        data: EmailMessageDefinitionData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = EmailMessageDefinitionData.from_dict(_data)

        _blocks = d.pop("blocks", UNSET)
        blocks: list[EmailMessageDefinitionBlocksItem] | Unset = UNSET
        if _blocks is not UNSET:
            if not isinstance(_blocks, list):
                raise TypeError(f"expected a JSON array, not {type(_blocks).__name__}")
            blocks = []
            for blocks_item_data in _blocks:
                blocks_item = EmailMessageDefinitionBlocksItem.from_dict(
                    blocks_item_data
                )

                blocks.append(blocks_item)

        _variables = d.pop("variables", UNSET)
        variables: list[EmailMessageDefinitionVariablesItem] | Unset = UNSET
        if _variables is not UNSET:
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

        _stamp = d.pop("stamp", UNSET)
        stamp: DataStamp | Unset
        if isinstance(_stamp, Unset):
            stamp = UNSET
        else:
            stamp = DataStamp.from_dict(_stamp)

        urgent = d.pop("urgent", UNSET)

        important = d.pop("important", UNSET)

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
