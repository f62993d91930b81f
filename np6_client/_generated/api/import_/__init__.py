"""Operations of the NP6 menu group "import_"."""

from ...client import Client
from . import (
    create_import,
    delete_import,
    execute_import,
    get_import,
    get_import_execution_state,
    list_imports,
    upload_import_source,
)


class ImportOperations:
    """`np6.import_`: every operation of the group, bound to the client."""

    __slots__ = (
        "create_import",
        "delete_import",
        "execute_import",
        "get_import",
        "get_import_execution_state",
        "list_imports",
        "upload_import_source",
    )

    def __init__(self, client: Client) -> None:
        self.create_import = create_import.CreateImportOperation(client)
        self.delete_import = delete_import.DeleteImportOperation(client)
        self.execute_import = execute_import.ExecuteImportOperation(client)
        self.get_import = get_import.GetImportOperation(client)
        self.get_import_execution_state = (
            get_import_execution_state.GetImportExecutionStateOperation(client)
        )
        self.list_imports = list_imports.ListImportsOperation(client)
        self.upload_import_source = upload_import_source.UploadImportSourceOperation(
            client
        )


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
