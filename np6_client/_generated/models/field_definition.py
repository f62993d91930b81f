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
    from ..models.field_constraint import FieldConstraint


T = TypeVar("T", bound="FieldDefinition")


@_attrs_define(repr=False)
class FieldDefinition:
    """A field to create, as NP6's earlier documentation describes it (`type`, `name`, `isUnicity` and `isMandatory`
    required). `type` is one of singleSelectList, multipleSelectList, email, phone, textArea, numeric, textField or date
    there; it is kept a plain string so that a new value never breaks a caller.

    """

    type_: str
    name: str
    is_unicity: bool
    is_mandatory: bool
    constraint: FieldConstraint | None = None
    """ The constraint on a field's values. """
    value_list_id: int | None = None
    """ the associated value list (select lists) """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        is_unicity = self.is_unicity

        is_mandatory = self.is_mandatory

        constraint: dict[str, Any] | None = None
        if self.constraint is not None:
            constraint = self.constraint.to_dict()

        value_list_id = self.value_list_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "isUnicity": is_unicity,
                "isMandatory": is_mandatory,
            }
        )
        if constraint is not None:
            field_dict["constraint"] = constraint
        if value_list_id is not None:
            field_dict["valueListId"] = value_list_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        type_ = d.pop("type")

        name = d.pop("name")

        is_unicity = d.pop("isUnicity")

        is_mandatory = d.pop("isMandatory")

        _constraint = d.pop("constraint", None)
        constraint: FieldConstraint | None
        if _constraint is None:
            constraint = None
        else:
            constraint = FieldConstraint.from_dict(_constraint)

        value_list_id = d.pop("valueListId", None)

        field_definition = cls(
            type_=type_,
            name=name,
            is_unicity=is_unicity,
            is_mandatory=is_mandatory,
            constraint=constraint,
            value_list_id=value_list_id,
        )

        field_definition.additional_properties = d
        return field_definition

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


FieldDefinitionDict = TypedDict(
    "FieldDefinitionDict",
    {
        "type": "str",
        "name": "str",
        "isUnicity": "bool",
        "isMandatory": "bool",
        "constraint": "NotRequired[FieldConstraintDict]",
        "valueListId": "NotRequired[int]",
    },
)
"""The JSON members of `FieldDefinition` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.field_constraint import FieldConstraintDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.field_constraint import FieldConstraint  # noqa: E402
