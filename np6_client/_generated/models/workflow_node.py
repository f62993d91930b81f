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

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.workflow_expression import WorkflowExpression
    from ..models.workflow_node_flow import WorkflowNodeFlow
    from ..models.workflow_node_settings import WorkflowNodeSettings


T = TypeVar("T", bound="WorkflowNode")


@_attrs_define(repr=False)
class WorkflowNode:
    """A node of a workflow. `type` is the discriminator; the values listed in the reference are publish, request, script,
    sendMail, sendSms, sms, sleep, wait, wait.kill, updateTarget, multipleslots, sendpushapp, data-manager/pipeline,
    data-table/pipeline, np6.notification/execution, if, match, sample, split, switch, wait.race, wait.all,
    conditionaltimeslots, data-explorer-v2.match and terminal. It is kept a plain string so that a new node type never
    breaks a reader. Partial in the public reference: the members printed are those of the first variant; members of the
    other variants (and an optional rationale text) stay open.

    """

    type_: str | Unset = UNSET
    """ Discriminator """
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    default: bool | Unset = UNSET
    """ Whether the node can be an entry point """
    settings: WorkflowNodeSettings | Unset = UNSET
    """ Node settings """
    next_: str | Unset = UNSET
    """ Id of the next node to run """
    event: WorkflowExpression | Unset = UNSET
    """ A scripting expression; the variant printed in the reference is a literal expression. `type` is a
    discriminator whose values are not printed in the public reference; it is kept a plain string and the object
    stays open. """
    data: WorkflowExpression | Unset = UNSET
    """ A scripting expression; the variant printed in the reference is a literal expression. `type` is a
    discriminator whose values are not printed in the public reference; it is kept a plain string and the object
    stays open. """
    flow: WorkflowNodeFlow | Unset = UNSET
    """ Control flow of the node. `type` is a discriminator whose values are not printed in the public reference, so
    the object stays open. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        name = self.name

        description = self.description

        default = self.default

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        next_ = self.next_

        event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        flow: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flow, Unset):
            flow = self.flow.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if default is not UNSET:
            field_dict["default"] = default
        if settings is not UNSET:
            field_dict["settings"] = settings
        if next_ is not UNSET:
            field_dict["next"] = next_
        if event is not UNSET:
            field_dict["event"] = event
        if data is not UNSET:
            field_dict["data"] = data
        if flow is not UNSET:
            field_dict["flow"] = flow

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        default = d.pop("default", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: WorkflowNodeSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = WorkflowNodeSettings.from_dict(_settings)

        next_ = d.pop("next", UNSET)

        _event = d.pop("event", UNSET)
        event: WorkflowExpression | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = WorkflowExpression.from_dict(_event)

        _data = d.pop("data", UNSET)
        data: WorkflowExpression | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = WorkflowExpression.from_dict(_data)

        _flow = d.pop("flow", UNSET)
        flow: WorkflowNodeFlow | Unset
        if isinstance(_flow, Unset):
            flow = UNSET
        else:
            flow = WorkflowNodeFlow.from_dict(_flow)

        workflow_node = cls(
            type_=type_,
            id=id,
            name=name,
            description=description,
            default=default,
            settings=settings,
            next_=next_,
            event=event,
            data=data,
            flow=flow,
        )

        workflow_node.additional_properties = d
        return workflow_node

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


WorkflowNodeDict = TypedDict(
    "WorkflowNodeDict",
    {
        "type": "NotRequired[str]",
        "id": "NotRequired[str]",
        "name": "NotRequired[str]",
        "description": "NotRequired[str]",
        "default": "NotRequired[bool]",
        "settings": "NotRequired[WorkflowNodeSettingsDict]",
        "next": "NotRequired[str]",
        "event": "NotRequired[WorkflowExpressionDict]",
        "data": "NotRequired[WorkflowExpressionDict]",
        "flow": "NotRequired[WorkflowNodeFlowDict]",
    },
)
"""The JSON members of `WorkflowNode` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.workflow_expression import WorkflowExpressionDict
    from ..models.workflow_node_flow import WorkflowNodeFlowDict
    from ..models.workflow_node_settings import WorkflowNodeSettingsDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.workflow_expression import WorkflowExpression  # noqa: E402
from ..models.workflow_node_flow import WorkflowNodeFlow  # noqa: E402
from ..models.workflow_node_settings import WorkflowNodeSettings  # noqa: E402
