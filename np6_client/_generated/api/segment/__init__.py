"""Operations of the NP6 menu group "segment".

Each operation's module is imported on first use (`np6.segment.<operation>` or this package's
attribute), so a client pays only for the operations it calls.
"""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import TYPE_CHECKING

from ...client import Client

if TYPE_CHECKING:
    from . import (
        add_segment_targets,
        clear_segment_targets,
        create_segment,
        delete_segment,
        list_segment_targets,
        list_segments,
        update_segment,
    )
    from .add_segment_targets import AddSegmentTargetsOperation
    from .clear_segment_targets import ClearSegmentTargetsOperation
    from .create_segment import CreateSegmentOperation
    from .delete_segment import DeleteSegmentOperation
    from .list_segment_targets import ListSegmentTargetsOperation
    from .list_segments import ListSegmentsOperation
    from .update_segment import UpdateSegmentOperation

_OPERATIONS = frozenset(
    {
        "add_segment_targets",
        "clear_segment_targets",
        "create_segment",
        "delete_segment",
        "list_segment_targets",
        "list_segments",
        "update_segment",
    }
)


def __getattr__(name: str) -> object:
    if name not in _OPERATIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


class SegmentOperations:
    """`np6.segment`: every operation of the group, bound to the client."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def add_segment_targets(self) -> AddSegmentTargetsOperation:
        from .add_segment_targets import AddSegmentTargetsOperation

        return AddSegmentTargetsOperation(self._client)

    @cached_property
    def clear_segment_targets(self) -> ClearSegmentTargetsOperation:
        from .clear_segment_targets import ClearSegmentTargetsOperation

        return ClearSegmentTargetsOperation(self._client)

    @cached_property
    def create_segment(self) -> CreateSegmentOperation:
        from .create_segment import CreateSegmentOperation

        return CreateSegmentOperation(self._client)

    @cached_property
    def delete_segment(self) -> DeleteSegmentOperation:
        from .delete_segment import DeleteSegmentOperation

        return DeleteSegmentOperation(self._client)

    @cached_property
    def list_segment_targets(self) -> ListSegmentTargetsOperation:
        from .list_segment_targets import ListSegmentTargetsOperation

        return ListSegmentTargetsOperation(self._client)

    @cached_property
    def list_segments(self) -> ListSegmentsOperation:
        from .list_segments import ListSegmentsOperation

        return ListSegmentsOperation(self._client)

    @cached_property
    def update_segment(self) -> UpdateSegmentOperation:
        from .update_segment import UpdateSegmentOperation

        return UpdateSegmentOperation(self._client)


__all__ = [
    "SegmentOperations",
    "add_segment_targets",
    "clear_segment_targets",
    "create_segment",
    "delete_segment",
    "list_segment_targets",
    "list_segments",
    "update_segment",
]
