"""Feeding counters, histograms and gauges from an `Observer`, with plain Python containers.

Swap the dicts for your metrics library's counters, histograms and gauges (prometheus_client,
opentelemetry metrics, statsd ...): the labels are the method and the path template, so there
are as few series as operations. The gauges follow `np6.rate_limit`, which the observer hears
each time it changes: what is left of the key's quota, when it resets, whether a pause holds
the client, and this process's share of the key's traffic.

    python examples/metrics_observer.py   # runs a few calls against the fake NP6 and prints the metrics
"""

from __future__ import annotations

import asyncio
import bisect
from collections import Counter

from np6_client import (
    AttemptFinished,
    ClientOptions,
    NP6Client,
    Observer,
    PauseBegun,
    RateLimitState,
    RetryScheduled,
    StreamResumed,
)

BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
"""Upper bounds (seconds) of the attempt-duration histogram; one more bucket counts the rest."""


class Histogram:
    """Cumulative-style buckets, a sum and a count, as metrics backends keep them."""

    def __init__(self, bounds: tuple[float, ...] = BUCKETS) -> None:
        self.bounds = bounds
        self.counts = [0] * (len(bounds) + 1)
        self.total = 0.0
        self.count = 0

    def observe(self, value: float) -> None:
        self.counts[bisect.bisect_left(self.bounds, value)] += 1
        self.total += value
        self.count += 1


class MetricsObserver(Observer):
    """Counts attempts by outcome, retries by reason, pauses and resumptions; times attempts."""

    def __init__(self) -> None:
        self.attempts: Counter[tuple[str, str, str]] = Counter()
        self.retries: Counter[tuple[str, str, str]] = Counter()
        self.pauses: Counter[str] = Counter()
        self.pause_seconds = 0.0
        self.resumptions: Counter[tuple[str, str]] = Counter()
        self.durations: dict[tuple[str, str], Histogram] = {}
        self.gauges: dict[str, float] = {}
        self.limiter = ""

    def attempt_finished(self, event: AttemptFinished) -> None:
        outcome = str(event.status) if event.status is not None else event.error or "error"
        self.attempts[event.method, event.path, outcome] += 1
        self.durations.setdefault((event.method, event.path), Histogram()).observe(event.elapsed)

    def retry_scheduled(self, event: RetryScheduled) -> None:
        self.retries[event.method, event.path, event.reason] += 1

    def pause_begun(self, event: PauseBegun) -> None:
        self.pauses[event.path] += 1
        self.pause_seconds += event.seconds

    def stream_resumed(self, event: StreamResumed) -> None:
        self.resumptions[event.method, event.path] += 1

    def rate_limit_changed(self, state: RateLimitState) -> None:
        """One gauge per number the client knows; an unknown one is left out rather than faked as 0."""
        known = {
            "np6_rate_limit_limit": state.limit,
            "np6_rate_limit_remaining": state.remaining,
            "np6_rate_limit_reset_timestamp_seconds": state.reset_at.timestamp() if state.reset_at else None,
            "np6_rate_limit_share": state.share,
        }
        self.gauges = {name: float(value) for name, value in known.items() if value is not None}
        self.gauges["np6_rate_limit_paused"] = 1.0 if state.paused else 0.0
        self.limiter = state.limiter  # a label, as an info metric would carry it


async def main() -> None:
    from np6_client.api import segment
    from np6_client.testing import FakeNP6, Fault

    fake = FakeNP6(api_keys=("demo-key",))
    metrics = MetricsObserver()
    fake.faults.add(Fault(method="GET", path="/segments/{id}/targets", status=503))
    with fake.serve() as url:
        options = ClientOptions(backoff_base=0.01, backoff_cap=0.05)
        fake.rate_limit(50)  # the fake then reports its quota on every answer, as NP6 does
        async with NP6Client(api_key="demo-key", base_url=url, options=options, observer=metrics) as np6:
            for segment_id in (1, 2, 3):
                await segment.list_segment_targets.asyncio(segment_id, client=np6)
            print(f"np6.rate_limit: {np6.rate_limit}")
    for (method, path, outcome), count in sorted(metrics.attempts.items()):
        print(f"attempts {method} {path} {outcome}: {count}")
    for (method, path, reason), count in sorted(metrics.retries.items()):
        print(f"retries {method} {path} {reason}: {count}")
    for (method, path), histogram in sorted(metrics.durations.items()):
        print(f"duration {method} {path}: {histogram.count} attempts, {histogram.total:.3f}s in all")
    for name, value in sorted(metrics.gauges.items()):
        print(f"{name}{{limiter={metrics.limiter!r}}} {value:.15g}")


if __name__ == "__main__":
    asyncio.run(main())
