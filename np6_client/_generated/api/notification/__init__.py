"""Operations of the NP6 menu group "notification".

Each operation's module is imported on first use (`np6.notification.<operation>` or this package's
attribute), so a client pays only for the operations it calls.
"""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import TYPE_CHECKING

from ...client import Client

if TYPE_CHECKING:
    from . import (
        create_notification,
        execute_notification,
        list_notification_activations,
        list_notification_bounce_reactivities,
        list_notification_cancellations,
        list_notification_executions,
        list_notification_hit_reactivities,
        list_notification_optouts,
        list_notification_reactivities,
        render_notification_for_contact,
        render_notification_version,
        render_notification_version_for_contact,
        render_notification_version_for_contact_id,
        update_notification,
    )
    from .create_notification import CreateNotificationOperation
    from .execute_notification import ExecuteNotificationOperation
    from .list_notification_activations import ListNotificationActivationsOperation
    from .list_notification_bounce_reactivities import (
        ListNotificationBounceReactivitiesOperation,
    )
    from .list_notification_cancellations import ListNotificationCancellationsOperation
    from .list_notification_executions import ListNotificationExecutionsOperation
    from .list_notification_hit_reactivities import (
        ListNotificationHitReactivitiesOperation,
    )
    from .list_notification_optouts import ListNotificationOptoutsOperation
    from .list_notification_reactivities import ListNotificationReactivitiesOperation
    from .render_notification_for_contact import RenderNotificationForContactOperation
    from .render_notification_version import RenderNotificationVersionOperation
    from .render_notification_version_for_contact import (
        RenderNotificationVersionForContactOperation,
    )
    from .render_notification_version_for_contact_id import (
        RenderNotificationVersionForContactIdOperation,
    )
    from .update_notification import UpdateNotificationOperation

_OPERATIONS = frozenset(
    {
        "create_notification",
        "execute_notification",
        "list_notification_activations",
        "list_notification_bounce_reactivities",
        "list_notification_cancellations",
        "list_notification_executions",
        "list_notification_hit_reactivities",
        "list_notification_optouts",
        "list_notification_reactivities",
        "render_notification_for_contact",
        "render_notification_version",
        "render_notification_version_for_contact",
        "render_notification_version_for_contact_id",
        "update_notification",
    }
)


def __getattr__(name: str) -> object:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


class NotificationOperations:
    """`np6.notification`: every operation of the group, bound to the client."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def create_notification(self) -> CreateNotificationOperation:
        from .create_notification import CreateNotificationOperation

        return CreateNotificationOperation(self._client)

    @cached_property
    def execute_notification(self) -> ExecuteNotificationOperation:
        from .execute_notification import ExecuteNotificationOperation

        return ExecuteNotificationOperation(self._client)

    @cached_property
    def list_notification_activations(self) -> ListNotificationActivationsOperation:
        from .list_notification_activations import ListNotificationActivationsOperation

        return ListNotificationActivationsOperation(self._client)

    @cached_property
    def list_notification_bounce_reactivities(
        self,
    ) -> ListNotificationBounceReactivitiesOperation:
        from .list_notification_bounce_reactivities import (
            ListNotificationBounceReactivitiesOperation,
        )

        return ListNotificationBounceReactivitiesOperation(self._client)

    @cached_property
    def list_notification_cancellations(self) -> ListNotificationCancellationsOperation:
        from .list_notification_cancellations import (
            ListNotificationCancellationsOperation,
        )

        return ListNotificationCancellationsOperation(self._client)

    @cached_property
    def list_notification_executions(self) -> ListNotificationExecutionsOperation:
        from .list_notification_executions import ListNotificationExecutionsOperation

        return ListNotificationExecutionsOperation(self._client)

    @cached_property
    def list_notification_hit_reactivities(
        self,
    ) -> ListNotificationHitReactivitiesOperation:
        from .list_notification_hit_reactivities import (
            ListNotificationHitReactivitiesOperation,
        )

        return ListNotificationHitReactivitiesOperation(self._client)

    @cached_property
    def list_notification_optouts(self) -> ListNotificationOptoutsOperation:
        from .list_notification_optouts import ListNotificationOptoutsOperation

        return ListNotificationOptoutsOperation(self._client)

    @cached_property
    def list_notification_reactivities(self) -> ListNotificationReactivitiesOperation:
        from .list_notification_reactivities import (
            ListNotificationReactivitiesOperation,
        )

        return ListNotificationReactivitiesOperation(self._client)

    @cached_property
    def render_notification_for_contact(self) -> RenderNotificationForContactOperation:
        from .render_notification_for_contact import (
            RenderNotificationForContactOperation,
        )

        return RenderNotificationForContactOperation(self._client)

    @cached_property
    def render_notification_version(self) -> RenderNotificationVersionOperation:
        from .render_notification_version import RenderNotificationVersionOperation

        return RenderNotificationVersionOperation(self._client)

    @cached_property
    def render_notification_version_for_contact(
        self,
    ) -> RenderNotificationVersionForContactOperation:
        from .render_notification_version_for_contact import (
            RenderNotificationVersionForContactOperation,
        )

        return RenderNotificationVersionForContactOperation(self._client)

    @cached_property
    def render_notification_version_for_contact_id(
        self,
    ) -> RenderNotificationVersionForContactIdOperation:
        from .render_notification_version_for_contact_id import (
            RenderNotificationVersionForContactIdOperation,
        )

        return RenderNotificationVersionForContactIdOperation(self._client)

    @cached_property
    def update_notification(self) -> UpdateNotificationOperation:
        from .update_notification import UpdateNotificationOperation

        return UpdateNotificationOperation(self._client)


__all__ = [
    "NotificationOperations",
    "create_notification",
    "execute_notification",
    "list_notification_activations",
    "list_notification_bounce_reactivities",
    "list_notification_cancellations",
    "list_notification_executions",
    "list_notification_hit_reactivities",
    "list_notification_optouts",
    "list_notification_reactivities",
    "render_notification_for_contact",
    "render_notification_version",
    "render_notification_version_for_contact",
    "render_notification_version_for_contact_id",
    "update_notification",
]
