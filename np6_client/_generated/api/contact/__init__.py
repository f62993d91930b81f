"""Operations of the NP6 menu group "contact"."""

from . import (
    add_target_to_mail_redlist,
    count_targets,
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
)

__all__ = [
    "add_target_to_mail_redlist",
    "count_targets",
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
]
