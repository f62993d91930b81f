"""One deadline per call covers every wait: limiter, attempts and backoff sleeps."""

import asyncio

import httpx
import pytest

from np6_client import APITimeoutError, ClientOptions, InternalServerError, NP6Client, Quota
from np6_client.api import segment

KEY = "sk-deadline-secret-3"


class StuckLimiter:
    """A limiter whose slot is never given back: `acquire()` waits forever."""

    def __init__(self) -> None:
        self.cancelled = 0

    async def acquire(self) -> None:
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            self.cancelled += 1
            raise

    def release(self) -> None:
        raise AssertionError("nothing was acquired")

    def pause_for(self, seconds: float) -> None:
        return None

    def observe(self, quota: Quota, *, refused: bool) -> None:
        return None


def test_the_default_budget_is_the_retry_waits_plus_the_longest_timeout() -> None:
    assert ClientOptions(max_total_wait=1.5, timeout=1).call_budget() == 2.5
    assert ClientOptions(max_total_wait=300).call_budget() == 360.0  # read timeout 60 s by default
    assert ClientOptions(deadline=4.0, max_total_wait=300).call_budget() == 4.0
    assert ClientOptions(timeout=httpx.Timeout(None), max_total_wait=7).call_budget() == 7.0


def test_a_deadline_must_be_positive() -> None:
    with pytest.raises(ValueError, match="deadline"):
        ClientOptions(deadline=0)


@pytest.mark.timeout(10)
async def test_a_slot_never_released_ends_in_a_typed_timeout_and_the_wait_is_cancelled() -> None:
    limiter = StuckLimiter()
    transport = httpx.MockTransport(lambda _: httpx.Response(200, json=[]))
    np6 = NP6Client(api_key=KEY, transport=transport, limiter=limiter, options=ClientOptions(deadline=0.05))
    with pytest.raises(APITimeoutError, match=r"deadline of 0\.05s") as info:
        await segment.list_segment_targets.asyncio(1, client=np6)
    assert limiter.cancelled == 1
    assert isinstance(info.value.__cause__, TimeoutError)
    assert (info.value.method, info.value.path) == ("GET", "/segments/1/targets")


async def test_a_retry_that_would_end_past_the_deadline_is_not_slept_the_real_error_is_raised(
    sleeps: list[float],
) -> None:
    calls: list[int] = []

    def unavailable(_: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(503, headers={"retry-after": "30"})

    options = ClientOptions(deadline=5.0, max_wait=60.0, max_retries=3)
    np6 = NP6Client(api_key=KEY, transport=httpx.MockTransport(unavailable), options=options)
    with pytest.raises(InternalServerError):
        await segment.list_segment_targets.asyncio(1, client=np6)
    assert len(calls) == 1 and sleeps == []


@pytest.mark.timeout(10)
async def test_the_deadline_applies_to_a_slow_inner_transport_too() -> None:
    class Slow(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            await asyncio.Event().wait()
            raise AssertionError("unreachable")

    np6 = NP6Client(api_key=KEY, transport=Slow(), options=ClientOptions(deadline=0.05))
    with pytest.raises(APITimeoutError, match="deadline"):
        await segment.list_segment_targets.asyncio(1, client=np6)


async def test_a_timeout_error_not_caused_by_the_deadline_is_still_an_np6_error() -> None:
    def broken(_: httpx.Request) -> httpx.Response:
        raise TimeoutError("some inner library's own timeout")

    np6 = NP6Client(api_key=KEY, transport=httpx.MockTransport(broken), options=ClientOptions(deadline=30))
    with pytest.raises(Exception) as info:  # noqa: PT011 - the exact type is asserted below
        await segment.list_segment_targets.asyncio(1, client=np6)
    from np6_client import APIConnectionError

    assert type(info.value) is APIConnectionError
    assert isinstance(info.value.__cause__, TimeoutError)
