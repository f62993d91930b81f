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
    from ..models.subscription_contact import SubscriptionContact
    from ..models.subscription_lifecycle import SubscriptionLifecycle
    from ..models.subscription_provider import SubscriptionProvider


T = TypeVar("T", bound="Subscription")


@_attrs_define(repr=False)
class Subscription:
    """A push subscription of a contact to an application."""

    id: UUID | None = None
    lifecycle: SubscriptionLifecycle | None = None
    """ The lifecycle of a subscription. """
    application: UUID | None = None
    """ application the subscription belongs to """
    provider: SubscriptionProvider | None = None
    """ The push provider of a subscription. `type` is a discriminator (`firebase` in the reference's examples); it
    is kept a plain string so that a new value never breaks a reader. Partial in the public reference, so it stays
    open. """
    contact: SubscriptionContact | None = None
    """ The contact of a subscription. `type` is a discriminator (`footprint` in the reference's examples); it is
    kept a plain string so that a new value never breaks a reader. `value` is printed for the first variant shown;
    the footprint example carries `id`, `unicity` and `hash`. Partial in the public reference, so it stays open. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id: str | None = None
        if self.id is not None:
            id = str(self.id)

        lifecycle: dict[str, Any] | None = None
        if self.lifecycle is not None:
            lifecycle = self.lifecycle.to_dict()

        application: str | None = None
        if self.application is not None:
            application = str(self.application)

        provider: dict[str, Any] | None = None
        if self.provider is not None:
            provider = self.provider.to_dict()

        contact: dict[str, Any] | None = None
        if self.contact is not None:
            contact = self.contact.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if lifecycle is not None:
            field_dict["lifecycle"] = lifecycle
        if application is not None:
            field_dict["application"] = application
        if provider is not None:
            field_dict["provider"] = provider
        if contact is not None:
            field_dict["contact"] = contact

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

        _lifecycle = d.pop("lifecycle", None)
        lifecycle: SubscriptionLifecycle | None
        if _lifecycle is None:
            lifecycle = None
        else:
            lifecycle = SubscriptionLifecycle.from_dict(_lifecycle)

        _application = d.pop("application", None)
        application: UUID | None
        if _application is None:
            application = None
        else:
            application = UUID(_application)

        _provider = d.pop("provider", None)
        provider: SubscriptionProvider | None
        if _provider is None:
            provider = None
        else:
            provider = SubscriptionProvider.from_dict(_provider)

        _contact = d.pop("contact", None)
        contact: SubscriptionContact | None
        if _contact is None:
            contact = None
        else:
            contact = SubscriptionContact.from_dict(_contact)

        subscription = cls(
            id=id,
            lifecycle=lifecycle,
            application=application,
            provider=provider,
            contact=contact,
        )

        subscription.additional_properties = d
        return subscription

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


SubscriptionDict = TypedDict(
    "SubscriptionDict",
    {
        "id": "NotRequired[str | UUID]",
        "lifecycle": "NotRequired[SubscriptionLifecycleDict]",
        "application": "NotRequired[str | UUID]",
        "provider": "NotRequired[SubscriptionProviderDict]",
        "contact": "NotRequired[SubscriptionContactDict]",
    },
)
"""The JSON members of `Subscription` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.subscription_contact import SubscriptionContactDict
    from ..models.subscription_lifecycle import SubscriptionLifecycleDict
    from ..models.subscription_provider import SubscriptionProviderDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.subscription_contact import SubscriptionContact  # noqa: E402
from ..models.subscription_lifecycle import SubscriptionLifecycle  # noqa: E402
from ..models.subscription_provider import SubscriptionProvider  # noqa: E402
