"""When this process may start its next request, from what the account's rate-limit headers say.

NP6 counts every request of an account in one fixed window and reports the account's figures on
every answer, so a replica sees the whole fleet's consumption without talking to the others: its
own answers in a window, against what the account used of that window (`limit - Remaining`), is
its share of the fleet's traffic. Counting only on that share of what is left, spread over the
rest of the window, keeps the fleet under the limit; and every figure is learned again from later
answers, so one long `Retry-After` or an old limit does not slow the client for good.

Everything here is plain bookkeeping on a clock passed in, so it is tested without sleeping.
"""

from __future__ import annotations

import math
import random

import attrs

from .._public import public

# Remaining at or below this part of the limit means the account is running short.
_SHORT_FRACTION = 0.1
# Pacing stays on for this many windows after the account last ran short, then switches off.
_PACING_MEMORY_WINDOWS = 3.0
# A lone client may start this part of the limit back to back before spacing applies.
_BURST_FRACTION = 0.1
# Spacing varies by this much either way, so replicas with equal shares drift apart.
_SPACING_JITTER = 0.1
# Replicas waiting for the same reset start again spread over this part of the window.
_RESTART_JITTER = 0.05
# A share of at least this means no other replica worth pacing for.
_ALONE_SHARE = 0.9
# The first request goes alone, unless its answer takes longer than this.
_PROBE_PATIENCE = 1.0
# How long to wait for answers in flight before asking again when the known budget is spent.
PROBE_WAIT = 0.02


@public
@attrs.frozen
class Quota:
    """What one answer said about the rate limit; None where a header was absent."""

    limit: int | None = None
    remaining: int | None = None
    reset_in: float | None = None


# What an answer without rate-limit headers says (`read_quota` of it gives an equal `Quota`).
NO_QUOTA = Quota()


def _seconds(value: float | None) -> float:
    return value if value is not None and math.isfinite(value) and value > 0 else 0.0


def usable_per_window(limit: int) -> float:
    """Starts to aim for per window: one fewer than the limit, so a late answer never makes it 429."""
    return max(limit - 1.0, 0.9 * limit)


