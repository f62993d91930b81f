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
    from ..models.workflow_expression_value import WorkflowExpressionValue


T = TypeVar("T", bound="WorkflowExpression")


@_attrs_define(repr=False)
class WorkflowExpression:
    """A scripting expression; the variant printed in the reference is a literal expression. `type` is a discriminator
    whose values are not printed in the public reference; it is kept a plain string and the object stays open.

    """

    type_: str | None = None
    """ Discriminator """
    value: WorkflowExpressionValue | None = None
    """ Literal value """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value: dict[str, Any] | None = None
        if self.value is not None:
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if value is not None:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        type_ = d.pop("type", None)

        _value = d.pop("value", None)
        value: WorkflowExpressionValue | None
        if _value is None:
            value = None
        else:
            value = WorkflowExpressionValue.from_dict(_value)

        workflow_expression = cls(
            type_=type_,
            value=value,
        )

        workflow_expression.additional_properties = d
        return workflow_expression

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


WorkflowExpressionDict = TypedDict(
    "WorkflowExpressionDict",
    {
        "type": "NotRequired[str]",
        "value": "NotRequired[WorkflowExpressionValueDict]",
    },
)
"""The JSON members of `WorkflowExpression` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.workflow_expression_value import WorkflowExpressionValueDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.workflow_expression_value import WorkflowExpressionValue  # noqa: E402
