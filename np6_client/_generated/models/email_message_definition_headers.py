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
    from ..models.email_message_definition_headers_from import (
        EmailMessageDefinitionHeadersFrom,
    )


T = TypeVar("T", bound="EmailMessageDefinitionHeaders")


@_attrs_define(repr=False)
class EmailMessageDefinitionHeaders:
    """overrides of the header templates"""

    from_: EmailMessageDefinitionHeadersFrom | None = None
    """ From override """
    reply: str | None = None
    """ Reply override """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        from_: dict[str, Any] | None = None
        if self.from_ is not None:
            from_ = self.from_.to_dict()

        reply = self.reply

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not None:
            field_dict["from"] = from_
        if reply is not None:
            field_dict["reply"] = reply

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.email_message_definition_headers_from import (
            EmailMessageDefinitionHeadersFrom,
        )

        d = dict(src_dict)
        _from_ = d.pop("from", None)
        from_: EmailMessageDefinitionHeadersFrom | None
        if _from_ is None:
            from_ = None
        else:
            from_ = EmailMessageDefinitionHeadersFrom.from_dict(_from_)

        reply = d.pop("reply", None)

        email_message_definition_headers = cls(
            from_=from_,
            reply=reply,
        )

        email_message_definition_headers.additional_properties = d
        return email_message_definition_headers

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


EmailMessageDefinitionHeadersDict = TypedDict(
    "EmailMessageDefinitionHeadersDict",
    {
        "from": "NotRequired[EmailMessageDefinitionHeadersFromDict]",
        "reply": "NotRequired[str]",
    },
)
"""The JSON members of `EmailMessageDefinitionHeaders` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.email_message_definition_headers_from import (
        EmailMessageDefinitionHeadersFromDict,
    )
