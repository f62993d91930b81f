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
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.action_execution_result_recipient import (
        ActionExecutionResultRecipient,
    )


T = TypeVar("T", bound="ActionExecutionResult")


@_attrs_define(repr=False)
class ActionExecutionResult:
    """An execution result. `type` is a discriminator (`success` in the reference's examples). Partial in the public
    reference: only `type` is printed as a field, the rest is known from the examples, so it stays open.

    """

    type_: str | Unset = UNSET
    """ Discriminator """
    id: UUID | Unset = UNSET
    recipient: ActionExecutionResultRecipient | Unset = UNSET
    """ The recipient. `type` is a discriminator (`footprint` in the reference's examples); partial in the public
    reference, so it stays open. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        recipient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recipient, Unset):
            recipient = self.recipient.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if recipient is not UNSET:
            field_dict["recipient"] = recipient

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.action_execution_result_recipient import (
            ActionExecutionResultRecipient,
        )

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _recipient = d.pop("recipient", UNSET)
        recipient: ActionExecutionResultRecipient | Unset
        if isinstance(_recipient, Unset):
            recipient = UNSET
        else:
            recipient = ActionExecutionResultRecipient.from_dict(_recipient)

        action_execution_result = cls(
            type_=type_,
            id=id,
            recipient=recipient,
        )

        action_execution_result.additional_properties = d
        return action_execution_result

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


ActionExecutionResultDict = TypedDict(
    "ActionExecutionResultDict",
    {
        "type": "NotRequired[str]",
        "id": "NotRequired[str | UUID]",
        "recipient": "NotRequired[ActionExecutionResultRecipientDict]",
    },
)
"""The JSON members of `ActionExecutionResult` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.action_execution_result_recipient import (
        ActionExecutionResultRecipientDict,
    )
