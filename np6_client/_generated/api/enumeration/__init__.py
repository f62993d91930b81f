"""Operations of the NP6 menu group "enumeration"."""

from ...client import Client
from . import get_value_list, list_value_lists


class EnumerationOperations:
    """`np6.enumeration`: every operation of the group, bound to the client."""

    __slots__ = (
        "get_value_list",
        "list_value_lists",
    )

    def __init__(self, client: Client) -> None:
        self.get_value_list = get_value_list.GetValueListOperation(client)
        self.list_value_lists = list_value_lists.ListValueListsOperation(client)


__all__ = ["EnumerationOperations", "get_value_list", "list_value_lists"]
