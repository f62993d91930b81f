"""Operations of the NP6 menu group "contact"."""

from ...client import Client
from . import (
    add_target_to_mail_redlist,
    count_targets,
    create_target,
    delete_target,
    delete_targets,
    find_target_activations,
    find_target_stop_responses,
    find_targets,
    get_mail_redlist_timeline,
    get_sms_redlist_timeline,
    get_target,
    list_target_activations,
    list_target_events,
    list_target_form_hits,
    list_target_notifications,
    list_target_open_hits,
    update_target,
    upsert_target,
)


class ContactOperations:
    """`np6.contact`: every operation of the group, bound to the client."""

    __slots__ = (
        "add_target_to_mail_redlist",
        "count_targets",
        "create_target",
        "delete_target",
        "delete_targets",
        "find_target_activations",
        "find_target_stop_responses",
        "find_targets",
        "get_mail_redlist_timeline",
        "get_sms_redlist_timeline",
        "get_target",
        "list_target_activations",
        "list_target_events",
        "list_target_form_hits",
        "list_target_notifications",
        "list_target_open_hits",
        "update_target",
        "upsert_target",
    )

    def __init__(self, client: Client) -> None:
        self.add_target_to_mail_redlist = (
            add_target_to_mail_redlist.AddTargetToMailRedlistOperation(client)
        )
        self.count_targets = count_targets.CountTargetsOperation(client)
        self.create_target = create_target.CreateTargetOperation(client)
        self.delete_target = delete_target.DeleteTargetOperation(client)
        self.delete_targets = delete_targets.DeleteTargetsOperation(client)
        self.find_target_activations = (
            find_target_activations.FindTargetActivationsOperation(client)
        )
        self.find_target_stop_responses = (
            find_target_stop_responses.FindTargetStopResponsesOperation(client)
        )
        self.find_targets = find_targets.FindTargetsOperation(client)
        self.get_mail_redlist_timeline = (
            get_mail_redlist_timeline.GetMailRedlistTimelineOperation(client)
        )
        self.get_sms_redlist_timeline = (
            get_sms_redlist_timeline.GetSmsRedlistTimelineOperation(client)
        )
        self.get_target = get_target.GetTargetOperation(client)
        self.list_target_activations = (
            list_target_activations.ListTargetActivationsOperation(client)
        )
        self.list_target_events = list_target_events.ListTargetEventsOperation(client)
        self.list_target_form_hits = list_target_form_hits.ListTargetFormHitsOperation(
            client
        )
        self.list_target_notifications = (
            list_target_notifications.ListTargetNotificationsOperation(client)
        )
        self.list_target_open_hits = list_target_open_hits.ListTargetOpenHitsOperation(
            client
        )
        self.update_target = update_target.UpdateTargetOperation(client)
        self.upsert_target = upsert_target.UpsertTargetOperation(client)


__all__ = [
    "ContactOperations",
    "add_target_to_mail_redlist",
    "count_targets",
    "create_target",
    "delete_target",
    "delete_targets",
    "find_target_activations",
    "find_target_stop_responses",
    "find_targets",
    "get_mail_redlist_timeline",
    "get_sms_redlist_timeline",
    "get_target",
    "list_target_activations",
    "list_target_events",
    "list_target_form_hits",
    "list_target_notifications",
    "list_target_open_hits",
    "update_target",
    "upsert_target",
]
