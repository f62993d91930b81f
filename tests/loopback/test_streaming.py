"""Streaming event exports over loopback: exact sequences, open parsing, early exit, resumption."""

import asyncio
import datetime as dt
import gc
import time
from collections.abc import Callable
from typing import Any

import pytest

from np6_client import NotFoundError, NP6Client, StreamClosedError, StreamInterruptedError
from np6_client.api import notification
from np6_client.models import EventSort, NotificationEvent
from np6_client.testing import FakeNP6, Fault

from .conftest import connections_held

pytestmark = pytest.mark.timeout(60)

KINDS = [
    (notification.list_notification_activations, "activation"),
    (notification.list_notification_executions, "execution"),
    (notification.list_notification_cancellations, "cancellation"),
]


async def wait_until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)


async def disconnects_when_quiet(fake: FakeNP6) -> int:
    """The fake's disconnect count once no stream of an earlier test is open.

    The fake serves the whole session; a stream another test left to the garbage collector could
    otherwise end between this count and the test's own check.
    """
    gc.collect()
    await wait_until(lambda: fake.open_streams == 0)
    return fake.disconnects


def wait_blocking(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    """Poll without awaiting: the event loop cannot run, so only what was done already counts.

    The fake's server thread notices a closed socket within milliseconds when the machine is idle;
    the long timeout is for a loaded one, and costs nothing when the condition holds.
    """
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met while the event loop was held")
        time.sleep(0.01)


@pytest.mark.parametrize(("operation", "kind"), KINDS)
async def test_stream_yields_exactly_what_the_server_sent(
    np6: NP6Client,
    fake: FakeNP6,
    operation: Any,
    kind: str,
) -> None:
    fake.set_event_count(101, 500)
    streamed = [e async for e in operation.stream(101, client=np6, sort=EventSort.ASC)]
    assert len(streamed) == 500
    assert all(isinstance(e, NotificationEvent) and e.type_ == kind for e in streamed)
    expected = [fake.event(101, kind, i) for i in range(500)]
    assert [e.to_dict() for e in streamed] == expected
    whole = await operation.asyncio(101, client=np6, sort=EventSort.ASC)
    assert [e.to_dict() for e in whole] == [e.to_dict() for e in streamed]


async def test_window_and_order_parameters_reach_the_server(np6: NP6Client, fake: FakeNP6) -> None:
    fake.set_event_count(102, 300)
    first_ts = fake.event(102, "activation", 0)["timestamp"]
    start = dt.datetime.fromtimestamp((first_ts + 10_000) / 1000, tz=dt.UTC)
    events = [
        e
        async for e in notification.list_notification_activations.stream(
            102, client=np6, start=start, end=first_ts + 20_000, sort=EventSort.DESC
        )
    ]
    stamps = [e.timestamp for e in events if isinstance(e.timestamp, int)]
    assert stamps == sorted(stamps, reverse=True)
    assert min(stamps) >= first_ts + 10_000
    assert max(stamps) < first_ts + 20_000
    assert len(events) == 30  # three events per second, ten seconds


async def test_unknown_event_types_are_kept_with_their_data(np6: NP6Client, fake: FakeNP6) -> None:
    fake.set_event_count(103, 60)
    fake.set_unknown_type_every(103, 10)
    events = [e async for e in notification.list_notification_executions.stream(103, client=np6, sort=EventSort.ASC)]
    assert len(events) == 60
    unknown = [e for e in events if e.type_ != "execution"]
    assert len(unknown) == 6
    raw = fake.event(103, "execution", 9)
    assert unknown[0].type_ == raw["type"]
    assert unknown[0].to_dict() == raw  # nothing dropped, extra members included
    assert unknown[0].additional_properties


async def test_break_closes_the_connection_at_once(np6: NP6Client, fake: FakeNP6) -> None:
    fake.set_event_count(104, 2_000_000)
    before = await disconnects_when_quiet(fake)
    async for _event in notification.list_notification_activations.stream(104, client=np6):
        break
    await wait_until(lambda: fake.open_streams == 0)
    assert fake.disconnects == before + 1


async def test_exception_in_the_loop_closes_the_connection(np6: NP6Client, fake: FakeNP6) -> None:
    fake.set_event_count(105, 2_000_000)
    before = await disconnects_when_quiet(fake)
    with pytest.raises(RuntimeError, match="consumer"):
        async for _event in notification.list_notification_activations.stream(105, client=np6):
            raise RuntimeError("consumer failed")
    await wait_until(lambda: fake.open_streams == 0)
    assert fake.disconnects == before + 1


async def test_async_with_closes_on_exit(np6: NP6Client, fake: FakeNP6) -> None:
    fake.set_event_count(106, 2_000_000)
    async with notification.list_notification_activations.stream(106, client=np6) as stream:
        async for _event in stream:
            if stream.delivered >= 10:
                break
    await wait_until(lambda: fake.open_streams == 0)
    assert stream.delivered == 10


async def test_cancelling_the_consumer_leaves_no_open_connection(np6: NP6Client, fake: FakeNP6) -> None:
    fake.set_event_count(107, 2_000_000)
    started = asyncio.Event()

    async def consume() -> None:
        async for _event in notification.list_notification_activations.stream(107, client=np6):
            started.set()
            await asyncio.sleep(0.001)

    task = asyncio.create_task(consume())
    await started.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await wait_until(lambda: fake.open_streams == 0)
    await wait_until(lambda: connections_held(np6) == 0)  # the pool's own bookkeeping, on the next turn of the loop


@pytest.mark.parametrize("cut_after", [1, 250, 299])
async def test_sorted_stream_resumes_with_every_event_exactly_once(
    np6: NP6Client, fake: FakeNP6, cut_after: int
) -> None:
    fake.set_event_count(108, 600)
    path = "/notifications/108/events/activations"
    fake.faults.add(Fault(method="GET", path=path, cut_after_events=cut_after))
    stream = notification.list_notification_activations.stream(108, client=np6, sort=EventSort.ASC)
    events = [e async for e in stream]
    ids = [str(e.id) for e in events]
    assert len(ids) == 600 and len(set(ids)) == 600
    assert [e.to_dict() for e in events] == [fake.event(108, "activation", i) for i in range(600)]
    assert stream.resumptions == 1
    requests = [r for r in fake.requests if r.path == path]
    assert len(requests) == 2
    assert requests[1].query["start"] == str(fake.event(108, "activation", cut_after - 1)["timestamp"])


async def test_unsorted_stream_cut_raises_where_it_stopped(np6: NP6Client, fake: FakeNP6) -> None:
    fake.set_event_count(109, 600)
    fake.faults.add(Fault(method="GET", path="/notifications/109/events/cancellations", cut_after_events=250))
    seen: list[NotificationEvent] = []
    with pytest.raises(StreamInterruptedError) as info:
        async for event in notification.list_notification_cancellations.stream(109, client=np6):
            seen.append(event)
    error = info.value
    assert error.delivered == len(seen) == 250
    assert error.last_id == str(seen[-1].id)
    assert error.last_timestamp == seen[-1].timestamp
    assert "after 250 events" in str(error)


async def test_resumption_can_be_switched_off(np6: NP6Client, fake: FakeNP6) -> None:
    fake.set_event_count(110, 100)
    fake.faults.add(Fault(method="GET", path="/notifications/110/events/activations", cut_after_events=40))
    no_resume = np6.with_options(resume_streams=False)
    with pytest.raises(StreamInterruptedError) as info:
        async for _ in notification.list_notification_activations.stream(110, client=no_resume, sort=EventSort.ASC):
            pass
    assert info.value.delivered == 40


async def test_errors_before_the_first_event_are_typed_and_retried(np6: NP6Client, fake: FakeNP6) -> None:
    with pytest.raises(NotFoundError):
        async for _ in notification.list_notification_activations.stream(999_999, client=np6):
            pass
    fake.set_event_count(111, 5)
    fake.faults.add(Fault(method="GET", path="/notifications/111/events/executions", status=503))
    events = [e async for e in notification.list_notification_executions.stream(111, client=np6)]
    assert len(events) == 5
    assert fake.count("GET", "/notifications/111/events/executions") == 2


async def test_a_stream_cut_before_its_first_event_starts_over_in_any_order(np6: NP6Client, fake: FakeNP6) -> None:
    fake.set_event_count(112, 50)
    path = "/notifications/112/events/executions"
    fake.faults.add(Fault(method="GET", path=path, cut_after_events=0))
    stream = notification.list_notification_executions.stream(112, client=np6)
    events = [e async for e in stream]
    assert len(events) == 50
    assert len({str(e.id) for e in events}) == 50
    assert stream.resumptions == 1
    assert fake.count("GET", path) == 2


async def test_every_break_releases_the_server_at_once(np6: NP6Client, fake: FakeNP6) -> None:
    # The server is blocked writing into a full window: an orderly close can leave it probing that
    # window for a minute (now and then, by timing); a reset ends its answer at once, every time.
    fake.set_event_count(113, 2_000_000)
    for _ in range(40):
        before = await disconnects_when_quiet(fake)
        async for _event in notification.list_notification_activations.stream(113, client=np6):
            break
        await wait_until(lambda: fake.open_streams == 0, timeout=10.0)
        assert fake.disconnects == before + 1
    await wait_until(lambda: connections_held(np6) == 0)


async def test_aclose_has_closed_when_it_returns(np6: NP6Client, fake: FakeNP6) -> None:
    fake.set_event_count(114, 2_000_000)
    before = await disconnects_when_quiet(fake)
    stream = notification.list_notification_activations.stream(114, client=np6)
    await anext(stream)
    await stream.aclose()
    wait_blocking(lambda: fake.disconnects == before + 1)
    with pytest.raises(StreamClosedError):
        await anext(stream)


async def test_a_named_stream_stays_open_after_break_until_released(np6: NP6Client, fake: FakeNP6) -> None:
    fake.set_event_count(115, 2_000_000)
    before = await disconnects_when_quiet(fake)
    stream = notification.list_notification_activations.stream(115, client=np6, sort=EventSort.ASC)
    async for _event in stream:
        break
    following = await anext(stream)  # the loop can be taken up again where it stopped
    assert following.to_dict() == fake.event(115, "activation", 1)
    assert stream.delivered == 2
    assert fake.disconnects == before
    del stream
    await wait_until(lambda: fake.disconnects == before + 1)
