"""Operations of the NP6 menu group "field"."""

from ...client import Client
from . import list_fields


class FieldOperations:
    """`np6.field`: every operation of the group, bound to the client."""

    __slots__ = ("list_fields",)

    def __init__(self, client: Client) -> None:
        self.list_fields = list_fields.ListFieldsOperation(client)


__all__ = ["FieldOperations", "list_fields"]
