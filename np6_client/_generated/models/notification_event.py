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
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.event_identity import EventIdentity
    from ..models.event_source import EventSource


T = TypeVar("T", bound="NotificationEvent")


@_attrs_define(repr=False)
class NotificationEvent:
    """An event of a notification. `type` is the discriminator; the values seen in the reference are activation, execution,
    cancellation, bounce, hit, creation, modification, impression, suppression, optout, reply and complaint. It is kept
    a plain string so that a new event type never breaks a reader. Partial in the public reference: further members stay
    open.

    """

    type_: str | None = None
    """ Discriminator """
    id: UUID | None = None
    """ Uuid of the event """
    timestamp: int | None = None
    """ Publication timestamp of the event. This is the number of milliseconds elapsed since January 1, 1970
    00:00:00 UTC. """
    identity: EventIdentity | None = None
    """ Underlying identity of the event. `type` is a discriminator (`customer` in the reference's examples, with
    `agency` and `customer`); partial in the public reference, so it stays open. """
    source: EventSource | None = None
    """ Source of the event. `type` is a discriminator (`notification` in the reference's examples); partial in the
    public reference, so it stays open. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id: str | None = None
        if self.id is not None:
            id = str(self.id)

        timestamp = self.timestamp

        identity: dict[str, Any] | None = None
        if self.identity is not None:
            identity = self.identity.to_dict()

        source: dict[str, Any] | None = None
        if self.source is not None:
            source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if id is not None:
            field_dict["id"] = id
        if timestamp is not None:
            field_dict["timestamp"] = timestamp
        if identity is not None:
            field_dict["identity"] = identity
        if source is not None:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        type_ = d.pop("type", None)

        _id = d.pop("id", None)
        id: UUID | None
        if _id is None:
            id = None
        else:
            id = UUID(_id)

        timestamp = d.pop("timestamp", None)

        _identity = d.pop("identity", None)
        identity: EventIdentity | None
        if _identity is None:
            identity = None
        else:
            identity = EventIdentity.from_dict(_identity)

        _source = d.pop("source", None)
        source: EventSource | None
        if _source is None:
            source = None
        else:
            source = EventSource.from_dict(_source)

        notification_event = cls(
            type_=type_,
            id=id,
            timestamp=timestamp,
            identity=identity,
            source=source,
        )

        notification_event.additional_properties = d
        return notification_event

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


NotificationEventDict = TypedDict(
    "NotificationEventDict",
    {
        "type": "NotRequired[str]",
        "id": "NotRequired[str | UUID]",
        "timestamp": "NotRequired[int]",
        "identity": "NotRequired[EventIdentityDict]",
        "source": "NotRequired[EventSourceDict]",
    },
)
"""The JSON members of `NotificationEvent` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.event_identity import EventIdentityDict
    from ..models.event_source import EventSourceDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.event_identity import EventIdentity  # noqa: E402
from ..models.event_source import EventSource  # noqa: E402
