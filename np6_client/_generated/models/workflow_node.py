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

    type_: str | None = None
    """ Discriminator """
    id: str | None = None
    name: str | None = None
    description: str | None = None
    default: bool | None = None
    """ Whether the node can be an entry point """
    settings: WorkflowNodeSettings | None = None
    """ Node settings """
    next_: str | None = None
    """ Id of the next node to run """
    event: WorkflowExpression | None = None
    """ A scripting expression; the variant printed in the reference is a literal expression. `type` is a
    discriminator whose values are not printed in the public reference; it is kept a plain string and the object
    stays open. """
    data: WorkflowExpression | None = None
    """ A scripting expression; the variant printed in the reference is a literal expression. `type` is a
    discriminator whose values are not printed in the public reference; it is kept a plain string and the object
    stays open. """
    flow: WorkflowNodeFlow | None = None
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

        settings: dict[str, Any] | None = None
        if self.settings is not None:
            settings = self.settings.to_dict()

        next_ = self.next_

        event: dict[str, Any] | None = None
        if self.event is not None:
            event = self.event.to_dict()

        data: dict[str, Any] | None = None
        if self.data is not None:
            data = self.data.to_dict()

        flow: dict[str, Any] | None = None
        if self.flow is not None:
            flow = self.flow.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if id is not None:
            field_dict["id"] = id
        if name is not None:
            field_dict["name"] = name
        if description is not None:
            field_dict["description"] = description
        if default is not None:
            field_dict["default"] = default
        if settings is not None:
            field_dict["settings"] = settings
        if next_ is not None:
            field_dict["next"] = next_
        if event is not None:
            field_dict["event"] = event
        if data is not None:
            field_dict["data"] = data
        if flow is not None:
            field_dict["flow"] = flow

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        type_ = d.pop("type", None)

        id = d.pop("id", None)

        name = d.pop("name", None)

        description = d.pop("description", None)

        default = d.pop("default", None)

        _settings = d.pop("settings", None)
        settings: WorkflowNodeSettings | None
        if _settings is None:
            settings = None
        else:
            settings = WorkflowNodeSettings.from_dict(_settings)

        next_ = d.pop("next", None)

        _event = d.pop("event", None)
        event: WorkflowExpression | None
        if _event is None:
            event = None
        else:
            event = WorkflowExpression.from_dict(_event)

        _data = d.pop("data", None)
        data: WorkflowExpression | None
        if _data is None:
            data = None
        else:
            data = WorkflowExpression.from_dict(_data)

        _flow = d.pop("flow", None)
        flow: WorkflowNodeFlow | None
        if _flow is None:
            flow = None
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
