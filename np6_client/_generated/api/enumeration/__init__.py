"""Operations of the NP6 menu group "enumeration".

Each operation's module is imported on first use (`np6.enumeration.<operation>` or this package's
attribute), so a client pays only for the operations it calls.
"""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import TYPE_CHECKING

from ...client import Client

if TYPE_CHECKING:
    from . import get_value_list, list_value_lists
    from .get_value_list import GetValueListOperation
    from .list_value_lists import ListValueListsOperation

_OPERATIONS = frozenset({"get_value_list", "list_value_lists"})


def __getattr__(name: str) -> object:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


class EnumerationOperations:
    """`np6.enumeration`: every operation of the group, bound to the client."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def get_value_list(self) -> GetValueListOperation:
        from .get_value_list import GetValueListOperation

        return GetValueListOperation(self._client)

    @cached_property
    def list_value_lists(self) -> ListValueListsOperation:
        from .list_value_lists import ListValueListsOperation

        return ListValueListsOperation(self._client)


__all__ = ["EnumerationOperations", "get_value_list", "list_value_lists"]
