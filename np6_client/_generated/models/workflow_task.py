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
    from ..models.workflow_task_provider import WorkflowTaskProvider
    from ..models.workflow_task_scheduler import WorkflowTaskScheduler


T = TypeVar("T", bound="WorkflowTask")


@_attrs_define(repr=False)
class WorkflowTask:
    """A scheduled task of a workflow."""

    id: str | None = None
    name: str | None = None
    description: str | None = None
    schedulers: list[WorkflowTaskScheduler] | None = None
    provider: WorkflowTaskProvider | None = None
    """ Data provider feeding the task. `type` is a discriminator whose values are not printed in the public
    reference; it is kept a plain string and the object stays open. """
    handler: str | None = None
    """ Id of the node that handles the task """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        schedulers: list[dict[str, Any]] | None = None
        if self.schedulers is not None:
            schedulers = []
            for schedulers_item_data in self.schedulers:
                schedulers_item = schedulers_item_data.to_dict()
                schedulers.append(schedulers_item)

        provider: dict[str, Any] | None = None
        if self.provider is not None:
            provider = self.provider.to_dict()

        handler = self.handler

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if name is not None:
            field_dict["name"] = name
        if description is not None:
            field_dict["description"] = description
        if schedulers is not None:
            field_dict["schedulers"] = schedulers
        if provider is not None:
            field_dict["provider"] = provider
        if handler is not None:
            field_dict["handler"] = handler

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        id = d.pop("id", None)

        name = d.pop("name", None)

        description = d.pop("description", None)

        _schedulers = d.pop("schedulers", None)
        schedulers: list[WorkflowTaskScheduler] | None = None
        if _schedulers is not None:
            if not isinstance(_schedulers, list):
                raise TypeError(
                    f"expected a JSON array, not {type(_schedulers).__name__}"
                )
            schedulers = []
            for schedulers_item_data in _schedulers:
                schedulers_item = WorkflowTaskScheduler.from_dict(schedulers_item_data)

                schedulers.append(schedulers_item)

        _provider = d.pop("provider", None)
        provider: WorkflowTaskProvider | None
        if _provider is None:
            provider = None
        else:
            provider = WorkflowTaskProvider.from_dict(_provider)

        handler = d.pop("handler", None)

        workflow_task = cls(
            id=id,
            name=name,
            description=description,
            schedulers=schedulers,
            provider=provider,
            handler=handler,
        )

        workflow_task.additional_properties = d
        return workflow_task

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


WorkflowTaskDict = TypedDict(
    "WorkflowTaskDict",
    {
        "id": "NotRequired[str]",
        "name": "NotRequired[str]",
        "description": "NotRequired[str]",
        "schedulers": "NotRequired[list[WorkflowTaskSchedulerDict]]",
        "provider": "NotRequired[WorkflowTaskProviderDict]",
        "handler": "NotRequired[str]",
    },
)
"""The JSON members of `WorkflowTask` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.workflow_task_provider import WorkflowTaskProviderDict
    from ..models.workflow_task_scheduler import WorkflowTaskSchedulerDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.workflow_task_provider import WorkflowTaskProvider  # noqa: E402
from ..models.workflow_task_scheduler import WorkflowTaskScheduler  # noqa: E402
