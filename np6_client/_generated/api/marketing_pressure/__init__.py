"""Operations of the NP6 menu group "marketing_pressure"."""

from ...client import Client
from . import (
    get_mandatory_topic_option,
    list_marketing_pressure_topics,
    set_mandatory_topic_option,
)


class MarketingPressureOperations:
    """`np6.marketing_pressure`: every operation of the group, bound to the client."""

    __slots__ = (
        "get_mandatory_topic_option",
        "list_marketing_pressure_topics",
        "set_mandatory_topic_option",
    )

    def __init__(self, client: Client) -> None:
        self.get_mandatory_topic_option = (
            get_mandatory_topic_option.GetMandatoryTopicOptionOperation(client)
        )
        self.list_marketing_pressure_topics = (
            list_marketing_pressure_topics.ListMarketingPressureTopicsOperation(client)
        )
        self.set_mandatory_topic_option = (
            set_mandatory_topic_option.SetMandatoryTopicOptionOperation(client)
        )


__all__ = [
    "MarketingPressureOperations",
    "get_mandatory_topic_option",
    "list_marketing_pressure_topics",
    "set_mandatory_topic_option",
]
