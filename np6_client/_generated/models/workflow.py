from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    NotRequired,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_state import WorkflowState
from ..types import model_repr

if TYPE_CHECKING:
    from ..models.workflow_capping import WorkflowCapping
    from ..models.workflow_listener import WorkflowListener
    from ..models.workflow_node import WorkflowNode
    from ..models.workflow_scripting import WorkflowScripting
    from ..models.workflow_settings import WorkflowSettings
    from ..models.workflow_task import WorkflowTask


T = TypeVar("T", bound="Workflow")


@_attrs_define(repr=False)
class Workflow:
    """A scripting workflow. Partial in the public reference: `nodes` and `tasks` are known from the request samples and
    from the nodes and tasks operations, so the object stays open.

    """

    id: int | None = None
    """ Workflow id """
    name: str | None = None
    description: str | None = None
    state: WorkflowState | None = None
    """ Workflow state """
    creation_date: datetime.datetime | None = None
    """ Creation date """
    update_date: datetime.datetime | None = None
    """ Last update date """
    scripting: WorkflowScripting | None = None
    """ Script settings of a workflow. `version` is a discriminator whose values are not printed in the public
    reference; it is kept a plain string and the object stays open. """
    settings: WorkflowSettings | None = None
    """ Free-form workflow settings """
    listeners: list[WorkflowListener] | None = None
    capping: list[WorkflowCapping] | None = None
    nodes: list[WorkflowNode] | None = None
    tasks: list[WorkflowTask] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        state: int | None = None
        if self.state is not None:
            state = self.state.value

        creation_date: str | None = None
        if self.creation_date is not None:
            creation_date = self.creation_date.isoformat()

        update_date: str | None = None
        if self.update_date is not None:
            update_date = self.update_date.isoformat()

        scripting: dict[str, Any] | None = None
        if self.scripting is not None:
            scripting = self.scripting.to_dict()

        settings: dict[str, Any] | None = None
        if self.settings is not None:
            settings = self.settings.to_dict()

        listeners: list[dict[str, Any]] | None = None
        if self.listeners is not None:
            listeners = []
            for listeners_item_data in self.listeners:
                listeners_item = listeners_item_data.to_dict()
                listeners.append(listeners_item)

        capping: list[dict[str, Any]] | None = None
        if self.capping is not None:
            capping = []
            for capping_item_data in self.capping:
                capping_item = capping_item_data.to_dict()
                capping.append(capping_item)

        nodes: list[dict[str, Any]] | None = None
        if self.nodes is not None:
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item = nodes_item_data.to_dict()
                nodes.append(nodes_item)

        tasks: list[dict[str, Any]] | None = None
        if self.tasks is not None:
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if name is not None:
            field_dict["name"] = name
        if description is not None:
            field_dict["description"] = description
        if state is not None:
            field_dict["state"] = state
        if creation_date is not None:
            field_dict["creationDate"] = creation_date
        if update_date is not None:
            field_dict["updateDate"] = update_date
        if scripting is not None:
            field_dict["scripting"] = scripting
        if settings is not None:
            field_dict["settings"] = settings
        if listeners is not None:
            field_dict["listeners"] = listeners
        if capping is not None:
            field_dict["capping"] = capping
        if nodes is not None:
            field_dict["nodes"] = nodes
        if tasks is not None:
            field_dict["tasks"] = tasks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        id = d.pop("id", None)

        name = d.pop("name", None)

        description = d.pop("description", None)

        _state = d.pop("state", None)
        state: WorkflowState | None
        if _state is None:
            state = None
        else:
            state = WorkflowState.from_raw(_state)

        _creation_date = d.pop("creationDate", None)
        creation_date: datetime.datetime | None
        if _creation_date is None:
            creation_date = None
        else:
            creation_date = datetime.datetime.fromisoformat(_creation_date)

        _update_date = d.pop("updateDate", None)
        update_date: datetime.datetime | None
        if _update_date is None:
            update_date = None
        else:
            update_date = datetime.datetime.fromisoformat(_update_date)

        _scripting = d.pop("scripting", None)
        scripting: WorkflowScripting | None
        if _scripting is None:
            scripting = None
        else:
            scripting = WorkflowScripting.from_dict(_scripting)

        _settings = d.pop("settings", None)
        settings: WorkflowSettings | None
        if _settings is None:
            settings = None
        else:
            settings = WorkflowSettings.from_dict(_settings)

        _listeners = d.pop("listeners", None)
        listeners: list[WorkflowListener] | None = None
        if _listeners is not None:
            if not isinstance(_listeners, list):
                raise TypeError(
                    f"expected a JSON array, not {type(_listeners).__name__}"
                )
            listeners = []
            for listeners_item_data in _listeners:
                listeners_item = WorkflowListener.from_dict(listeners_item_data)

                listeners.append(listeners_item)

        _capping = d.pop("capping", None)
        capping: list[WorkflowCapping] | None = None
        if _capping is not None:
            if not isinstance(_capping, list):
                raise TypeError(f"expected a JSON array, not {type(_capping).__name__}")
            capping = []
            for capping_item_data in _capping:
                capping_item = WorkflowCapping.from_dict(capping_item_data)

                capping.append(capping_item)

        _nodes = d.pop("nodes", None)
        nodes: list[WorkflowNode] | None = None
        if _nodes is not None:
            if not isinstance(_nodes, list):
                raise TypeError(f"expected a JSON array, not {type(_nodes).__name__}")
            nodes = []
            for nodes_item_data in _nodes:
                nodes_item = WorkflowNode.from_dict(nodes_item_data)

                nodes.append(nodes_item)

        _tasks = d.pop("tasks", None)
        tasks: list[WorkflowTask] | None = None
        if _tasks is not None:
            if not isinstance(_tasks, list):
                raise TypeError(f"expected a JSON array, not {type(_tasks).__name__}")
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = WorkflowTask.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        workflow = cls(
            id=id,
            name=name,
            description=description,
            state=state,
            creation_date=creation_date,
            update_date=update_date,
            scripting=scripting,
            settings=settings,
            listeners=listeners,
            capping=capping,
            nodes=nodes,
            tasks=tasks,
        )

        workflow.additional_properties = d
        return workflow

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


