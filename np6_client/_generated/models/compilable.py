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
    from ..models.compilable_value import CompilableValue
    from ..models.object_stamp import ObjectStamp


T = TypeVar("T", bound="Compilable")


@_attrs_define(repr=False)
class Compilable:
    """A scripting compilable. Partial in the public reference: members after `value.preview` are not printed, so the
    object stays open.

    """

    id: UUID | None = None
    """ Compilable id """
    name: str | None = None
    description: str | None = None
    state: str | None = None
    stamp: ObjectStamp | None = None
    """ Creation and last modification dates of a stored object. """
    value: CompilableValue | None = None
    """ Scriptable value describing the compilable. `type` is a discriminator whose values are not printed in the
    public reference; it is kept a plain string and the object stays open. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id: str | None = None
        if self.id is not None:
            id = str(self.id)

        name = self.name

        description = self.description

        state = self.state

        stamp: dict[str, Any] | None = None
        if self.stamp is not None:
            stamp = self.stamp.to_dict()

        value: dict[str, Any] | None = None
        if self.value is not None:
            value = self.value.to_dict()

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
        if stamp is not None:
            field_dict["stamp"] = stamp
        if value is not None:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _id = d.pop("id", None)
        id: UUID | None
        if _id is None:
            id = None
        else:
            id = UUID(_id)

        name = d.pop("name", None)

        description = d.pop("description", None)

        state = d.pop("state", None)

        _stamp = d.pop("stamp", None)
        stamp: ObjectStamp | None
        if _stamp is None:
            stamp = None
        else:
            stamp = ObjectStamp.from_dict(_stamp)

        _value = d.pop("value", None)
        value: CompilableValue | None
        if _value is None:
            value = None
        else:
            value = CompilableValue.from_dict(_value)

        compilable = cls(
            id=id,
            name=name,
            description=description,
            state=state,
            stamp=stamp,
            value=value,
        )

        compilable.additional_properties = d
        return compilable

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


CompilableDict = TypedDict(
    "CompilableDict",
    {
        "id": "NotRequired[str | UUID]",
        "name": "NotRequired[str]",
        "description": "NotRequired[str]",
        "state": "NotRequired[str]",
        "stamp": "NotRequired[ObjectStampDict]",
        "value": "NotRequired[CompilableValueDict]",
    },
)
"""The JSON members of `Compilable` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.compilable_value import CompilableValueDict
    from ..models.object_stamp import ObjectStampDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.compilable_value import CompilableValue  # noqa: E402
from ..models.object_stamp import ObjectStamp  # noqa: E402
