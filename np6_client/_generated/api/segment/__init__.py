"""Operations of the NP6 menu group "segment"."""

from ...client import Client
from . import (
    add_segment_targets,
    clear_segment_targets,
    create_segment,
    delete_segment,
    list_segment_targets,
    list_segments,
    update_segment,
)


class SegmentOperations:
    """`np6.segment`: every operation of the group, bound to the client."""

    __slots__ = (
        "add_segment_targets",
        "clear_segment_targets",
        "create_segment",
        "delete_segment",
        "list_segment_targets",
        "list_segments",
        "update_segment",
    )

    def __init__(self, client: Client) -> None:
        self.add_segment_targets = add_segment_targets.AddSegmentTargetsOperation(
            client
        )
        self.clear_segment_targets = clear_segment_targets.ClearSegmentTargetsOperation(
            client
        )
        self.create_segment = create_segment.CreateSegmentOperation(client)
        self.delete_segment = delete_segment.DeleteSegmentOperation(client)
        self.list_segment_targets = list_segment_targets.ListSegmentTargetsOperation(
            client
        )
        self.list_segments = list_segments.ListSegmentsOperation(client)
        self.update_segment = update_segment.UpdateSegmentOperation(client)


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