class AccountPacer:
    """Learns limit, window length and this process's share; says how long before the next start."""

    def __init__(self, rng: random.Random | None = None) -> None:
        self._rng = rng or random.Random()
        self.limit: int | None = None
        self.window: float | None = None
        self._prior_share: float | None = None
        self._last_remaining: int | None = None
        self._own_answers = 0
        self._longest_reset = 0.0
        self._budget: float | None = None
        self._answered = False
        self._first_sent_at = -math.inf
        self._window_end: float | None = None
        self._restart_jitter = 0.0
        self._pacing_until = 0.0
        self._next_start = 0.0
        # True while `wait()` says 0.0, `take()` changes nothing and an answer without rate-limit
        # headers teaches nothing: answered, no limit and no budget known. Kept as an attribute
        # so that a limiter can skip the pacer on every call of a client NP6 reports no limit to.
        self.idle = False

    @property
    def share(self) -> float:
        """Part of the account's traffic that is this process's (1.0 when alone)."""
        floor = 1.0 / max(self.limit or 1, 1)
        if self._prior_share is not None:
            # Only closed windows count: within a window, the faster a process goes the larger its
            # share looks, and it would run away with the window.
            return max(self._prior_share, floor)
        return self._window_share() or 1.0

    def pacing(self, now: float) -> bool:
        """Whether starts are being spaced (the account ran short lately and its quota is known)."""
        if self.limit is None or self.window is None:
            return False
        return self.share < _ALONE_SHARE or now < self._pacing_until  # other replicas, or running short

    def interval(self) -> float:
        """Seconds between this process's starts while pacing (0.0 while limit or window is unknown)."""
        if self.limit is None or self.window is None:
            return 0.0
        return self.window / (usable_per_window(self.limit) * self.share)

    def observe(self, quota: Quota, *, refused: bool, now: float, in_flight: int) -> float:
        """Learn from one answer; returns how long every start must pause (0.0 for no pause)."""
        pause = self._learn(quota, refused=refused, now=now, in_flight=in_flight)
        self.idle = self.limit is None and self._budget is None  # only answers set either
        return pause

    def _learn(self, quota: Quota, *, refused: bool, now: float, in_flight: int) -> float:
        self._answered = True
        if quota.limit is not None and quota.limit > 0:
            self.limit = quota.limit
        if refused:
            self._ran_short(now)
            self._budget = None
            return _seconds(quota.reset_in)
        if quota.remaining is None:
            return 0.0
        remaining = max(0, quota.remaining)
        self._track_window(remaining, quota.reset_in, now)
        # What is left is the whole account's: this process may count only on its share of it.
        self._budget = self.share * remaining - in_flight
        if remaining <= max(1.0, (self.limit or 0) * _SHORT_FRACTION):
            self._ran_short(now)
        if remaining == 0 and self._window_end is not None:
            return max(0.0, self._window_end - now)
        return 0.0

    def wait(self, now: float, in_flight: int) -> float:
        """Seconds before a start may go; 0.0 means now. Changes nothing."""
        spent = self._budget is not None and self._budget < 1
        if in_flight > 0 and (spent or self._share_unknown(now, in_flight)):
            return PROBE_WAIT  # answers in flight will tell how much is left, and this process's share
        if spent and self._window_end is not None and now < self._window_end + self._restart_jitter:
            return self._window_end + self._restart_jitter - now  # our part is spent: wait for the reset
        if not self.pacing(now):
            return 0.0
        tolerance = self.interval() * self._burst()
        return max(0.0, self._next_start - tolerance - now)

    def take(self, now: float) -> None:
        """Count one start (call only after `wait()` said 0.0, with no await in between)."""
        if not self._answered and self._first_sent_at == -math.inf:
            self._first_sent_at = now
        if self._budget is not None:
            self._budget -= 1  # with nothing in flight and nothing left, this start probes
        if self.pacing(now):
            spacing = self._spacing(now) * self._rng.uniform(1 - _SPACING_JITTER, 1 + _SPACING_JITTER)
            self._next_start = max(self._next_start, now) + spacing  # wait() grants the burst

    def _spacing(self, now: float) -> float:
        """Seconds to the next start: the budget spread over what is left of the window, else the share.

        Spreading what is left tracks the account as it is now (another replica taking more than
        its share shows at once in `Remaining`), and puts the last unit of budget at the reset,
        where it falls into the next window instead of racing the other replicas for the end of
        this one.
        """
        if self._window_end is not None and self._budget is not None and self._window_end > now:
            return (self._window_end - now) / max(self._budget, 1.0)
        return self.interval()

    def _share_unknown(self, now: float, in_flight: int) -> bool:
        """Whether to hold starts while this process's share is unknown.

        The first request goes alone; then, until a window has closed, the requests in flight may
        double with each answer. Replicas that start together would otherwise each send all their
        tasks into a window that the first of them already spent.
        """
        if not self._answered:
            return now - self._first_sent_at < _PROBE_PATIENCE
        if self.limit is None or self._prior_share is not None:
            return False
        return in_flight >= 1 << min(self._own_answers, 16)  # double what may be in flight per answer

    def _burst(self) -> float:
        """Spacing intervals a lone client may run ahead (none once it is one replica of many)."""
        if self.limit is None:
            return 0.0
        return max(0.0, self.share * self.limit * _BURST_FRACTION - 1)

    def _ran_short(self, now: float) -> None:
        if self.window is not None:
            self._pacing_until = now + self.window * _PACING_MEMORY_WINDOWS

    def _track_window(self, remaining: int, reset_in: float | None, now: float) -> None:
        """Tell a new server window by a jump in `Remaining`; learn share, window length and end."""
        last = self._last_remaining
        jump = max(1, (self.limit or 0) // 4)  # answers may come back slightly out of order
        if last is None or remaining > last + jump:
            self._close_window()
            self._own_answers = 0
            self._longest_reset = 0.0
            self._window_end = None
        self._own_answers += 1
        self._last_remaining = remaining
        if reset_in is not None and math.isfinite(reset_in) and reset_in > 0:
            self._longest_reset = max(self._longest_reset, reset_in)
            # Grows at once within a window; shrinks when a window closes (see _close_window).
            self.window = max(self.window or 0.0, reset_in)
            # A reset in whole seconds is rounded up, so the earliest end any answer implies is the best.
            end = now + reset_in
            if self._window_end is None or end < self._window_end:
                self._window_end = end
                self._restart_jitter = self._rng.uniform(0.0, self.window * _RESTART_JITTER)

    def _window_share(self) -> float | None:
        """Our answers in this window against all the account used of it (a window starts at `limit`).

        Counting from the window's start rather than from our first answer in it makes a replica
        that joins late see how much the others already took.
        """
        if self.limit is None or self._last_remaining is None:
            return None
        used = self.limit - self._last_remaining
        if used < max(2, self._own_answers):
            return None
        return max(min(1.0, self._own_answers / used), 1.0 / self.limit)

    def _close_window(self) -> None:
        if self._last_remaining is None:
            return
        sample = self._window_share()
        if sample is not None:
            self._prior_share = sample if self._prior_share is None else (self._prior_share + sample) / 2
        if self._longest_reset > 0 and self.window is not None:
            self.window = max(self._longest_reset, self.window / 2)
