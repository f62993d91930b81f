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
    from ..models.notifiable_application_value import NotifiableApplicationValue


T = TypeVar("T", bound="NotifiableApplicationChannel")


@_attrs_define(repr=False)
class NotifiableApplicationChannel:
    """An existing application channel for display behaviour."""

    name: str | None = None
    value: NotifiableApplicationValue | None = None
    """ Value of a route or channel. `type` is a discriminator (`literal` in the reference's examples); it is kept a
    plain string and the object stays open. """
    default: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value: dict[str, Any] | None = None
        if self.value is not None:
            value = self.value.to_dict()

        default = self.default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not None:
            field_dict["name"] = name
        if value is not None:
            field_dict["value"] = value
        if default is not None:
            field_dict["default"] = default

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        name = d.pop("name", None)

        _value = d.pop("value", None)
        value: NotifiableApplicationValue | None
        if _value is None:
            value = None
        else:
            value = NotifiableApplicationValue.from_dict(_value)

        default = d.pop("default", None)

        notifiable_application_channel = cls(
            name=name,
            value=value,
            default=default,
        )

        notifiable_application_channel.additional_properties = d
        return notifiable_application_channel

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


NotifiableApplicationChannelDict = TypedDict(
    "NotifiableApplicationChannelDict",
    {
        "name": "NotRequired[str]",
        "value": "NotRequired[NotifiableApplicationValueDict]",
        "default": "NotRequired[bool]",
    },
)
"""The JSON members of `NotifiableApplicationChannel` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.notifiable_application_value import NotifiableApplicationValueDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.notifiable_application_value import NotifiableApplicationValue  # noqa: E402
