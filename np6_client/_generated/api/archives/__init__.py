"""Operations of the NP6 menu group "archives"."""

from ...client import Client
from . import list_action_archives, list_action_target_archives


class ArchivesOperations:
    """`np6.archives`: every operation of the group, bound to the client."""

    __slots__ = (
        "list_action_archives",
        "list_action_target_archives",
    )

    def __init__(self, client: Client) -> None:
        self.list_action_archives = list_action_archives.ListActionArchivesOperation(
            client
        )
        self.list_action_target_archives = (
            list_action_target_archives.ListActionTargetArchivesOperation(client)
        )


__all__ = ["ArchivesOperations", "list_action_archives", "list_action_target_archives"]
