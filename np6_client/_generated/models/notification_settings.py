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
    from ..models.notification_settings_expiration import NotificationSettingsExpiration
    from ..models.notification_settings_mp import NotificationSettingsMp
    from ..models.notification_settings_purpose import NotificationSettingsPurpose


T = TypeVar("T", bound="NotificationSettings")


@_attrs_define(repr=False)
class NotificationSettings:
    """Notification settings. Partial in the public reference: the shapes of `purpose`, `expiration` and `mp` are not
    printed, so they and the object stay open.

    """

    urgent: bool | None = None
    """ Urgency flag, false by default """
    purpose: NotificationSettingsPurpose | None = None
    """ Marketing or Service; Marketing by default """
    expiration: NotificationSettingsExpiration | None = None
    """ Expiration settings """
    mp: NotificationSettingsMp | None = None
    """ Marketing pressure settings """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        urgent = self.urgent

        purpose: dict[str, Any] | None = None
        if self.purpose is not None:
            purpose = self.purpose.to_dict()

        expiration: dict[str, Any] | None = None
        if self.expiration is not None:
            expiration = self.expiration.to_dict()

        mp: dict[str, Any] | None = None
        if self.mp is not None:
            mp = self.mp.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if urgent is not None:
            field_dict["urgent"] = urgent
        if purpose is not None:
            field_dict["purpose"] = purpose
        if expiration is not None:
            field_dict["expiration"] = expiration
        if mp is not None:
            field_dict["mp"] = mp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.notification_settings_expiration import (
            NotificationSettingsExpiration,
        )

        d = dict(src_dict)
        urgent = d.pop("urgent", None)

        _purpose = d.pop("purpose", None)
        purpose: NotificationSettingsPurpose | None
        if _purpose is None:
            purpose = None
        else:
            purpose = NotificationSettingsPurpose.from_dict(_purpose)

        _expiration = d.pop("expiration", None)
        expiration: NotificationSettingsExpiration | None
        if _expiration is None:
            expiration = None
        else:
            expiration = NotificationSettingsExpiration.from_dict(_expiration)

        _mp = d.pop("mp", None)
        mp: NotificationSettingsMp | None
        if _mp is None:
            mp = None
        else:
            mp = NotificationSettingsMp.from_dict(_mp)

        notification_settings = cls(
            urgent=urgent,
            purpose=purpose,
            expiration=expiration,
            mp=mp,
        )

        notification_settings.additional_properties = d
        return notification_settings

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


NotificationSettingsDict = TypedDict(
    "NotificationSettingsDict",
    {
        "urgent": "NotRequired[bool]",
        "purpose": "NotRequired[NotificationSettingsPurposeDict]",
        "expiration": "NotRequired[NotificationSettingsExpirationDict]",
        "mp": "NotRequired[NotificationSettingsMpDict]",
    },
)
"""The JSON members of `NotificationSettings` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.notification_settings_expiration import (
        NotificationSettingsExpirationDict,
    )
    from ..models.notification_settings_mp import NotificationSettingsMpDict
    from ..models.notification_settings_purpose import NotificationSettingsPurposeDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.notification_settings_mp import NotificationSettingsMp  # noqa: E402
from ..models.notification_settings_purpose import NotificationSettingsPurpose  # noqa: E402
