"""Operations of the NP6 menu group "archives"."""

from . import list_action_archives, list_action_target_archives

__all__ = ["list_action_archives", "list_action_target_archives"]
