"""Call deadlines share one timer: each call still ends at its own deadline, and only by its own deadline."""

from __future__ import annotations

import asyncio

import pytest

from np6_client._transport.deadline import CallDeadline, Deadlines, DueTimes
from tests.fake_timers import FakeTimers, settle


@pytest.fixture
def deadlines(timers: FakeTimers) -> Deadlines:
    return Deadlines(timers)


class Call:
    """A task that starts a deadline and waits until told to end; records what `end()` said."""

    def __init__(self, deadlines: Deadlines, budget: float) -> None:
        self.deadline: CallDeadline | None = None
        self.outcome: object = None
        self.finish = asyncio.Event()
        self.task = asyncio.get_running_loop().create_task(self._run(deadlines, budget))

    async def _run(self, deadlines: Deadlines, budget: float) -> None:
        self.deadline = deadlines.start(budget)
        try:
            await self.finish.wait()
        except asyncio.CancelledError as exc:
            self.outcome = self.deadline.end(exc)
            if self.outcome is None:
                raise
            return
        self.outcome = self.deadline.end(None)


async def started(deadlines: Deadlines, *budgets: float) -> list[Call]:
    calls = [Call(deadlines, budget) for budget in budgets]
    await asyncio.sleep(0)  # each task starts its deadline
    return calls


async def test_calls_with_one_budget_share_one_timer_and_each_ends_at_its_own_deadline(
    timers: FakeTimers, deadlines: Deadlines
) -> None:
    first = (await started(deadlines, 10.0))[0]
    timers.now = 1002.0
    second = (await started(deadlines, 10.0))[0]
    assert timers.pending == [1010.0]  # the second's deadline needs no timer of its own yet

    await timers.reach(1010.0)
    assert isinstance(first.outcome, TimeoutError)
    assert isinstance(first.outcome.__cause__, asyncio.CancelledError)
    assert first.task.done() and not first.task.cancelled()
    assert not second.task.done() and timers.pending == [1012.0]

    await timers.reach(1011.999)
    assert not second.task.done()
    await timers.reach(1012.0)
    assert isinstance(second.outcome, TimeoutError)
    assert timers.pending == []


async def test_a_call_that_ends_in_time_is_forgotten_and_its_timer_moves_to_the_next_call(
    timers: FakeTimers, deadlines: Deadlines
) -> None:
    first = (await started(deadlines, 10.0))[0]
    timers.now = 1005.0
    second = (await started(deadlines, 10.0))[0]

    first.finish.set()
    await settle()
    assert first.outcome is None and first.task.done() and not first.task.cancelled()
    timers.advance_to(1010.0)  # the timer set for the first call finds nothing due and waits for the second
    await settle()
    assert first.deadline is not None and first.deadline.expired is False
    assert first.deadline.end(None) is None  # ending twice changes nothing
    assert not second.task.done()
    assert timers.pending == [1015.0]

    second.finish.set()
    await settle()
    timers.advance_to(1015.0)
    assert timers.pending == []  # nothing left to wait for: no timer


async def test_a_shorter_budget_started_later_gets_the_timer_first(timers: FakeTimers, deadlines: Deadlines) -> None:
    long_call, short_call = await started(deadlines, 60.0, 5.0)
    assert timers.pending == [1005.0]

    await timers.reach(1005.0)
    assert isinstance(short_call.outcome, TimeoutError)
    assert not long_call.task.done() and timers.pending == [1060.0]
    await timers.reach(1060.0)
    assert isinstance(long_call.outcome, TimeoutError)


async def test_calls_due_at_the_same_moment_all_end_there(timers: FakeTimers, deadlines: Deadlines) -> None:
    calls = await started(deadlines, 3.0, 3.0, 3.0)
    assert len(timers.handles) == 1  # one timer, set once
    await timers.reach(1003.0)
    assert all(isinstance(call.outcome, TimeoutError) for call in calls)


async def test_a_callers_own_cancel_stays_a_cancel_even_when_the_deadline_also_passed(
    timers: FakeTimers, deadlines: Deadlines
) -> None:
    call = (await started(deadlines, 1.0))[0]
    call.task.cancel()  # the caller's, before the task runs again
    timers.advance_to(1001.0)  # and the deadline's
    await settle()
    assert call.outcome is None
    assert call.task.cancelled()


async def test_a_callers_cancel_before_the_deadline_is_not_a_timeout(timers: FakeTimers, deadlines: Deadlines) -> None:
    call = (await started(deadlines, 1.0))[0]
    call.task.cancel()
    await settle()
    assert call.outcome is None and call.task.cancelled()
    timers.advance_to(1001.0)  # its deadline is forgotten: nothing else is cancelled
    assert timers.pending == []


async def test_an_error_other_than_the_deadlines_cancel_is_not_a_timeout(
    timers: FakeTimers, deadlines: Deadlines
) -> None:
    call = (await started(deadlines, 1.0))[0]
    assert call.deadline is not None
    timers.advance_to(1001.0)
    assert call.deadline.expired
    assert call.deadline.end(RuntimeError("raised while the cancel was on its way")) is None
    assert call.task.cancelling() == 0  # the deadline's cancel request was taken back
    call.task.cancel()
    await settle()


