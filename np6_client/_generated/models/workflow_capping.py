from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    NotRequired,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.workflow_capping_period import WorkflowCappingPeriod
    from ..models.workflow_expression import WorkflowExpression


T = TypeVar("T", bound="WorkflowCapping")


@_attrs_define(repr=False)
class WorkflowCapping:
    """A capping rule of a workflow."""

    key: WorkflowExpression | None = None
    """ A scripting expression; the variant printed in the reference is a literal expression. `type` is a
    discriminator whose values are not printed in the public reference; it is kept a plain string and the object
    stays open. """
    increment: int | None = None
    """ Amount added to the counter """
    threshold: int | None = None
    """ Limit used for the capping decision """
    period: WorkflowCappingPeriod | None = None
    """ Time window of the capping decision. `type` is a discriminator whose values are not printed in the public
    reference; it is kept a plain string and the object stays open. """
    nodes: list[str] | None = None
    """ Ids of the capped nodes """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        key: dict[str, Any] | None = None
        if self.key is not None:
            key = self.key.to_dict()

        increment = self.increment

        threshold = self.threshold

        period: dict[str, Any] | None = None
        if self.period is not None:
            period = self.period.to_dict()

        nodes: list[str] | None = None
        if self.nodes is not None:
            nodes = self.nodes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not None:
            field_dict["key"] = key
        if increment is not None:
            field_dict["increment"] = increment
        if threshold is not None:
            field_dict["threshold"] = threshold
        if period is not None:
            field_dict["period"] = period
        if nodes is not None:
            field_dict["nodes"] = nodes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _key = d.pop("key", None)
        key: WorkflowExpression | None
        if _key is None:
            key = None
        else:
            key = WorkflowExpression.from_dict(_key)

        increment = d.pop("increment", None)

        threshold = d.pop("threshold", None)

        _period = d.pop("period", None)
        period: WorkflowCappingPeriod | None
        if _period is None:
            period = None
        else:
            period = WorkflowCappingPeriod.from_dict(_period)

        _nodes = d.pop("nodes", None)
        if not isinstance(_nodes, list) and _nodes is not None:
            raise TypeError(f"expected a JSON array, not {type(_nodes).__name__}")
        nodes = cast(list[str], _nodes)

        workflow_capping = cls(
            key=key,
            increment=increment,
            threshold=threshold,
            period=period,
            nodes=nodes,
        )

        workflow_capping.additional_properties = d
        return workflow_capping

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


WorkflowCappingDict = TypedDict(
    "WorkflowCappingDict",
    {
        "key": "NotRequired[WorkflowExpressionDict]",
        "increment": "NotRequired[int]",
        "threshold": "NotRequired[int]",
        "period": "NotRequired[WorkflowCappingPeriodDict]",
        "nodes": "NotRequired[list[str]]",
    },
)
"""The JSON members of `WorkflowCapping` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.workflow_capping_period import WorkflowCappingPeriodDict
    from ..models.workflow_expression import WorkflowExpressionDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.workflow_capping_period import WorkflowCappingPeriod  # noqa: E402
from ..models.workflow_expression import WorkflowExpression  # noqa: E402
