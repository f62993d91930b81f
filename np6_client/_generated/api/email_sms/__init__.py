"""Operations of the NP6 menu group "email_sms".

Each operation's module is imported on first use (`np6.email_sms.<operation>` or this package's
attribute), so a client pays only for the operations it calls.
"""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import TYPE_CHECKING

from ...client import Client

if TYPE_CHECKING:
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
    from .create_action import CreateActionOperation
    from .delete_action import DeleteActionOperation
    from .duplicate_action import DuplicateActionOperation
    from .export_action_clicks import ExportActionClicksOperation
    from .export_action_opens import ExportActionOpensOperation
    from .get_action import GetActionOperation
    from .list_action_activations import ListActionActivationsOperation
    from .list_action_bounce_reactivities import ListActionBounceReactivitiesOperation
    from .list_action_bounces import ListActionBouncesOperation
    from .list_action_cancellations import ListActionCancellationsOperation
    from .list_action_events import ListActionEventsOperation
    from .list_action_mirror_hit_reactivities import (
        ListActionMirrorHitReactivitiesOperation,
    )
    from .list_action_mirror_hits import ListActionMirrorHitsOperation
    from .list_action_open_hit_reactivities import (
        ListActionOpenHitReactivitiesOperation,
    )
    from .list_action_reactivities import ListActionReactivitiesOperation
    from .list_action_redirection_hit_reactivities import (
        ListActionRedirectionHitReactivitiesOperation,
    )
    from .list_action_unsubscribe_hit_reactivities import (
        ListActionUnsubscribeHitReactivitiesOperation,
    )
    from .list_actions import ListActionsOperation
    from .render_action_links import RenderActionLinksOperation
    from .render_action_message import RenderActionMessageOperation
    from .render_action_messages import RenderActionMessagesOperation
    from .send_action_message import SendActionMessageOperation
    from .send_action_message_to_target import SendActionMessageToTargetOperation
    from .send_action_messages import SendActionMessagesOperation
    from .unvalidate_action import UnvalidateActionOperation
    from .update_action import UpdateActionOperation
    from .validate_action import ValidateActionOperation

_OPERATIONS = frozenset(
    {
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
    }
)


def __getattr__(name: str) -> object:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


