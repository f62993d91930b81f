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
    from ..models.workflow_listener_event import WorkflowListenerEvent


T = TypeVar("T", bound="WorkflowListener")


@_attrs_define(repr=False)
class WorkflowListener:
    """A listener of a workflow."""

    id: str | None = None
    name: str | None = None
    description: str | None = None
    event: WorkflowListenerEvent | None = None
    """ Event the listener reacts to (`{type: string}` in the reference's sample); its members are not printed, so
    it stays open. """
    handler: str | None = None
    """ Id of the node that handles the event """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        event: dict[str, Any] | None = None
        if self.event is not None:
            event = self.event.to_dict()

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
        if event is not None:
            field_dict["event"] = event
        if handler is not None:
            field_dict["handler"] = handler

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        id = d.pop("id", None)

        name = d.pop("name", None)

        description = d.pop("description", None)

        _event = d.pop("event", None)
        event: WorkflowListenerEvent | None
        if _event is None:
            event = None
        else:
            event = WorkflowListenerEvent.from_dict(_event)

        handler = d.pop("handler", None)

        workflow_listener = cls(
            id=id,
            name=name,
            description=description,
            event=event,
            handler=handler,
        )

        workflow_listener.additional_properties = d
        return workflow_listener

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


WorkflowListenerDict = TypedDict(
    "WorkflowListenerDict",
    {
        "id": "NotRequired[str]",
        "name": "NotRequired[str]",
        "description": "NotRequired[str]",
        "event": "NotRequired[WorkflowListenerEventDict]",
        "handler": "NotRequired[str]",
    },
)
"""The JSON members of `WorkflowListener` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.workflow_listener_event import WorkflowListenerEventDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.workflow_listener_event import WorkflowListenerEvent  # noqa: E402
