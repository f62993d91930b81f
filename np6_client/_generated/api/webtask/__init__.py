"""Operations of the NP6 menu group "webtask"."""

from . import update_webtask

__all__ = ["update_webtask"]