class EmailSmsOperations:
    """`np6.email_sms`: every operation of the group, bound to the client."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def create_action(self) -> CreateActionOperation:
        from .create_action import CreateActionOperation

        return CreateActionOperation(self._client)

    @cached_property
    def delete_action(self) -> DeleteActionOperation:
        from .delete_action import DeleteActionOperation

        return DeleteActionOperation(self._client)

    @cached_property
    def duplicate_action(self) -> DuplicateActionOperation:
        from .duplicate_action import DuplicateActionOperation

        return DuplicateActionOperation(self._client)

    @cached_property
    def export_action_clicks(self) -> ExportActionClicksOperation:
        from .export_action_clicks import ExportActionClicksOperation

        return ExportActionClicksOperation(self._client)

    @cached_property
    def export_action_opens(self) -> ExportActionOpensOperation:
        from .export_action_opens import ExportActionOpensOperation

        return ExportActionOpensOperation(self._client)

    @cached_property
    def get_action(self) -> GetActionOperation:
        from .get_action import GetActionOperation

        return GetActionOperation(self._client)

    @cached_property
    def list_action_activations(self) -> ListActionActivationsOperation:
        from .list_action_activations import ListActionActivationsOperation

        return ListActionActivationsOperation(self._client)

    @cached_property
    def list_action_bounce_reactivities(self) -> ListActionBounceReactivitiesOperation:
        from .list_action_bounce_reactivities import (
            ListActionBounceReactivitiesOperation,
        )

        return ListActionBounceReactivitiesOperation(self._client)

    @cached_property
    def list_action_bounces(self) -> ListActionBouncesOperation:
        from .list_action_bounces import ListActionBouncesOperation

        return ListActionBouncesOperation(self._client)

    @cached_property
    def list_action_cancellations(self) -> ListActionCancellationsOperation:
        from .list_action_cancellations import ListActionCancellationsOperation

        return ListActionCancellationsOperation(self._client)

    @cached_property
    def list_action_events(self) -> ListActionEventsOperation:
        from .list_action_events import ListActionEventsOperation

        return ListActionEventsOperation(self._client)

    @cached_property
    def list_action_mirror_hit_reactivities(
        self,
    ) -> ListActionMirrorHitReactivitiesOperation:
        from .list_action_mirror_hit_reactivities import (
            ListActionMirrorHitReactivitiesOperation,
        )

        return ListActionMirrorHitReactivitiesOperation(self._client)

    @cached_property
    def list_action_mirror_hits(self) -> ListActionMirrorHitsOperation:
        from .list_action_mirror_hits import ListActionMirrorHitsOperation

        return ListActionMirrorHitsOperation(self._client)

    @cached_property
    def list_action_open_hit_reactivities(
        self,
    ) -> ListActionOpenHitReactivitiesOperation:
        from .list_action_open_hit_reactivities import (
            ListActionOpenHitReactivitiesOperation,
        )

        return ListActionOpenHitReactivitiesOperation(self._client)

    @cached_property
    def list_action_reactivities(self) -> ListActionReactivitiesOperation:
        from .list_action_reactivities import ListActionReactivitiesOperation

        return ListActionReactivitiesOperation(self._client)

    @cached_property
    def list_action_redirection_hit_reactivities(
        self,
    ) -> ListActionRedirectionHitReactivitiesOperation:
        from .list_action_redirection_hit_reactivities import (
            ListActionRedirectionHitReactivitiesOperation,
        )

        return ListActionRedirectionHitReactivitiesOperation(self._client)

    @cached_property
    def list_action_unsubscribe_hit_reactivities(
        self,
    ) -> ListActionUnsubscribeHitReactivitiesOperation:
        from .list_action_unsubscribe_hit_reactivities import (
            ListActionUnsubscribeHitReactivitiesOperation,
        )

        return ListActionUnsubscribeHitReactivitiesOperation(self._client)

    @cached_property
    def list_actions(self) -> ListActionsOperation:
        from .list_actions import ListActionsOperation

        return ListActionsOperation(self._client)

    @cached_property
    def render_action_links(self) -> RenderActionLinksOperation:
        from .render_action_links import RenderActionLinksOperation

        return RenderActionLinksOperation(self._client)

    @cached_property
    def render_action_message(self) -> RenderActionMessageOperation:
        from .render_action_message import RenderActionMessageOperation

        return RenderActionMessageOperation(self._client)

    @cached_property
    def render_action_messages(self) -> RenderActionMessagesOperation:
        from .render_action_messages import RenderActionMessagesOperation

        return RenderActionMessagesOperation(self._client)

    @cached_property
    def send_action_message(self) -> SendActionMessageOperation:
        from .send_action_message import SendActionMessageOperation

        return SendActionMessageOperation(self._client)

    @cached_property
    def send_action_message_to_target(self) -> SendActionMessageToTargetOperation:
        from .send_action_message_to_target import SendActionMessageToTargetOperation

        return SendActionMessageToTargetOperation(self._client)

    @cached_property
    def send_action_messages(self) -> SendActionMessagesOperation:
        from .send_action_messages import SendActionMessagesOperation

        return SendActionMessagesOperation(self._client)

    @cached_property
    def unvalidate_action(self) -> UnvalidateActionOperation:
        from .unvalidate_action import UnvalidateActionOperation

        return UnvalidateActionOperation(self._client)

    @cached_property
    def update_action(self) -> UpdateActionOperation:
        from .update_action import UpdateActionOperation

        return UpdateActionOperation(self._client)

    @cached_property
    def validate_action(self) -> ValidateActionOperation:
        from .validate_action import ValidateActionOperation

        return ValidateActionOperation(self._client)


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
