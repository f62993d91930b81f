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
    from ..models.action_content_headers import ActionContentHeaders


T = TypeVar("T", bound="ActionContent")


@_attrs_define(repr=False)
class ActionContent:
    """Content of the email action. Partial in the public reference: its members are known only from the example, so it
    stays open.

    """

    headers: ActionContentHeaders | None = None
    """ Header templates of the email action. """
    subject: str | None = None
    html: str | None = None
    text: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        headers: dict[str, Any] | None = None
        if self.headers is not None:
            headers = self.headers.to_dict()

        subject = self.subject

        html = self.html

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if headers is not None:
            field_dict["headers"] = headers
        if subject is not None:
            field_dict["subject"] = subject
        if html is not None:
            field_dict["html"] = html
        if text is not None:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _headers = d.pop("headers", None)
        headers: ActionContentHeaders | None
        if _headers is None:
            headers = None
        else:
            headers = ActionContentHeaders.from_dict(_headers)

        subject = d.pop("subject", None)

        html = d.pop("html", None)

        text = d.pop("text", None)

        action_content = cls(
            headers=headers,
            subject=subject,
            html=html,
            text=text,
        )

        action_content.additional_properties = d
        return action_content

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


ActionContentDict = TypedDict(
    "ActionContentDict",
    {
        "headers": "NotRequired[ActionContentHeadersDict]",
        "subject": "NotRequired[str]",
        "html": "NotRequired[str]",
        "text": "NotRequired[str]",
    },
)
"""The JSON members of `ActionContent` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.action_content_headers import ActionContentHeadersDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.action_content_headers import ActionContentHeaders  # noqa: E402
