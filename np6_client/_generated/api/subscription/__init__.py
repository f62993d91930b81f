"""Operations of the NP6 menu group "subscription".

Each operation's module is imported on first use (`np6.subscription.<operation>` or this package's
attribute), so a client pays only for the operations it calls.
"""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import TYPE_CHECKING

from ...client import Client

if TYPE_CHECKING:
    from . import (
        delete_subscription,
        delete_target_subscriptions,
        delete_target_subscriptions_by_unicity_or_hash,
        find_target_subscriptions,
        get_subscription,
        list_target_subscriptions,
        upsert_subscription,
    )
    from .delete_subscription import DeleteSubscriptionOperation
    from .delete_target_subscriptions import DeleteTargetSubscriptionsOperation
    from .delete_target_subscriptions_by_unicity_or_hash import (
        DeleteTargetSubscriptionsByUnicityOrHashOperation,
    )
    from .find_target_subscriptions import FindTargetSubscriptionsOperation
    from .get_subscription import GetSubscriptionOperation
    from .list_target_subscriptions import ListTargetSubscriptionsOperation
    from .upsert_subscription import UpsertSubscriptionOperation

_OPERATIONS = frozenset(
    {
        "delete_subscription",
        "delete_target_subscriptions",
        "delete_target_subscriptions_by_unicity_or_hash",
        "find_target_subscriptions",
        "get_subscription",
        "list_target_subscriptions",
        "upsert_subscription",
    }
)


def __getattr__(name: str) -> object:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


class SubscriptionOperations:
    """`np6.subscription`: every operation of the group, bound to the client."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def delete_subscription(self) -> DeleteSubscriptionOperation:
        from .delete_subscription import DeleteSubscriptionOperation

        return DeleteSubscriptionOperation(self._client)

    @cached_property
    def delete_target_subscriptions(self) -> DeleteTargetSubscriptionsOperation:
        from .delete_target_subscriptions import DeleteTargetSubscriptionsOperation

        return DeleteTargetSubscriptionsOperation(self._client)

    @cached_property
    def delete_target_subscriptions_by_unicity_or_hash(
        self,
    ) -> DeleteTargetSubscriptionsByUnicityOrHashOperation:
        from .delete_target_subscriptions_by_unicity_or_hash import (
            DeleteTargetSubscriptionsByUnicityOrHashOperation,
        )

        return DeleteTargetSubscriptionsByUnicityOrHashOperation(self._client)

    @cached_property
    def find_target_subscriptions(self) -> FindTargetSubscriptionsOperation:
        from .find_target_subscriptions import FindTargetSubscriptionsOperation

        return FindTargetSubscriptionsOperation(self._client)

    @cached_property
    def get_subscription(self) -> GetSubscriptionOperation:
        from .get_subscription import GetSubscriptionOperation

        return GetSubscriptionOperation(self._client)

    @cached_property
    def list_target_subscriptions(self) -> ListTargetSubscriptionsOperation:
        from .list_target_subscriptions import ListTargetSubscriptionsOperation

        return ListTargetSubscriptionsOperation(self._client)

    @cached_property
    def upsert_subscription(self) -> UpsertSubscriptionOperation:
        from .upsert_subscription import UpsertSubscriptionOperation

        return UpsertSubscriptionOperation(self._client)


__all__ = [
    "SubscriptionOperations",
    "delete_subscription",
    "delete_target_subscriptions",
    "delete_target_subscriptions_by_unicity_or_hash",
    "find_target_subscriptions",
    "get_subscription",
    "list_target_subscriptions",
    "upsert_subscription",
]
