"""Operations of the NP6 menu group "subscription"."""

from . import (
    delete_subscription,
    delete_target_subscriptions,
    delete_target_subscriptions_by_unicity_or_hash,
    find_target_subscriptions,
    get_subscription,
    list_target_subscriptions,
    upsert_subscription,
)

__all__ = [
    "delete_subscription",
    "delete_target_subscriptions",
    "delete_target_subscriptions_by_unicity_or_hash",
    "find_target_subscriptions",
    "get_subscription",
    "list_target_subscriptions",
    "upsert_subscription",
]
