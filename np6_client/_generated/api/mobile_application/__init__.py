"""Operations of the NP6 menu group "mobile_application".

Each operation's module is imported on first use (`np6.mobile_application.<operation>` or this package's
attribute), so a client pays only for the operations it calls.
"""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import TYPE_CHECKING

from ...client import Client

if TYPE_CHECKING:
    from . import create_application, get_application, list_applications
    from .create_application import CreateApplicationOperation
    from .get_application import GetApplicationOperation
    from .list_applications import ListApplicationsOperation

_OPERATIONS = frozenset({"create_application", "get_application", "list_applications"})


def __getattr__(name: str) -> object:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


class MobileApplicationOperations:
    """`np6.mobile_application`: every operation of the group, bound to the client."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def create_application(self) -> CreateApplicationOperation:
        from .create_application import CreateApplicationOperation

        return CreateApplicationOperation(self._client)

    @cached_property
    def get_application(self) -> GetApplicationOperation:
        from .get_application import GetApplicationOperation

        return GetApplicationOperation(self._client)

    @cached_property
    def list_applications(self) -> ListApplicationsOperation:
        from .list_applications import ListApplicationsOperation

        return ListApplicationsOperation(self._client)


__all__ = [
    "MobileApplicationOperations",
    "create_application",
    "get_application",
    "list_applications",
]
