"""The observer sees each attempt, retry, pause and stream resumption exactly once."""

import asyncio
import importlib.util
import logging
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from np6_client import (
    AttemptFinished,
    AttemptStarted,
    ClientOptions,
    NP6Client,
    Observer,
    PauseBegun,
    PauseEnded,
    RetryScheduled,
    StreamResumed,
)
from np6_client.api import notification, segment
from np6_client.models import EventSort
from np6_client.testing import FakeNP6, Fault

from .conftest import API_KEY, FAST_RETRIES

pytestmark = pytest.mark.timeout(60)
SEGMENTS = "/segments/{id}/targets"
ACTIVATIONS = "/notifications/{id}/events/activations"


class Recorder(Observer):
    def __init__(self) -> None:
        self.events: list[tuple[str, Any]] = []

    def attempt_started(self, event: AttemptStarted) -> None:
        self.events.append(("attempt_started", event))

    def attempt_finished(self, event: AttemptFinished) -> None:
        self.events.append(("attempt_finished", event))

    def retry_scheduled(self, event: RetryScheduled) -> None:
        self.events.append(("retry_scheduled", event))

    def pause_begun(self, event: PauseBegun) -> None:
        self.events.append(("pause_begun", event))

    def pause_ended(self, event: PauseEnded) -> None:
        self.events.append(("pause_ended", event))

    def stream_resumed(self, event: StreamResumed) -> None:
        self.events.append(("stream_resumed", event))

    def of(self, hook: str) -> list[Any]:
        return [event for name, event in self.events if name == hook]


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
async def observed(fake_url: str, recorder: Recorder) -> AsyncIterator[NP6Client]:
    async with NP6Client(api_key=API_KEY, base_url=fake_url, options=FAST_RETRIES, observer=recorder) as client:
        yield client


async def wait_for(condition: Callable[[], bool]) -> None:
    for _ in range(300):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("condition not met")


async def test_a_retry_is_reported_once_between_its_two_attempts(
    observed: NP6Client, fake: FakeNP6, recorder: Recorder
) -> None:
    fake.faults.add(Fault(method="GET", path="/segments/1/targets", status=503))
    assert await segment.list_segment_targets.asyncio(1, client=observed) == []
    names = [name for name, _ in recorder.events]
    assert names == ["attempt_started", "attempt_finished", "retry_scheduled", "attempt_started", "attempt_finished"]
    first, second = recorder.of("attempt_finished")
    assert (first.method, first.path, first.attempt, first.status, first.error) == ("GET", SEGMENTS, 1, 503, None)
    assert (second.attempt, second.status) == (2, 200)
    assert [first.request_id, second.request_id] == [r.request_id for r in fake.requests]
    (retry,) = recorder.of("retry_scheduled")
    assert (retry.path, retry.attempt, retry.reason) == (SEGMENTS, 1, "HTTP 503")
    assert [s.wait for s in recorder.of("attempt_started")] == [0.0, retry.wait]
    assert recorder.of("pause_begun") == []


async def test_a_rate_limit_pause_is_reported_begun_and_ended_once(
    observed: NP6Client, fake: FakeNP6, recorder: Recorder
) -> None:
    # No usable wait in the answer: the backoff (0 here) is raised to the retry floor, 0.05 s.
    fake.faults.add(Fault(method="GET", path="/segments/2/targets", status=429))
    await segment.list_segment_targets.asyncio(2, client=observed.with_options(backoff_base=0.0, min_retry_delay=0.05))
    await wait_for(lambda: len(recorder.of("pause_ended")) > 0)
    assert recorder.of("pause_begun") == [PauseBegun("GET", SEGMENTS, 0.05)]
    assert recorder.of("pause_ended") == [PauseEnded("GET", SEGMENTS, 0.05)]
    assert [(r.reason, r.wait) for r in recorder.of("retry_scheduled")] == [("HTTP 429", 0.05)]
    assert [f.status for f in recorder.of("attempt_finished")] == [429, 200]


async def test_a_connection_error_is_reported_by_its_type(
    observed: NP6Client, fake: FakeNP6, recorder: Recorder
) -> None:
    fake.faults.add(Fault(method="GET", path="/segments/3/targets", drop="before_read"))
    await segment.list_segment_targets.asyncio(3, client=observed)
    first, second = recorder.of("attempt_finished")
    assert (first.status, first.request_id) == (None, None)
    assert first.error in {"RemoteProtocolError", "ReadError", "ConnectError"}
    assert second.status == 200
    assert [r.reason for r in recorder.of("retry_scheduled")] == [first.error]


async def test_a_stream_resumption_is_reported_once(observed: NP6Client, fake: FakeNP6, recorder: Recorder) -> None:
    fake.set_event_count(401, 20)
    fake.faults.add(Fault(method="GET", path="/notifications/401/events/activations", cut_after_events=7))
    stream = notification.list_notification_activations.stream(401, client=observed, sort=EventSort.ASC)
    assert len([e async for e in stream]) == 20
    assert recorder.of("stream_resumed") == [
        StreamResumed("GET", ACTIVATIONS, 1, 7, fake.event(401, "activation", 6)["timestamp"])
    ]
    assert [f.status for f in recorder.of("attempt_finished")] == [200, 200]
    assert recorder.of("retry_scheduled") == []


