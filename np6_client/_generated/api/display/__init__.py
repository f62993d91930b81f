"""Operations of the NP6 menu group "display"."""

from . import list_display_activations, list_display_content_activations

__all__ = ["list_display_activations", "list_display_content_activations"]
