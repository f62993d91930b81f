"""Operations of the NP6 menu group "field"."""

from . import list_fields

__all__ = ["list_fields"]
