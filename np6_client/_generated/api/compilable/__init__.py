"""Operations of the NP6 menu group "compilable"."""

from ...client import Client
from . import duplicate_compilable, execute_compilable, list_compilable_flaws


class CompilableOperations:
    """`np6.compilable`: every operation of the group, bound to the client."""

    __slots__ = (
        "duplicate_compilable",
        "execute_compilable",
        "list_compilable_flaws",
    )

    def __init__(self, client: Client) -> None:
        self.duplicate_compilable = duplicate_compilable.DuplicateCompilableOperation(
            client
        )
        self.execute_compilable = execute_compilable.ExecuteCompilableOperation(client)
        self.list_compilable_flaws = list_compilable_flaws.ListCompilableFlawsOperation(
            client
        )


__all__ = [
    "CompilableOperations",
    "duplicate_compilable",
    "execute_compilable",
    "list_compilable_flaws",
]
