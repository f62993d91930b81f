"""Operations of the NP6 menu group "segment"."""

from . import (
    add_segment_targets,
    clear_segment_targets,
    create_segment,
    delete_segment,
    list_segment_targets,
    list_segments,
    update_segment,
)

__all__ = [
    "add_segment_targets",
    "clear_segment_targets",
    "create_segment",
    "delete_segment",
    "list_segment_targets",
    "list_segments",
    "update_segment",
]
