"""`NP6_LOG=info|debug`: the `np6_client` logger to stderr without touching the app's logging setup.

Only the SDK's own logger is configured, once per process, so an application that configures
logging itself keeps full control; without the variable nothing is changed.
"""

from __future__ import annotations

import logging
import os
import sys
import warnings

LOG_ENV = "NP6_LOG"
LOG_FORMAT = "%(asctime)s %(levelname)s %(message)s"
_LEVELS = {"info": logging.INFO, "debug": logging.DEBUG}


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Marks the handler `NP6_LOG` added, so a second client does not add another."""


def setup_logging_from_env() -> None:
    """Apply `NP6_LOG` if it is set; an unknown value warns and changes nothing."""
    value = os.environ.get(LOG_ENV, "").strip().lower()
    if not value:
        return
    level = _LEVELS.get(value)
    if level is None:
        warnings.warn(f"{LOG_ENV}={value!r} is neither 'info' nor 'debug'; ignored", stacklevel=3)
        return
    logger = logging.getLogger("np6_client")
    if not any(isinstance(handler, _StderrHandler) for handler in logger.handlers):
        handler = _StderrHandler(sys.stderr)
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        logger.addHandler(handler)
    logger.setLevel(level)
