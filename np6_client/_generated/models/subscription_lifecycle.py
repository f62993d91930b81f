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
    from ..models.subscription_lifecycle_event import SubscriptionLifecycleEvent
    from ..models.subscription_lifecycle_modification import (
        SubscriptionLifecycleModification,
    )


T = TypeVar("T", bound="SubscriptionLifecycle")


@_attrs_define(repr=False)
class SubscriptionLifecycle:
    """The lifecycle of a subscription."""

    creation: SubscriptionLifecycleEvent | None = None
    """ creation info """
    modification: SubscriptionLifecycleModification | None = None
    """ modification info. Its members are not printed in the public reference, so it stays open. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        creation: dict[str, Any] | None = None
        if self.creation is not None:
            creation = self.creation.to_dict()

        modification: dict[str, Any] | None = None
        if self.modification is not None:
            modification = self.modification.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if creation is not None:
            field_dict["creation"] = creation
        if modification is not None:
            field_dict["modification"] = modification

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.subscription_lifecycle_modification import (
            SubscriptionLifecycleModification,
        )

        d = dict(src_dict)
        _creation = d.pop("creation", None)
        creation: SubscriptionLifecycleEvent | None
        if _creation is None:
            creation = None
        else:
            creation = SubscriptionLifecycleEvent.from_dict(_creation)

        _modification = d.pop("modification", None)
        modification: SubscriptionLifecycleModification | None
        if _modification is None:
            modification = None
        else:
            modification = SubscriptionLifecycleModification.from_dict(_modification)

        subscription_lifecycle = cls(
            creation=creation,
            modification=modification,
        )

        subscription_lifecycle.additional_properties = d
        return subscription_lifecycle

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


SubscriptionLifecycleDict = TypedDict(
    "SubscriptionLifecycleDict",
    {
        "creation": "NotRequired[SubscriptionLifecycleEventDict]",
        "modification": "NotRequired[SubscriptionLifecycleModificationDict]",
    },
)
"""The JSON members of `SubscriptionLifecycle` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.subscription_lifecycle_event import SubscriptionLifecycleEventDict
    from ..models.subscription_lifecycle_modification import (
        SubscriptionLifecycleModificationDict,
    )


# Imported after the class so that models referring to each other import cleanly.
from ..models.subscription_lifecycle_event import SubscriptionLifecycleEvent  # noqa: E402
