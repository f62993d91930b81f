"""Operations of the NP6 menu group "enumeration"."""

from . import get_value_list, list_value_lists

__all__ = ["get_value_list", "list_value_lists"]
