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
    from ..models.action_from import ActionFrom


T = TypeVar("T", bound="ActionContentHeaders")


@_attrs_define(repr=False)
class ActionContentHeaders:
    """Header templates of the email action."""

    from_: ActionFrom | None = None
    """ The From header of an email. """
    reply: str | None = None
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

        d = dict(src_dict)
        _from_ = d.pop("from", None)
        from_: ActionFrom | None
        if _from_ is None:
            from_ = None
        else:
            from_ = ActionFrom.from_dict(_from_)

        reply = d.pop("reply", None)

        action_content_headers = cls(
            from_=from_,
            reply=reply,
        )

        action_content_headers.additional_properties = d
        return action_content_headers

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


ActionContentHeadersDict = TypedDict(
    "ActionContentHeadersDict",
    {
        "from": "NotRequired[ActionFromDict]",
        "reply": "NotRequired[str]",
    },
)
"""The JSON members of `ActionContentHeaders` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.action_from import ActionFromDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.action_from import ActionFrom  # noqa: E402
