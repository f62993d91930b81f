"""Operations of the NP6 menu group "subscription"."""

from ...client import Client
from . import (
    delete_subscription,
    delete_target_subscriptions,
    delete_target_subscriptions_by_unicity_or_hash,
    find_target_subscriptions,
    get_subscription,
    list_target_subscriptions,
    upsert_subscription,
)


class SubscriptionOperations:
    """`np6.subscription`: every operation of the group, bound to the client."""

    __slots__ = (
        "delete_subscription",
        "delete_target_subscriptions",
        "delete_target_subscriptions_by_unicity_or_hash",
        "find_target_subscriptions",
        "get_subscription",
        "list_target_subscriptions",
        "upsert_subscription",
    )

    def __init__(self, client: Client) -> None:
        self.delete_subscription = delete_subscription.DeleteSubscriptionOperation(
            client
        )
        self.delete_target_subscriptions = (
            delete_target_subscriptions.DeleteTargetSubscriptionsOperation(client)
        )
        self.delete_target_subscriptions_by_unicity_or_hash = delete_target_subscriptions_by_unicity_or_hash.DeleteTargetSubscriptionsByUnicityOrHashOperation(
            client
        )
        self.find_target_subscriptions = (
            find_target_subscriptions.FindTargetSubscriptionsOperation(client)
        )
        self.get_subscription = get_subscription.GetSubscriptionOperation(client)
        self.list_target_subscriptions = (
            list_target_subscriptions.ListTargetSubscriptionsOperation(client)
        )
        self.upsert_subscription = upsert_subscription.UpsertSubscriptionOperation(
            client
        )


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
