"""Operations of the NP6 menu group "webtask".

Each operation's module is imported on first use (`np6.webtask.<operation>` or this package's
attribute), so a client pays only for the operations it calls.
"""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import TYPE_CHECKING

from ...client import Client

if TYPE_CHECKING:
    from . import update_webtask
    from .update_webtask import UpdateWebtaskOperation

_OPERATIONS = frozenset({"update_webtask"})


def __getattr__(name: str) -> object:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


class WebtaskOperations:
    """`np6.webtask`: every operation of the group, bound to the client."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def update_webtask(self) -> UpdateWebtaskOperation:
        from .update_webtask import UpdateWebtaskOperation

        return UpdateWebtaskOperation(self._client)


__all__ = ["WebtaskOperations", "update_webtask"]
