"""Operations of the NP6 menu group "field".

Each operation's module is imported on first use (`np6.field.<operation>` or this package's
attribute), so a client pays only for the operations it calls.
"""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import TYPE_CHECKING

from ...client import Client

if TYPE_CHECKING:
    from . import create_field, list_fields
    from .create_field import CreateFieldOperation
    from .list_fields import ListFieldsOperation

_OPERATIONS = frozenset({"create_field", "list_fields"})


def __getattr__(name: str) -> object:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


class FieldOperations:
    """`np6.field`: every operation of the group, bound to the client."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def create_field(self) -> CreateFieldOperation:
        from .create_field import CreateFieldOperation

        return CreateFieldOperation(self._client)

    @cached_property
    def list_fields(self) -> ListFieldsOperation:
        from .list_fields import ListFieldsOperation

        return ListFieldsOperation(self._client)


__all__ = ["FieldOperations", "create_field", "list_fields"]
