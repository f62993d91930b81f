from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
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

if TYPE_CHECKING:
    from ..models.subscription_user_type_0 import SubscriptionUserType0


T = TypeVar("T", bound="SubscriptionLifecycleEvent")


@_attrs_define(repr=False)
class SubscriptionLifecycleEvent:
    """creation info"""

    date: str | None = None
    """ date of the lifecycle event (example 2023-05-22T08:20:05.215Z) """
    user: None | SubscriptionUserType0 | None = None
    """ user behind the event (null in the reference's example) """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:

        date = self.date

        user: dict[str, Any] | None
        if self.user is None:
            user = None
        elif isinstance(self.user, SubscriptionUserType0):
            user = self.user.to_dict()
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not None:
            field_dict["date"] = date
        if user is not None:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        date = d.pop("date", None)

        def _parse_user(data: object) -> None | SubscriptionUserType0 | None:
            if data is None:
                return data
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_subscription_user_type_0 = (
                    SubscriptionUserType0.from_dict(data)
                )

                return componentsschemas_subscription_user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionUserType0 | None, data)

        user = _parse_user(d.pop("user", None))

        subscription_lifecycle_event = cls(
            date=date,
            user=user,
        )

        subscription_lifecycle_event.additional_properties = d
        return subscription_lifecycle_event

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


SubscriptionLifecycleEventDict = TypedDict(
    "SubscriptionLifecycleEventDict",
    {
        "date": "NotRequired[str]",
        "user": "NotRequired[SubscriptionUserType0Dict | None]",
    },
)
"""The JSON members of `SubscriptionLifecycleEvent` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.subscription_user_type_0 import SubscriptionUserType0Dict


# Imported after the class so that models referring to each other import cleanly.
from ..models.subscription_user_type_0 import SubscriptionUserType0  # noqa: E402
