"""Operations of the NP6 menu group "notification"."""

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

__all__ = [
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
