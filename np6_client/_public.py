"""Public classes name the package, not their private module: `np6_client.NotFoundError` in tracebacks.

Set where a class is defined, so it holds however the class was first reached: through the
package, or through a client that loaded its module (`type(np6.limiter)`).
"""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")

PACKAGE = __name__.partition(".")[0]


def public(obj: T) -> T:
    """Name the package as `obj`'s module if it is a class (the package exports no functions); a decorator too."""
    if isinstance(obj, type):
        obj.__module__ = PACKAGE
    return obj
