"""Operations of the NP6 menu group "campaign"."""

from ...client import Client
from . import create_campaign, list_campaign_events


class CampaignOperations:
    """`np6.campaign`: every operation of the group, bound to the client."""

    __slots__ = (
        "create_campaign",
        "list_campaign_events",
    )

    def __init__(self, client: Client) -> None:
        self.create_campaign = create_campaign.CreateCampaignOperation(client)
        self.list_campaign_events = list_campaign_events.ListCampaignEventsOperation(
            client
        )


__all__ = ["CampaignOperations", "create_campaign", "list_campaign_events"]