async def test_a_deadline_needs_a_task(deadlines: Deadlines) -> None:

    def outside_a_task() -> None:
        deadlines.start(1.0)

    loop = asyncio.get_running_loop()
    future: asyncio.Future[BaseException] = loop.create_future()

    def run() -> None:
        try:
            outside_a_task()
        except RuntimeError as exc:
            future.set_result(exc)

    loop.call_soon(run)
    assert str(await future) == "a call's deadline is kept by the task making the call"


def test_the_transport_keeps_one_set_of_deadlines_per_event_loop() -> None:
    import httpx

    from np6_client import NP6Client

    np6 = NP6Client(api_key="sk-deadlines", transport=httpx.MockTransport(lambda _: httpx.Response(200, json=[])))
    transport = np6._direct._transport
    seen = []
    for _ in range(2):  # two event loops, one after the other
        asyncio.run(np6.request("GET", "/segments/{id}/targets", path={"id": 1}))
        seen.append(transport._deadlines)  # type: ignore[attr-defined]
    assert seen[0] is not None and seen[1] is not None and seen[0] is not seen[1]


@pytest.mark.parametrize("budget", [0.0, 1e-9])
async def test_a_deadline_already_due_ends_the_call_on_the_next_turn(
    budget: float, timers: FakeTimers, deadlines: Deadlines
) -> None:
    call = (await started(deadlines, budget))[0]
    await timers.reach(timers.now + budget)
    assert isinstance(call.outcome, TimeoutError)


async def test_a_timer_run_a_hair_early_still_ends_the_calls_it_was_set_for(
    timers: FakeTimers, deadlines: Deadlines
) -> None:
    call = (await started(deadlines, 10.0))[0]
    await timers.reach(1010.0, early=1e-9)
    assert isinstance(call.outcome, TimeoutError)
    assert timers.pending == []


async def test_after_a_deadline_the_timer_waits_for_the_earliest_of_every_budget(
    timers: FakeTimers, deadlines: Deadlines
) -> None:
    first_short, long_call = await started(deadlines, 5.0, 60.0)
    timers.now = 1001.0
    second_short = (await started(deadlines, 5.0))[0]
    await timers.reach(1005.0)
    assert isinstance(first_short.outcome, TimeoutError)
    assert timers.pending == [1006.0]
    await timers.reach(1006.0)
    assert isinstance(second_short.outcome, TimeoutError)
    assert not long_call.task.done()
    long_call.finish.set()
    await settle()


async def test_nothing_is_kept_once_every_deadline_has_passed(timers: FakeTimers, deadlines: Deadlines) -> None:
    calls = await started(deadlines, *(float(budget) for budget in range(1, 6)))
    calls[0].finish.set()
    await settle()
    await timers.reach(1010.0)
    assert deadlines._queues == {}


async def test_a_call_after_every_deadline_passed_gets_a_timer_again(timers: FakeTimers, deadlines: Deadlines) -> None:
    (await started(deadlines, 1.0))[0].finish.set()
    await settle()
    timers.advance_to(1001.0)
    timers.now = 1002.0
    late = (await started(deadlines, 1.0))[0]
    assert timers.pending == [1003.0]
    await timers.reach(1003.0)
    assert isinstance(late.outcome, TimeoutError)


async def test_a_call_made_while_its_task_is_being_cancelled_still_times_out_as_a_timeout(
    timers: FakeTimers, deadlines: Deadlines
) -> None:
    outcome: list[object] = []

    async def cleanup_after_cancel() -> None:
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            deadline = deadlines.start(2.0)  # a call in cleanup: one cancellation already pending
            try:
                await asyncio.Event().wait()
            except asyncio.CancelledError as exc:
                outcome.append(deadline.end(exc))
            raise

    task = asyncio.get_running_loop().create_task(cleanup_after_cancel())
    await settle()
    task.cancel()
    await settle()
    await timers.reach(timers.now + 2.0)
    assert len(outcome) == 1 and isinstance(outcome[0], TimeoutError)
    assert task.cancelled()  # the first cancellation still ends the task


async def test_calls_ended_in_time_leave_nothing_behind_whatever_their_budgets(
    timers: FakeTimers, deadlines: Deadlines
) -> None:
    calls = await started(deadlines, *(1.0 + n / 1000 for n in range(50)))  # a per-call timeout each
    for call in calls:
        call.finish.set()
    await settle()
    assert all(call.outcome is None for call in calls)
    assert deadlines._queues == {}  # before any timer fires


class Refiling(DueTimes[str]):
    """Keys whose fall forgets them and files another key under the same budget."""

    def __init__(self, loop: FakeTimers) -> None:
        super().__init__(loop)
        self.fell: list[str] = []

    def fall_due(self, key: str) -> None:
        self.fell.append(key)
        self.forget(key, 5.0)
        if key == "first":
            self.restart("second", 5.0)


def test_a_key_filed_while_another_falls_due_keeps_its_own_deadline(timers: FakeTimers) -> None:
    due = Refiling(timers)
    due.restart("first", 5.0)
    timers.advance_to(1005.0)
    assert due.fell == ["first"]
    assert due._queues == {5.0: {"second": 1010.0}}
    timers.advance_to(1010.0)
    assert due.fell == ["first", "second"]
    assert due._queues == {}
