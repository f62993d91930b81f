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

from ..types import model_repr

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

    type_: str | None = None
    """ Discriminator """
    id: UUID | None = None
    recipient: ActionExecutionResultRecipient | None = None
    """ The recipient. `type` is a discriminator (`footprint` in the reference's examples); partial in the public
    reference, so it stays open. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id: str | None = None
        if self.id is not None:
            id = str(self.id)

        recipient: dict[str, Any] | None = None
        if self.recipient is not None:
            recipient = self.recipient.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if id is not None:
            field_dict["id"] = id
        if recipient is not None:
            field_dict["recipient"] = recipient

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.action_execution_result_recipient import (
            ActionExecutionResultRecipient,
        )

        d = dict(src_dict)
        type_ = d.pop("type", None)

        _id = d.pop("id", None)
        id: UUID | None
        if _id is None:
            id = None
        else:
            id = UUID(_id)

        _recipient = d.pop("recipient", None)
        recipient: ActionExecutionResultRecipient | None
        if _recipient is None:
            recipient = None
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
