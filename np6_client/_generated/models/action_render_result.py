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
    from ..models.action_render_result_headers import ActionRenderResultHeaders
    from ..models.action_render_result_sender import ActionRenderResultSender


T = TypeVar("T", bound="ActionRenderResult")


@_attrs_define(repr=False)
class ActionRenderResult:
    """A rendered message. `type` is a discriminator (`success` in the reference's example). Partial in the public
    reference: its members are known only from the example, so it stays open.

    """

    type_: str | None = None
    """ Discriminator """
    recipient: str | None = None
    sender: ActionRenderResultSender | None = None
    subject: str | None = None
    html: str | None = None
    text: str | None = None
    amp: str | None = None
    headers: ActionRenderResultHeaders | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        recipient = self.recipient

        sender: dict[str, Any] | None = None
        if self.sender is not None:
            sender = self.sender.to_dict()

        subject = self.subject

        html = self.html

        text = self.text

        amp = self.amp

        headers: dict[str, Any] | None = None
        if self.headers is not None:
            headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if recipient is not None:
            field_dict["recipient"] = recipient
        if sender is not None:
            field_dict["sender"] = sender
        if subject is not None:
            field_dict["subject"] = subject
        if html is not None:
            field_dict["html"] = html
        if text is not None:
            field_dict["text"] = text
        if amp is not None:
            field_dict["amp"] = amp
        if headers is not None:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        type_ = d.pop("type", None)

        recipient = d.pop("recipient", None)

        _sender = d.pop("sender", None)
        sender: ActionRenderResultSender | None
        if _sender is None:
            sender = None
        else:
            sender = ActionRenderResultSender.from_dict(_sender)

        subject = d.pop("subject", None)

        html = d.pop("html", None)

        text = d.pop("text", None)

        amp = d.pop("amp", None)

        _headers = d.pop("headers", None)
        headers: ActionRenderResultHeaders | None
        if _headers is None:
            headers = None
        else:
            headers = ActionRenderResultHeaders.from_dict(_headers)

        action_render_result = cls(
            type_=type_,
            recipient=recipient,
            sender=sender,
            subject=subject,
            html=html,
            text=text,
            amp=amp,
            headers=headers,
        )

        action_render_result.additional_properties = d
        return action_render_result

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


ActionRenderResultDict = TypedDict(
    "ActionRenderResultDict",
    {
        "type": "NotRequired[str]",
        "recipient": "NotRequired[str]",
        "sender": "NotRequired[ActionRenderResultSenderDict]",
        "subject": "NotRequired[str]",
        "html": "NotRequired[str]",
        "text": "NotRequired[str]",
        "amp": "NotRequired[str]",
        "headers": "NotRequired[ActionRenderResultHeadersDict]",
    },
)
"""The JSON members of `ActionRenderResult` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.action_render_result_headers import ActionRenderResultHeadersDict
    from ..models.action_render_result_sender import ActionRenderResultSenderDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.action_render_result_headers import ActionRenderResultHeaders  # noqa: E402
from ..models.action_render_result_sender import ActionRenderResultSender  # noqa: E402
