"""Operations of the NP6 menu group "campaign".

Each operation's module is imported on first use (`np6.campaign.<operation>` or this package's
attribute), so a client pays only for the operations it calls.
"""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import TYPE_CHECKING

from ...client import Client

if TYPE_CHECKING:
    from . import create_campaign, list_campaign_events
    from .create_campaign import CreateCampaignOperation
    from .list_campaign_events import ListCampaignEventsOperation

_OPERATIONS = frozenset({"create_campaign", "list_campaign_events"})


def __getattr__(name: str) -> object:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


class CampaignOperations:
    """`np6.campaign`: every operation of the group, bound to the client."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def create_campaign(self) -> CreateCampaignOperation:
        from .create_campaign import CreateCampaignOperation

        return CreateCampaignOperation(self._client)

    @cached_property
    def list_campaign_events(self) -> ListCampaignEventsOperation:
        from .list_campaign_events import ListCampaignEventsOperation

        return ListCampaignEventsOperation(self._client)


__all__ = ["CampaignOperations", "create_campaign", "list_campaign_events"]
