"""One `DeprecationWarning` per deprecated operation and process, pointing at the caller's line."""

from __future__ import annotations

import sys
import threading
import warnings

_PACKAGE = __name__.partition(".")[0]  # the whole package: generated callers included
_warned: set[str] = set()
_lock = threading.Lock()


def _replacements() -> dict[str, str]:
    """`x-np6-replacement` of each deprecated operation, where the reference names one."""
    from .index import index  # read the spec on a first warning only: importing this module stays cheap

    return {
        operation_id: operation.replacement
        for operation_id, operation in index().by_id.items()
        if operation.deprecated and operation.replacement
    }


def _caller_stacklevel() -> int:
    """How far up the first frame outside this package is, so the warning names the caller's line."""
    level, frame = 1, sys._getframe(1)
    while frame is not None and frame.f_globals.get("__name__", "").startswith(_PACKAGE):
        level += 1
        frame = frame.f_back  # type: ignore[assignment]
    return level


def warn_deprecated(operation: str) -> None:
    """Warn the first time `operation` is called in this process; later calls stay quiet."""
    if operation in _warned:  # the common case, without the lock: an entry is never removed
        return
    with _lock:
        if operation in _warned:
            return
        _warned.add(operation)
    replacement = _replacements().get(operation)
    advice = f"use {replacement} instead" if replacement else "the NP6 reference names no replacement"
    warnings.warn(f"{operation} is deprecated by NP6; {advice}", DeprecationWarning, stacklevel=_caller_stacklevel())
