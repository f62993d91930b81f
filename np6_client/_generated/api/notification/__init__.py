"""Operations of the NP6 menu group "notification"."""

from ...client import Client
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


class NotificationOperations:
    """`np6.notification`: every operation of the group, bound to the client."""

    __slots__ = (
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
    )

    def __init__(self, client: Client) -> None:
        self.create_notification = create_notification.CreateNotificationOperation(
            client
        )
        self.execute_notification = execute_notification.ExecuteNotificationOperation(
            client
        )
        self.list_notification_activations = (
            list_notification_activations.ListNotificationActivationsOperation(client)
        )
        self.list_notification_bounce_reactivities = list_notification_bounce_reactivities.ListNotificationBounceReactivitiesOperation(
            client
        )
        self.list_notification_cancellations = (
            list_notification_cancellations.ListNotificationCancellationsOperation(
                client
            )
        )
        self.list_notification_executions = (
            list_notification_executions.ListNotificationExecutionsOperation(client)
        )
        self.list_notification_hit_reactivities = (
            list_notification_hit_reactivities.ListNotificationHitReactivitiesOperation(
                client
            )
        )
        self.list_notification_optouts = (
            list_notification_optouts.ListNotificationOptoutsOperation(client)
        )
        self.list_notification_reactivities = (
            list_notification_reactivities.ListNotificationReactivitiesOperation(client)
        )
        self.render_notification_for_contact = (
            render_notification_for_contact.RenderNotificationForContactOperation(
                client
            )
        )
        self.render_notification_version = (
            render_notification_version.RenderNotificationVersionOperation(client)
        )
        self.render_notification_version_for_contact = render_notification_version_for_contact.RenderNotificationVersionForContactOperation(
            client
        )
        self.render_notification_version_for_contact_id = render_notification_version_for_contact_id.RenderNotificationVersionForContactIdOperation(
            client
        )
        self.update_notification = update_notification.UpdateNotificationOperation(
            client
        )


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
