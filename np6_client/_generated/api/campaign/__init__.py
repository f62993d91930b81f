"""Operations of the NP6 menu group "campaign"."""

from . import create_campaign, list_campaign_events

__all__ = ["create_campaign", "list_campaign_events"]
