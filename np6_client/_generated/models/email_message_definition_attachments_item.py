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
    from ..models.email_message_definition_attachments_item_data import (
        EmailMessageDefinitionAttachmentsItemData,
    )


T = TypeVar("T", bound="EmailMessageDefinitionAttachmentsItem")


@_attrs_define(repr=False)
class EmailMessageDefinitionAttachmentsItem:
    name: str | None = None
    """ file name of the attachment """
    mime: str | None = None
    """ mime type of the attachment """
    data: EmailMessageDefinitionAttachmentsItemData | None = None
    """ attachment data """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        mime = self.mime

        data: dict[str, Any] | None = None
        if self.data is not None:
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not None:
            field_dict["name"] = name
        if mime is not None:
            field_dict["mime"] = mime
        if data is not None:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.email_message_definition_attachments_item_data import (
            EmailMessageDefinitionAttachmentsItemData,
        )

        d = dict(src_dict)
        name = d.pop("name", None)

        mime = d.pop("mime", None)

        _data = d.pop("data", None)
        data: EmailMessageDefinitionAttachmentsItemData | None
        if _data is None:
            data = None
        else:
            data = EmailMessageDefinitionAttachmentsItemData.from_dict(_data)

        email_message_definition_attachments_item = cls(
            name=name,
            mime=mime,
            data=data,
        )

        email_message_definition_attachments_item.additional_properties = d
        return email_message_definition_attachments_item

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


EmailMessageDefinitionAttachmentsItemDict = TypedDict(
    "EmailMessageDefinitionAttachmentsItemDict",
    {
        "name": "NotRequired[str]",
        "mime": "NotRequired[str]",
        "data": "NotRequired[EmailMessageDefinitionAttachmentsItemDataDict]",
    },
)
"""The JSON members of `EmailMessageDefinitionAttachmentsItem` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.email_message_definition_attachments_item_data import (
        EmailMessageDefinitionAttachmentsItemDataDict,
    )
