"""Operations of the NP6 menu group "import_".

Each operation's module is imported on first use (`np6.import_.<operation>` or this package's
attribute), so a client pays only for the operations it calls.
"""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import TYPE_CHECKING

from ...client import Client

if TYPE_CHECKING:
    from . import (
        create_import,
        delete_import,
        execute_import,
        get_import,
        get_import_execution_state,
        list_imports,
        upload_import_source,
    )
    from .create_import import CreateImportOperation
    from .delete_import import DeleteImportOperation
    from .execute_import import ExecuteImportOperation
    from .get_import import GetImportOperation
    from .get_import_execution_state import GetImportExecutionStateOperation
    from .list_imports import ListImportsOperation
    from .upload_import_source import UploadImportSourceOperation

_OPERATIONS = frozenset(
    {
        "create_import",
        "delete_import",
        "execute_import",
        "get_import",
        "get_import_execution_state",
        "list_imports",
        "upload_import_source",
    }
)


def __getattr__(name: str) -> object:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


class ImportOperations:
    """`np6.import_`: every operation of the group, bound to the client."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def create_import(self) -> CreateImportOperation:
        from .create_import import CreateImportOperation

        return CreateImportOperation(self._client)

    @cached_property
    def delete_import(self) -> DeleteImportOperation:
        from .delete_import import DeleteImportOperation

        return DeleteImportOperation(self._client)

    @cached_property
    def execute_import(self) -> ExecuteImportOperation:
        from .execute_import import ExecuteImportOperation

        return ExecuteImportOperation(self._client)

    @cached_property
    def get_import(self) -> GetImportOperation:
        from .get_import import GetImportOperation

        return GetImportOperation(self._client)

    @cached_property
    def get_import_execution_state(self) -> GetImportExecutionStateOperation:
        from .get_import_execution_state import GetImportExecutionStateOperation

        return GetImportExecutionStateOperation(self._client)

    @cached_property
    def list_imports(self) -> ListImportsOperation:
        from .list_imports import ListImportsOperation

        return ListImportsOperation(self._client)

    @cached_property
    def upload_import_source(self) -> UploadImportSourceOperation:
        from .upload_import_source import UploadImportSourceOperation

        return UploadImportSourceOperation(self._client)


__all__ = [
    "ImportOperations",
    "create_import",
    "delete_import",
    "execute_import",
    "get_import",
    "get_import_execution_state",
    "list_imports",
    "upload_import_source",
]
