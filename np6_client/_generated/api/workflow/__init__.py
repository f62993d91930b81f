"""Operations of the NP6 menu group "workflow"."""

from ...client import Client
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


class WorkflowOperations:
    """`np6.workflow`: every operation of the group, bound to the client."""

    __slots__ = (
        "create_workflow",
        "delete_workflow",
        "duplicate_workflow",
        "list_workflow_capping",
        "list_workflow_nodes",
        "list_workflow_tasks",
        "replace_workflow",
        "update_workflow",
    )

    def __init__(self, client: Client) -> None:
        self.create_workflow = create_workflow.CreateWorkflowOperation(client)
        self.delete_workflow = delete_workflow.DeleteWorkflowOperation(client)
        self.duplicate_workflow = duplicate_workflow.DuplicateWorkflowOperation(client)
        self.list_workflow_capping = list_workflow_capping.ListWorkflowCappingOperation(
            client
        )
        self.list_workflow_nodes = list_workflow_nodes.ListWorkflowNodesOperation(
            client
        )
        self.list_workflow_tasks = list_workflow_tasks.ListWorkflowTasksOperation(
            client
        )
        self.replace_workflow = replace_workflow.ReplaceWorkflowOperation(client)
        self.update_workflow = update_workflow.UpdateWorkflowOperation(client)


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
