"""Operations of the NP6 menu group "workflow"."""

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

__all__ = [
    "create_workflow",
    "delete_workflow",
    "duplicate_workflow",
    "list_workflow_capping",
    "list_workflow_nodes",
    "list_workflow_tasks",
    "replace_workflow",
    "update_workflow",
]
