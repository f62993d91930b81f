from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    NotRequired,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.field_constraint_operator import FieldConstraintOperator
from ..types import model_repr

T = TypeVar("T", bound="FieldConstraint")


@_attrs_define(repr=False)
class FieldConstraint:
    """The constraint on a field's values."""

    operator: FieldConstraintOperator | None = None
    value: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        operator: int | None = None
        if self.operator is not None:
            operator = self.operator.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operator is not None:
            field_dict["operator"] = operator
        if value is not None:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _operator = d.pop("operator", None)
        operator: FieldConstraintOperator | None
        if _operator is None:
            operator = None
        else:
            operator = FieldConstraintOperator.from_raw(_operator)

        value = d.pop("value", None)

        field_constraint = cls(
            operator=operator,
            value=value,
        )

        field_constraint.additional_properties = d
        return field_constraint

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


FieldConstraintDict = TypedDict(
    "FieldConstraintDict",
    {
        "operator": "NotRequired[FieldConstraintOperator | Literal[0, 1, 2, 3, 4, 5]]",
        "value": "NotRequired[str]",
    },
)
"""The JSON members of `FieldConstraint` as a plain mapping; unlisted members go through the model."""
