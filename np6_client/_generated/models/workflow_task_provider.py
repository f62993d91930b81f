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
    from ..models.workflow_task_provider_projection import (
        WorkflowTaskProviderProjection,
    )
    from ..models.workflow_task_provider_value import WorkflowTaskProviderValue


T = TypeVar("T", bound="WorkflowTaskProvider")


@_attrs_define(repr=False)
class WorkflowTaskProvider:
    """Data provider feeding the task. `type` is a discriminator whose values are not printed in the public reference; it
    is kept a plain string and the object stays open.

    """

    type_: str | None = None
    """ Discriminator """
    value: WorkflowTaskProviderValue | None = None
    """ Underlying search definition """
    projection: WorkflowTaskProviderProjection | None = None
    """ Context data passed to the workflow """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value: dict[str, Any] | None = None
        if self.value is not None:
            value = self.value.to_dict()

        projection: dict[str, Any] | None = None
        if self.projection is not None:
            projection = self.projection.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if value is not None:
            field_dict["value"] = value
        if projection is not None:
            field_dict["projection"] = projection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_task_provider_projection import (
            WorkflowTaskProviderProjection,
        )

        d = dict(src_dict)
        type_ = d.pop("type", None)

        _value = d.pop("value", None)
        value: WorkflowTaskProviderValue | None
        if _value is None:
            value = None
        else:
            value = WorkflowTaskProviderValue.from_dict(_value)

        _projection = d.pop("projection", None)
        projection: WorkflowTaskProviderProjection | None
        if _projection is None:
            projection = None
        else:
            projection = WorkflowTaskProviderProjection.from_dict(_projection)

        workflow_task_provider = cls(
            type_=type_,
            value=value,
            projection=projection,
        )

        workflow_task_provider.additional_properties = d
        return workflow_task_provider

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


WorkflowTaskProviderDict = TypedDict(
    "WorkflowTaskProviderDict",
    {
        "type": "NotRequired[str]",
        "value": "NotRequired[WorkflowTaskProviderValueDict]",
        "projection": "NotRequired[WorkflowTaskProviderProjectionDict]",
    },
)
"""The JSON members of `WorkflowTaskProvider` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.workflow_task_provider_projection import (
        WorkflowTaskProviderProjectionDict,
    )
    from ..models.workflow_task_provider_value import WorkflowTaskProviderValueDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.workflow_task_provider_value import WorkflowTaskProviderValue  # noqa: E402
