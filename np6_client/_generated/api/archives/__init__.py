"""Operations of the NP6 menu group "archives".

Each operation's module is imported on first use (`np6.archives.<operation>` or this package's
attribute), so a client pays only for the operations it calls.
"""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import TYPE_CHECKING

from ...client import Client

if TYPE_CHECKING:
    from . import list_action_archives, list_action_target_archives
    from .list_action_archives import ListActionArchivesOperation
    from .list_action_target_archives import ListActionTargetArchivesOperation

_OPERATIONS = frozenset({"list_action_archives", "list_action_target_archives"})


def __getattr__(name: str) -> object:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


class ArchivesOperations:
    """`np6.archives`: every operation of the group, bound to the client."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def list_action_archives(self) -> ListActionArchivesOperation:
        from .list_action_archives import ListActionArchivesOperation

        return ListActionArchivesOperation(self._client)

    @cached_property
    def list_action_target_archives(self) -> ListActionTargetArchivesOperation:
        from .list_action_target_archives import ListActionTargetArchivesOperation

        return ListActionTargetArchivesOperation(self._client)


__all__ = ["ArchivesOperations", "list_action_archives", "list_action_target_archives"]