WorkflowDict = TypedDict(
    "WorkflowDict",
    {
        "id": "NotRequired[int]",
        "name": "NotRequired[str]",
        "description": "NotRequired[str]",
        "state": "NotRequired[WorkflowState | Literal[0, 1]]",
        "creationDate": "NotRequired[str | datetime.datetime]",
        "updateDate": "NotRequired[str | datetime.datetime]",
        "scripting": "NotRequired[WorkflowScriptingDict]",
        "settings": "NotRequired[WorkflowSettingsDict]",
        "listeners": "NotRequired[list[WorkflowListenerDict]]",
        "capping": "NotRequired[list[WorkflowCappingDict]]",
        "nodes": "NotRequired[list[WorkflowNodeDict]]",
        "tasks": "NotRequired[list[WorkflowTaskDict]]",
    },
)
"""The JSON members of `Workflow` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.workflow_capping import WorkflowCappingDict
    from ..models.workflow_listener import WorkflowListenerDict
    from ..models.workflow_node import WorkflowNodeDict
    from ..models.workflow_scripting import WorkflowScriptingDict
    from ..models.workflow_settings import WorkflowSettingsDict
    from ..models.workflow_task import WorkflowTaskDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.workflow_capping import WorkflowCapping  # noqa: E402
from ..models.workflow_listener import WorkflowListener  # noqa: E402
from ..models.workflow_node import WorkflowNode  # noqa: E402
from ..models.workflow_scripting import WorkflowScripting  # noqa: E402
from ..models.workflow_settings import WorkflowSettings  # noqa: E402
from ..models.workflow_task import WorkflowTask  # noqa: E402
