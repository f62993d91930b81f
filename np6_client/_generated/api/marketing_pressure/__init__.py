"""Operations of the NP6 menu group "marketing_pressure".

Each operation's module is imported on first use (`np6.marketing_pressure.<operation>` or this package's
attribute), so a client pays only for the operations it calls.
"""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import TYPE_CHECKING

from ...client import Client

if TYPE_CHECKING:
    from . import (
        get_mandatory_topic_option,
        list_marketing_pressure_topics,
        set_mandatory_topic_option,
    )
    from .get_mandatory_topic_option import GetMandatoryTopicOptionOperation
    from .list_marketing_pressure_topics import ListMarketingPressureTopicsOperation
    from .set_mandatory_topic_option import SetMandatoryTopicOptionOperation

_OPERATIONS = frozenset(
    {
        "get_mandatory_topic_option",
        "list_marketing_pressure_topics",
        "set_mandatory_topic_option",
    }
)


def __getattr__(name: str) -> object:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


class MarketingPressureOperations:
    """`np6.marketing_pressure`: every operation of the group, bound to the client."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def get_mandatory_topic_option(self) -> GetMandatoryTopicOptionOperation:
        from .get_mandatory_topic_option import GetMandatoryTopicOptionOperation

        return GetMandatoryTopicOptionOperation(self._client)

    @cached_property
    def list_marketing_pressure_topics(self) -> ListMarketingPressureTopicsOperation:
        from .list_marketing_pressure_topics import ListMarketingPressureTopicsOperation

        return ListMarketingPressureTopicsOperation(self._client)

    @cached_property
    def set_mandatory_topic_option(self) -> SetMandatoryTopicOptionOperation:
        from .set_mandatory_topic_option import SetMandatoryTopicOptionOperation

        return SetMandatoryTopicOptionOperation(self._client)


__all__ = [
    "MarketingPressureOperations",
    "get_mandatory_topic_option",
    "list_marketing_pressure_topics",
    "set_mandatory_topic_option",
]
