"""Generated attrs models of NP6 request and response bodies.

Each model is imported on first use; type checkers read the star import.
"""

from typing import TYPE_CHECKING

from ._generated import models as _models
from ._generated.models import __all__ as __all__  # noqa: PLC0414

if TYPE_CHECKING:
    from ._generated.models import *  # noqa: F403


def __getattr__(name: str) -> object:
    return getattr(_models, name)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
