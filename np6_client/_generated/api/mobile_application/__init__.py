"""Operations of the NP6 menu group "mobile_application"."""

from . import create_application, get_application, list_applications

__all__ = ["create_application", "get_application", "list_applications"]
