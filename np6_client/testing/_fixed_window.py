"""A fixed-window rate limit per API key, with the headers NP6 may send.

Windows start at a key's first request rather than on wall-clock seconds, so a test that sends a
burst right after turning the limit on sees the same outcome every run.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass, field

from np6_client.testing._faults import ServedResetStyle

Headers = list[tuple[str, str]]


@dataclass(frozen=True)
class WindowPolicy:
    """How many requests a key may make per window, and which headers tell the client so.

    Rates below one per second become one request per window of 1/rate seconds.
    """

    per_second: float
    reset_style: ServedResetStyle
    send_retry_after: bool
    send_remaining: bool
    window: float = field(init=False)
    limit: int = field(init=False)

    def __post_init__(self) -> None:
        if self.reset_style not in ("delta", "epoch"):
            raise ValueError("reset_style must be 'delta' or 'epoch'")
        if self.per_second <= 0:
            raise ValueError("per_second must be > 0 or None")
        window = max(1.0, 1.0 / self.per_second)
        object.__setattr__(self, "window", window)
        object.__setattr__(self, "limit", max(1, math.floor(self.per_second * window + 1e-9)))


class FixedWindowLimit:
    """Counts requests per key; off until configured."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._policy: WindowPolicy | None = None
        self._windows: dict[str, tuple[float, int]] = {}

    def configure(self, policy: WindowPolicy | None) -> None:
        """Count by `policy` from now on (None turns limiting off); every key starts afresh."""
        with self._lock:
            self._windows.clear()
            self._policy = policy

    def check(self, key: str) -> tuple[bool, Headers]:
        """Count one request; answers whether it may proceed and the headers to send."""
        policy = self._policy
        if policy is None:
            return True, []
        now = time.monotonic()
        with self._lock:
            started, used = self._windows.get(key, (now, 0))
            if now >= started + policy.window:
                started, used = now, 0
            allowed = used < policy.limit
            if allowed:
                used += 1
            self._windows[key] = (started, used)
        wait = started + policy.window - now
        delta = max(1, math.ceil(wait))
        reset = delta if policy.reset_style == "delta" else math.ceil(time.time() + wait)
        # The account's window, as NP6 reports it on every answer: limit, what is left, when it resets.
        account = [
            ("x-ratelimit-limit", str(policy.limit)),
            ("x-ratelimit-remaining", str(policy.limit - used)),
            ("x-ratelimit-reset", str(reset)),
        ]
        if allowed:
            return True, account if policy.send_remaining else []
        headers: Headers = [("retry-after", str(delta))] if policy.send_retry_after else []
        return False, headers + account
