from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    NotRequired,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="ActionExecutionResultRecipient")


@_attrs_define(repr=False)
class ActionExecutionResultRecipient:
    """The recipient. `type` is a discriminator (`footprint` in the reference's examples); partial in the public reference,
    so it stays open.

    """

    type_: str | None = None
    """ Discriminator """
    id: str | None = None
    unicity: str | None = None
    hash_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        unicity = self.unicity

        hash_ = self.hash_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if id is not None:
            field_dict["id"] = id
        if unicity is not None:
            field_dict["unicity"] = unicity
        if hash_ is not None:
            field_dict["hash"] = hash_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", None)

        id = d.pop("id", None)

        unicity = d.pop("unicity", None)

        hash_ = d.pop("hash", None)

        action_execution_result_recipient = cls(
            type_=type_,
            id=id,
            unicity=unicity,
            hash_=hash_,
        )

        action_execution_result_recipient.additional_properties = d
        return action_execution_result_recipient

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


ActionExecutionResultRecipientDict = TypedDict(
    "ActionExecutionResultRecipientDict",
    {
        "type": "NotRequired[str]",
        "id": "NotRequired[str]",
        "unicity": "NotRequired[str]",
        "hash": "NotRequired[str]",
    },
)
"""The JSON members of `ActionExecutionResultRecipient` as a plain mapping; unlisted members go through the model."""
