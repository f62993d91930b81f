"""Operations of the NP6 menu group "import_"."""

from . import (
    create_import,
    delete_import,
    get_import,
    get_import_execution_state,
    list_imports,
    upload_import_source,
)

__all__ = [
    "create_import",
    "delete_import",
    "get_import",
    "get_import_execution_state",
    "list_imports",
    "upload_import_source",
]
