"""Operations of the NP6 menu group "email_sms"."""

from ...client import Client
from . import (
    create_action,
    delete_action,
    duplicate_action,
    export_action_clicks,
    export_action_opens,
    get_action,
    list_action_activations,
    list_action_bounce_reactivities,
    list_action_bounces,
    list_action_cancellations,
    list_action_events,
    list_action_mirror_hit_reactivities,
    list_action_mirror_hits,
    list_action_open_hit_reactivities,
    list_action_reactivities,
    list_action_redirection_hit_reactivities,
    list_action_unsubscribe_hit_reactivities,
    list_actions,
    render_action_links,
    render_action_message,
    render_action_messages,
    send_action_message,
    send_action_message_to_target,
    send_action_messages,
    unvalidate_action,
    update_action,
    validate_action,
)


class EmailSmsOperations:
    """`np6.email_sms`: every operation of the group, bound to the client."""

    __slots__ = (
        "create_action",
        "delete_action",
        "duplicate_action",
        "export_action_clicks",
        "export_action_opens",
        "get_action",
        "list_action_activations",
        "list_action_bounce_reactivities",
        "list_action_bounces",
        "list_action_cancellations",
        "list_action_events",
        "list_action_mirror_hit_reactivities",
        "list_action_mirror_hits",
        "list_action_open_hit_reactivities",
        "list_action_reactivities",
        "list_action_redirection_hit_reactivities",
        "list_action_unsubscribe_hit_reactivities",
        "list_actions",
        "render_action_links",
        "render_action_message",
        "render_action_messages",
        "send_action_message",
        "send_action_message_to_target",
        "send_action_messages",
        "unvalidate_action",
        "update_action",
        "validate_action",
    )

    def __init__(self, client: Client) -> None:
        self.create_action = create_action.CreateActionOperation(client)
        self.delete_action = delete_action.DeleteActionOperation(client)
        self.duplicate_action = duplicate_action.DuplicateActionOperation(client)
        self.export_action_clicks = export_action_clicks.ExportActionClicksOperation(
            client
        )
        self.export_action_opens = export_action_opens.ExportActionOpensOperation(
            client
        )
        self.get_action = get_action.GetActionOperation(client)
        self.list_action_activations = (
            list_action_activations.ListActionActivationsOperation(client)
        )
        self.list_action_bounce_reactivities = (
            list_action_bounce_reactivities.ListActionBounceReactivitiesOperation(
                client
            )
        )
        self.list_action_bounces = list_action_bounces.ListActionBouncesOperation(
            client
        )
        self.list_action_cancellations = (
            list_action_cancellations.ListActionCancellationsOperation(client)
        )
        self.list_action_events = list_action_events.ListActionEventsOperation(client)
        self.list_action_mirror_hit_reactivities = list_action_mirror_hit_reactivities.ListActionMirrorHitReactivitiesOperation(
            client
        )
        self.list_action_mirror_hits = (
            list_action_mirror_hits.ListActionMirrorHitsOperation(client)
        )
        self.list_action_open_hit_reactivities = (
            list_action_open_hit_reactivities.ListActionOpenHitReactivitiesOperation(
                client
            )
        )
        self.list_action_reactivities = (
            list_action_reactivities.ListActionReactivitiesOperation(client)
        )
        self.list_action_redirection_hit_reactivities = list_action_redirection_hit_reactivities.ListActionRedirectionHitReactivitiesOperation(
            client
        )
        self.list_action_unsubscribe_hit_reactivities = list_action_unsubscribe_hit_reactivities.ListActionUnsubscribeHitReactivitiesOperation(
            client
        )
        self.list_actions = list_actions.ListActionsOperation(client)
        self.render_action_links = render_action_links.RenderActionLinksOperation(
            client
        )
        self.render_action_message = render_action_message.RenderActionMessageOperation(
            client
        )
        self.render_action_messages = (
            render_action_messages.RenderActionMessagesOperation(client)
        )
        self.send_action_message = send_action_message.SendActionMessageOperation(
            client
        )
        self.send_action_message_to_target = (
            send_action_message_to_target.SendActionMessageToTargetOperation(client)
        )
        self.send_action_messages = send_action_messages.SendActionMessagesOperation(
            client
        )
        self.unvalidate_action = unvalidate_action.UnvalidateActionOperation(client)
        self.update_action = update_action.UpdateActionOperation(client)
        self.validate_action = validate_action.ValidateActionOperation(client)


__all__ = [
    "EmailSmsOperations",
    "create_action",
    "delete_action",
    "duplicate_action",
    "export_action_clicks",
    "export_action_opens",
    "get_action",
    "list_action_activations",
    "list_action_bounce_reactivities",
    "list_action_bounces",
    "list_action_cancellations",
    "list_action_events",
    "list_action_mirror_hit_reactivities",
    "list_action_mirror_hits",
    "list_action_open_hit_reactivities",
    "list_action_reactivities",
    "list_action_redirection_hit_reactivities",
    "list_action_unsubscribe_hit_reactivities",
    "list_actions",
    "render_action_links",
    "render_action_message",
    "render_action_messages",
    "send_action_message",
    "send_action_message_to_target",
    "send_action_messages",
    "unvalidate_action",
    "update_action",
    "validate_action",
]