async def test_views_report_to_the_same_observer(observed: NP6Client, recorder: Recorder) -> None:
    async with observed.with_options(max_retries=0) as view:
        await segment.list_segment_targets.asyncio(4, client=view)
    assert [f.path for f in recorder.of("attempt_finished")] == [SEGMENTS]


async def test_an_observer_that_raises_never_fails_the_call(
    fake_url: str, fake: FakeNP6, caplog: pytest.LogCaptureFixture
) -> None:
    class Broken(Observer):
        def attempt_finished(self, event: AttemptFinished) -> None:
            raise RuntimeError("metrics backend down")

    caplog.set_level(logging.WARNING, logger="np6_client")
    async with NP6Client(api_key=API_KEY, base_url=fake_url, observer=Broken()) as np6:
        assert await segment.list_segment_targets.asyncio(1, client=np6) == []
    assert [r.getMessage() for r in caplog.records] == ["np6: observer attempt_finished raised RuntimeError; ignored"]


async def test_a_cancelled_attempt_is_reported_finished(fake_url: str, fake: FakeNP6, recorder: Recorder) -> None:
    fake.faults.add(Fault(method="GET", path="/segments/1/targets", delay_headers=5.0))
    async with NP6Client(api_key=API_KEY, base_url=fake_url, observer=recorder) as np6:
        task = asyncio.create_task(segment.list_segment_targets.asyncio(1, client=np6))
        await wait_for(lambda: len(recorder.of("attempt_started")) == 1)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    (finished,) = recorder.of("attempt_finished")
    assert (finished.status, finished.error) == (None, "CancelledError")


def load_example() -> Any:
    path = Path(__file__).resolve().parents[2] / "examples" / "metrics_observer.py"
    spec = importlib.util.spec_from_file_location("metrics_observer", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


async def test_the_documented_metrics_example_counts_and_times(fake_url: str, fake: FakeNP6) -> None:
    example = load_example()
    metrics = example.MetricsObserver()
    fake.set_event_count(402, 12)
    fake.faults.add(Fault(method="GET", path="/segments/1/targets", status=503))
    fake.faults.add(Fault(method="GET", path="/segments/2/targets", status=429))
    fake.faults.add(Fault(method="GET", path="/notifications/402/events/activations", cut_after_events=4))
    options = ClientOptions(backoff_base=0.0, min_retry_delay=0.02)  # every wait is the 0.02 s floor
    async with NP6Client(api_key=API_KEY, base_url=fake_url, options=options, observer=metrics) as np6:
        for segment_id in (1, 2, 3):
            await segment.list_segment_targets.asyncio(segment_id, client=np6)
        stream = notification.list_notification_activations.stream(402, client=np6, sort=EventSort.ASC)
        assert len([e async for e in stream]) == 12
    assert metrics.attempts == {
        ("GET", SEGMENTS, "200"): 3,
        ("GET", SEGMENTS, "503"): 1,
        ("GET", SEGMENTS, "429"): 1,
        ("GET", ACTIVATIONS, "200"): 2,
    }
    assert metrics.retries == {("GET", SEGMENTS, "HTTP 503"): 1, ("GET", SEGMENTS, "HTTP 429"): 1}
    assert metrics.pauses == {SEGMENTS: 1}
    assert metrics.pause_seconds == pytest.approx(0.02)
    assert metrics.resumptions == {("GET", ACTIVATIONS): 1}
    histogram = metrics.durations["GET", SEGMENTS]
    assert histogram.count == 5 and sum(histogram.counts) == 5 and histogram.total > 0


async def test_the_metrics_example_exports_the_rate_limit_state_as_gauges(fake_url: str, fake: FakeNP6) -> None:
    example = load_example()
    metrics = example.MetricsObserver()
    fake.rate_limit(40)
    async with NP6Client(api_key=API_KEY, base_url=fake_url, observer=metrics) as np6:
        await np6.segment.list_segment_targets(1)
        await np6.segment.list_segment_targets(2)
        state = np6.rate_limit
    assert state.reset_at is not None
    assert metrics.gauges == {
        "np6_rate_limit_limit": 40.0,
        "np6_rate_limit_remaining": 38.0,
        "np6_rate_limit_reset_timestamp_seconds": state.reset_at.timestamp(),
        "np6_rate_limit_share": 1.0,
        "np6_rate_limit_paused": 0.0,
    }
    assert metrics.limiter == "InProcessRateLimiter"


async def test_the_example_runs_as_a_script(capsys: pytest.CaptureFixture[str]) -> None:
    await load_example().main()
    out = capsys.readouterr().out.splitlines()
    assert f"attempts GET {SEGMENTS} 200: 3" in out
    assert f"attempts GET {SEGMENTS} 503: 1" in out
    assert f"retries GET {SEGMENTS} HTTP 503: 1" in out
