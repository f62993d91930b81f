"""Operations of the NP6 menu group "marketing_pressure"."""

from . import (
    get_mandatory_topic_option,
    list_marketing_pressure_topics,
    set_mandatory_topic_option,
)

__all__ = [
    "get_mandatory_topic_option",
    "list_marketing_pressure_topics",
    "set_mandatory_topic_option",
]
