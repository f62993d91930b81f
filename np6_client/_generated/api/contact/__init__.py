"""Operations of the NP6 menu group "contact".

Each operation's module is imported on first use (`np6.contact.<operation>` or this package's
attribute), so a client pays only for the operations it calls.
"""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import TYPE_CHECKING

from ...client import Client

if TYPE_CHECKING:
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
    from .add_target_to_mail_redlist import AddTargetToMailRedlistOperation
    from .count_targets import CountTargetsOperation
    from .create_target import CreateTargetOperation
    from .delete_target import DeleteTargetOperation
    from .delete_targets import DeleteTargetsOperation
    from .find_target_activations import FindTargetActivationsOperation
    from .find_target_stop_responses import FindTargetStopResponsesOperation
    from .find_targets import FindTargetsOperation
    from .get_mail_redlist_timeline import GetMailRedlistTimelineOperation
    from .get_sms_redlist_timeline import GetSmsRedlistTimelineOperation
    from .get_target import GetTargetOperation
    from .list_target_activations import ListTargetActivationsOperation
    from .list_target_events import ListTargetEventsOperation
    from .list_target_form_hits import ListTargetFormHitsOperation
    from .list_target_notifications import ListTargetNotificationsOperation
    from .list_target_open_hits import ListTargetOpenHitsOperation
    from .update_target import UpdateTargetOperation
    from .upsert_target import UpsertTargetOperation

_OPERATIONS = frozenset(
    {
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
    }
)


def __getattr__(name: str) -> object:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


class ContactOperations:
    """`np6.contact`: every operation of the group, bound to the client."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def add_target_to_mail_redlist(self) -> AddTargetToMailRedlistOperation:
        from .add_target_to_mail_redlist import AddTargetToMailRedlistOperation

        return AddTargetToMailRedlistOperation(self._client)

    @cached_property
    def count_targets(self) -> CountTargetsOperation:
        from .count_targets import CountTargetsOperation

        return CountTargetsOperation(self._client)

    @cached_property
    def create_target(self) -> CreateTargetOperation:
        from .create_target import CreateTargetOperation

        return CreateTargetOperation(self._client)

    @cached_property
    def delete_target(self) -> DeleteTargetOperation:
        from .delete_target import DeleteTargetOperation

        return DeleteTargetOperation(self._client)

    @cached_property
    def delete_targets(self) -> DeleteTargetsOperation:
        from .delete_targets import DeleteTargetsOperation

        return DeleteTargetsOperation(self._client)

    @cached_property
    def find_target_activations(self) -> FindTargetActivationsOperation:
        from .find_target_activations import FindTargetActivationsOperation

        return FindTargetActivationsOperation(self._client)

    @cached_property
    def find_target_stop_responses(self) -> FindTargetStopResponsesOperation:
        from .find_target_stop_responses import FindTargetStopResponsesOperation

        return FindTargetStopResponsesOperation(self._client)

    @cached_property
    def find_targets(self) -> FindTargetsOperation:
        from .find_targets import FindTargetsOperation

        return FindTargetsOperation(self._client)

    @cached_property
    def get_mail_redlist_timeline(self) -> GetMailRedlistTimelineOperation:
        from .get_mail_redlist_timeline import GetMailRedlistTimelineOperation

        return GetMailRedlistTimelineOperation(self._client)

    @cached_property
    def get_sms_redlist_timeline(self) -> GetSmsRedlistTimelineOperation:
        from .get_sms_redlist_timeline import GetSmsRedlistTimelineOperation

        return GetSmsRedlistTimelineOperation(self._client)

    @cached_property
    def get_target(self) -> GetTargetOperation:
        from .get_target import GetTargetOperation

        return GetTargetOperation(self._client)

    @cached_property
    def list_target_activations(self) -> ListTargetActivationsOperation:
        from .list_target_activations import ListTargetActivationsOperation

        return ListTargetActivationsOperation(self._client)

    @cached_property
    def list_target_events(self) -> ListTargetEventsOperation:
        from .list_target_events import ListTargetEventsOperation

        return ListTargetEventsOperation(self._client)

    @cached_property
    def list_target_form_hits(self) -> ListTargetFormHitsOperation:
        from .list_target_form_hits import ListTargetFormHitsOperation

        return ListTargetFormHitsOperation(self._client)

    @cached_property
    def list_target_notifications(self) -> ListTargetNotificationsOperation:
        from .list_target_notifications import ListTargetNotificationsOperation

        return ListTargetNotificationsOperation(self._client)

    @cached_property
    def list_target_open_hits(self) -> ListTargetOpenHitsOperation:
        from .list_target_open_hits import ListTargetOpenHitsOperation

        return ListTargetOpenHitsOperation(self._client)

    @cached_property
    def update_target(self) -> UpdateTargetOperation:
        from .update_target import UpdateTargetOperation

        return UpdateTargetOperation(self._client)

    @cached_property
    def upsert_target(self) -> UpsertTargetOperation:
        from .upsert_target import UpsertTargetOperation

        return UpsertTargetOperation(self._client)


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
