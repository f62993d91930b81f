"""Operations of the NP6 menu group "compilable".

Each operation's module is imported on first use (`np6.compilable.<operation>` or this package's
attribute), so a client pays only for the operations it calls.
"""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import TYPE_CHECKING

from ...client import Client

if TYPE_CHECKING:
    from . import duplicate_compilable, execute_compilable, list_compilable_flaws
    from .duplicate_compilable import DuplicateCompilableOperation
    from .execute_compilable import ExecuteCompilableOperation
    from .list_compilable_flaws import ListCompilableFlawsOperation

_OPERATIONS = frozenset(
    {"duplicate_compilable", "execute_compilable", "list_compilable_flaws"}
)


def __getattr__(name: str) -> object:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


class CompilableOperations:
    """`np6.compilable`: every operation of the group, bound to the client."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def duplicate_compilable(self) -> DuplicateCompilableOperation:
        from .duplicate_compilable import DuplicateCompilableOperation

        return DuplicateCompilableOperation(self._client)

    @cached_property
    def execute_compilable(self) -> ExecuteCompilableOperation:
        from .execute_compilable import ExecuteCompilableOperation

        return ExecuteCompilableOperation(self._client)

    @cached_property
    def list_compilable_flaws(self) -> ListCompilableFlawsOperation:
        from .list_compilable_flaws import ListCompilableFlawsOperation

        return ListCompilableFlawsOperation(self._client)


__all__ = [
    "CompilableOperations",
    "duplicate_compilable",
    "execute_compilable",
    "list_compilable_flaws",
]
