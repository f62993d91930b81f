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

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="TargetNotification")


@_attrs_define(repr=False)
class TargetNotification:
    """A notification routed to a target. Partial in the public reference: its members are printed only up to
    `redirection`, so it stays open.

    """

    notification_key: int | Unset = UNSET
    """ notification id """
    target: str | Unset = UNSET
    """ target id """
    libelle: str | Unset = UNSET
    """ notification label """
    dismiss: datetime.datetime | None | Unset = UNSET
    """ dismiss date """
    activation: datetime.datetime | None | Unset = UNSET
    """ activation date """
    redirection: datetime.datetime | None | Unset = UNSET
    """ redirection date """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        notification_key = self.notification_key

        target = self.target

        libelle = self.libelle

        dismiss: None | str | Unset
        if isinstance(self.dismiss, Unset):
            dismiss = UNSET
        elif isinstance(self.dismiss, datetime.datetime):
            dismiss = self.dismiss.isoformat()
        else:
            dismiss = self.dismiss

        activation: None | str | Unset
        if isinstance(self.activation, Unset):
            activation = UNSET
        elif isinstance(self.activation, datetime.datetime):
            activation = self.activation.isoformat()
        else:
            activation = self.activation

        redirection: None | str | Unset
        if isinstance(self.redirection, Unset):
            redirection = UNSET
        elif isinstance(self.redirection, datetime.datetime):
            redirection = self.redirection.isoformat()
        else:
            redirection = self.redirection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notification_key is not UNSET:
            field_dict["notification_key"] = notification_key
        if target is not UNSET:
            field_dict["target"] = target
        if libelle is not UNSET:
            field_dict["libelle"] = libelle
        if dismiss is not UNSET:
            field_dict["dismiss"] = dismiss
        if activation is not UNSET:
            field_dict["activation"] = activation
        if redirection is not UNSET:
            field_dict["redirection"] = redirection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        notification_key = d.pop("notification_key", UNSET)

        target = d.pop("target", UNSET)

        libelle = d.pop("libelle", UNSET)

        def _parse_dismiss(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dismiss_type_0 = datetime.datetime.fromisoformat(data)

                return dismiss_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        dismiss = _parse_dismiss(d.pop("dismiss", UNSET))

        def _parse_activation(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                activation_type_0 = datetime.datetime.fromisoformat(data)

                return activation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        activation = _parse_activation(d.pop("activation", UNSET))

        def _parse_redirection(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                redirection_type_0 = datetime.datetime.fromisoformat(data)

                return redirection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        redirection = _parse_redirection(d.pop("redirection", UNSET))

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
