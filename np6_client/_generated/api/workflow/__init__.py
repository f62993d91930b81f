"""Operations of the NP6 menu group "workflow".

Each operation's module is imported on first use (`np6.workflow.<operation>` or this package's
attribute), so a client pays only for the operations it calls.
"""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import TYPE_CHECKING

from ...client import Client

if TYPE_CHECKING:
    from . import (
        create_workflow,
        delete_workflow,
        duplicate_workflow,
        list_workflow_capping,
        list_workflow_nodes,
        list_workflow_tasks,
        replace_workflow,
        update_workflow,
    )
    from .create_workflow import CreateWorkflowOperation
    from .delete_workflow import DeleteWorkflowOperation
    from .duplicate_workflow import DuplicateWorkflowOperation
    from .list_workflow_capping import ListWorkflowCappingOperation
    from .list_workflow_nodes import ListWorkflowNodesOperation
    from .list_workflow_tasks import ListWorkflowTasksOperation
    from .replace_workflow import ReplaceWorkflowOperation
    from .update_workflow import UpdateWorkflowOperation

_OPERATIONS = frozenset(
    {
        "create_workflow",
        "delete_workflow",
        "duplicate_workflow",
        "list_workflow_capping",
        "list_workflow_nodes",
        "list_workflow_tasks",
        "replace_workflow",
        "update_workflow",
    }
)


def __getattr__(name: str) -> object:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


class WorkflowOperations:
    """`np6.workflow`: every operation of the group, bound to the client."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def create_workflow(self) -> CreateWorkflowOperation:
        from .create_workflow import CreateWorkflowOperation

        return CreateWorkflowOperation(self._client)

    @cached_property
    def delete_workflow(self) -> DeleteWorkflowOperation:
        from .delete_workflow import DeleteWorkflowOperation

        return DeleteWorkflowOperation(self._client)

    @cached_property
    def duplicate_workflow(self) -> DuplicateWorkflowOperation:
        from .duplicate_workflow import DuplicateWorkflowOperation

        return DuplicateWorkflowOperation(self._client)

    @cached_property
    def list_workflow_capping(self) -> ListWorkflowCappingOperation:
        from .list_workflow_capping import ListWorkflowCappingOperation

        return ListWorkflowCappingOperation(self._client)

    @cached_property
    def list_workflow_nodes(self) -> ListWorkflowNodesOperation:
        from .list_workflow_nodes import ListWorkflowNodesOperation

        return ListWorkflowNodesOperation(self._client)

    @cached_property
    def list_workflow_tasks(self) -> ListWorkflowTasksOperation:
        from .list_workflow_tasks import ListWorkflowTasksOperation

        return ListWorkflowTasksOperation(self._client)

    @cached_property
    def replace_workflow(self) -> ReplaceWorkflowOperation:
        from .replace_workflow import ReplaceWorkflowOperation

        return ReplaceWorkflowOperation(self._client)

    @cached_property
    def update_workflow(self) -> UpdateWorkflowOperation:
        from .update_workflow import UpdateWorkflowOperation

        return UpdateWorkflowOperation(self._client)


__all__ = [
    "WorkflowOperations",
    "create_workflow",
    "delete_workflow",
    "duplicate_workflow",
    "list_workflow_capping",
    "list_workflow_nodes",
    "list_workflow_tasks",
    "replace_workflow",
    "update_workflow",
]
