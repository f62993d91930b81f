"""Operations of the NP6 menu group "field"."""

from ...client import Client
from . import create_field, list_fields


class FieldOperations:
    """`np6.field`: every operation of the group, bound to the client."""

    __slots__ = (
        "create_field",
        "list_fields",
    )

    def __init__(self, client: Client) -> None:
        self.create_field = create_field.CreateFieldOperation(client)
        self.list_fields = list_fields.ListFieldsOperation(client)


__all__ = ["FieldOperations", "create_field", "list_fields"]
