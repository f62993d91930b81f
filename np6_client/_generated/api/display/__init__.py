"""Operations of the NP6 menu group "display".

Each operation's module is imported on first use (`np6.display.<operation>` or this package's
attribute), so a client pays only for the operations it calls.
"""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import TYPE_CHECKING

from ...client import Client

if TYPE_CHECKING:
    from . import list_display_activations, list_display_content_activations
    from .list_display_activations import ListDisplayActivationsOperation
    from .list_display_content_activations import ListDisplayContentActivationsOperation

_OPERATIONS = frozenset(
    {"list_display_activations", "list_display_content_activations"}
)


def __getattr__(name: str) -> object:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


class DisplayOperations:
    """`np6.display`: every operation of the group, bound to the client."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def list_display_activations(self) -> ListDisplayActivationsOperation:
        from .list_display_activations import ListDisplayActivationsOperation

        return ListDisplayActivationsOperation(self._client)

    @cached_property
    def list_display_content_activations(
        self,
    ) -> ListDisplayContentActivationsOperation:
        from .list_display_content_activations import (
            ListDisplayContentActivationsOperation,
        )

        return ListDisplayContentActivationsOperation(self._client)


__all__ = [
    "DisplayOperations",
    "list_display_activations",
    "list_display_content_activations",
]
