from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
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

T = TypeVar("T", bound="TargetNotification")


@_attrs_define(repr=False)
class TargetNotification:
    """A notification routed to a target. Partial in the public reference: its members are printed only up to
    `redirection`, so it stays open.

    """

    notification_key: int | None = None
    """ notification id """
    target: str | None = None
    """ target id """
    libelle: str | None = None
    """ notification label """
    dismiss: datetime.datetime | None = None
    """ dismiss date """
    activation: datetime.datetime | None = None
    """ activation date """
    redirection: datetime.datetime | None = None
    """ redirection date """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        notification_key = self.notification_key

        target = self.target

        libelle = self.libelle

        dismiss: None | str | None
        if self.dismiss is None:
            dismiss = None
        elif isinstance(self.dismiss, datetime.datetime):
            dismiss = self.dismiss.isoformat()
        else:
            dismiss = self.dismiss

        activation: None | str | None
        if self.activation is None:
            activation = None
        elif isinstance(self.activation, datetime.datetime):
            activation = self.activation.isoformat()
        else:
            activation = self.activation

        redirection: None | str | None
        if self.redirection is None:
            redirection = None
        elif isinstance(self.redirection, datetime.datetime):
            redirection = self.redirection.isoformat()
        else:
            redirection = self.redirection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notification_key is not None:
            field_dict["notification_key"] = notification_key
        if target is not None:
            field_dict["target"] = target
        if libelle is not None:
            field_dict["libelle"] = libelle
        if dismiss is not None:
            field_dict["dismiss"] = dismiss
        if activation is not None:
            field_dict["activation"] = activation
        if redirection is not None:
            field_dict["redirection"] = redirection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        notification_key = d.pop("notification_key", None)

        target = d.pop("target", None)

        libelle = d.pop("libelle", None)

        def _parse_dismiss(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dismiss_type_0 = datetime.datetime.fromisoformat(data)

                return dismiss_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        dismiss = _parse_dismiss(d.pop("dismiss", None))

        def _parse_activation(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                activation_type_0 = datetime.datetime.fromisoformat(data)

                return activation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        activation = _parse_activation(d.pop("activation", None))

        def _parse_redirection(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                redirection_type_0 = datetime.datetime.fromisoformat(data)

                return redirection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        redirection = _parse_redirection(d.pop("redirection", None))

        target_notification = cls(
            notification_key=notification_key,
            target=target,
            libelle=libelle,
            dismiss=dismiss,
            activation=activation,
            redirection=redirection,
        )

        target_notification.additional_properties = d
        return target_notification

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


TargetNotificationDict = TypedDict(
    "TargetNotificationDict",
    {
        "notification_key": "NotRequired[int]",
        "target": "NotRequired[str]",
        "libelle": "NotRequired[str]",
        "dismiss": "NotRequired[str | datetime.datetime | None]",
        "activation": "NotRequired[str | datetime.datetime | None]",
        "redirection": "NotRequired[str | datetime.datetime | None]",
    },
)
"""The JSON members of `TargetNotification` as a plain mapping; unlisted members go through the model."""
