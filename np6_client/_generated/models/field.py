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


T = TypeVar("T", bound="Field")


@_attrs_define(repr=False)
class Field:
    """A field of the account's contacts. `type` is a discriminator whose values are not listed in the public reference; it
    is kept a plain string so that a new value never breaks a reader. The reference does not say which members belong to
    which variant (`valueListId` may belong to one only), so the object stays open.

    """

    type_: str | None = None
    """ Discriminator """
    id: int | None = None
    name: str | None = None
    is_unicity: bool | None = None
    """ used in the unicity key """
    is_mandatory: bool | None = None
    is_criterion: bool | None = None
    """ usable as segmentation criterion """
    constraint: FieldConstraint | None = None
    """ The constraint on a field's values. """
    value_list_id: int | None = None
    """ associated value list id """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        name = self.name

        is_unicity = self.is_unicity

        is_mandatory = self.is_mandatory

        is_criterion = self.is_criterion

        constraint: dict[str, Any] | None = None
        if self.constraint is not None:
            constraint = self.constraint.to_dict()

        value_list_id = self.value_list_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if id is not None:
            field_dict["id"] = id
        if name is not None:
            field_dict["name"] = name
        if is_unicity is not None:
            field_dict["isUnicity"] = is_unicity
        if is_mandatory is not None:
            field_dict["isMandatory"] = is_mandatory
        if is_criterion is not None:
            field_dict["isCriterion"] = is_criterion
        if constraint is not None:
            field_dict["constraint"] = constraint
        if value_list_id is not None:
            field_dict["valueListId"] = value_list_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        type_ = d.pop("type", None)

        id = d.pop("id", None)

        name = d.pop("name", None)

        is_unicity = d.pop("isUnicity", None)

        is_mandatory = d.pop("isMandatory", None)

        is_criterion = d.pop("isCriterion", None)

        _constraint = d.pop("constraint", None)
        constraint: FieldConstraint | None
        if _constraint is None:
            constraint = None
        else:
            constraint = FieldConstraint.from_dict(_constraint)

        value_list_id = d.pop("valueListId", None)

        field = cls(
            type_=type_,
            id=id,
            name=name,
            is_unicity=is_unicity,
            is_mandatory=is_mandatory,
            is_criterion=is_criterion,
            constraint=constraint,
            value_list_id=value_list_id,
        )

        field.additional_properties = d
        return field

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


FieldDict = TypedDict(
    "FieldDict",
    {
        "type": "NotRequired[str]",
        "id": "NotRequired[int]",
        "name": "NotRequired[str]",
        "isUnicity": "NotRequired[bool]",
        "isMandatory": "NotRequired[bool]",
        "isCriterion": "NotRequired[bool]",
        "constraint": "NotRequired[FieldConstraintDict]",
        "valueListId": "NotRequired[int]",
    },
)
"""The JSON members of `Field` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.field_constraint import FieldConstraintDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.field_constraint import FieldConstraint  # noqa: E402
