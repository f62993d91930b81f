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

from ..models.workflow_capping_period_unit import WorkflowCappingPeriodUnit
from ..types import model_repr

T = TypeVar("T", bound="WorkflowCappingPeriod")


@_attrs_define(repr=False)
class WorkflowCappingPeriod:
    """Time window of the capping decision. `type` is a discriminator whose values are not printed in the public reference;
    it is kept a plain string and the object stays open.

    """

    type_: str | None = None
    """ Discriminator """
    unit: WorkflowCappingPeriodUnit | None = None
    value: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        unit: str | None = None
        if self.unit is not None:
            unit = self.unit.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if unit is not None:
            field_dict["unit"] = unit
        if value is not None:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", None)

        _unit = d.pop("unit", None)
        unit: WorkflowCappingPeriodUnit | None
        if _unit is None:
            unit = None
        else:
            unit = WorkflowCappingPeriodUnit.from_raw(_unit)

        value = d.pop("value", None)

        workflow_capping_period = cls(
            type_=type_,
            unit=unit,
            value=value,
        )

        workflow_capping_period.additional_properties = d
        return workflow_capping_period

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


WorkflowCappingPeriodDict = TypedDict(
    "WorkflowCappingPeriodDict",
    {
        "type": "NotRequired[str]",
        "unit": "NotRequired[WorkflowCappingPeriodUnit | Literal['MILLISECOND', 'SECOND', 'MINUTE', 'HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR']]",
        "value": "NotRequired[int]",
    },
)
"""The JSON members of `WorkflowCappingPeriod` as a plain mapping; unlisted members go through the model."""
