"""Every fault the fake can inject, against the SDK on loopback.

Each case ends in bounded time with a success or the right typed error, and the fake's record
proves that no state-changing request was received more times than allowed.
"""

import asyncio
import time

import pytest

from np6_client import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    MalformedResponseError,
    NP6Client,
    RateLimitError,
    UncertainOutcomeError,
)
from np6_client.api import email_sms, segment
from np6_client.models import RenderLinksDefinition
from np6_client.testing import FakeNP6, Fault

pytestmark = pytest.mark.timeout(30)

RENDER = "/actions/1/render/links"
TARGETS = "/segments/3/targets"


async def render(np6: NP6Client) -> object:
    return await email_sms.render_action_links.asyncio("1", client=np6, body=RenderLinksDefinition())


async def list_targets(np6: NP6Client) -> list[str]:
    return await segment.list_segment_targets.asyncio(3, client=np6)


async def test_status_sequence_on_get_is_retried_to_success(np6: NP6Client, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="GET", path=TARGETS, status=503, times=2))
    assert await list_targets(np6) == []
    assert fake.count("GET", TARGETS) == 3


async def test_5xx_on_post_is_raised_after_one_send(np6: NP6Client, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="POST", path=RENDER, status=500, body='{"error":"boom"}'))
    with pytest.raises(InternalServerError) as info:
        await render(np6)
    assert info.value.body_excerpt == '{"error":"boom"}'
    assert info.value.request_id is not None
    assert fake.count("POST", RENDER) == 1


@pytest.mark.parametrize(
    "fault",
    [
        Fault(method="POST", path=RENDER, retry_after=1),
        Fault(method="POST", path=RENDER, retry_after=2, retry_after_date=True),
        Fault(method="POST", path=RENDER, ratelimit_reset=1, reset_style="delta"),
        Fault(method="POST", path=RENDER, ratelimit_reset=1, reset_style="epoch"),
        Fault(method="POST", path=RENDER, status=429),
    ],
    ids=["retry-after-seconds", "retry-after-date", "reset-delta", "reset-epoch", "bare-429"],
)
async def test_429_is_honoured_and_post_resent_once(np6: NP6Client, fake: FakeNP6, fault: Fault) -> None:
    fake.faults.add(fault)
    started = time.monotonic()
    await render(np6)
    waited = time.monotonic() - started
    received = [r for r in fake.requests if r.path == RENDER]
    assert len(received) == 2  # the refused one and the one that succeeded
    if fault.status != 429 and fault.reset_style != "epoch":  # an epoch reset may be a few ms away
        assert waited >= 0.3  # it waited for what NP6 asked (HTTP dates have 1 s resolution)
    assert waited < 5


async def test_429_pauses_every_task_of_the_client(np6: NP6Client, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="GET", path=TARGETS, retry_after=1))
    first = asyncio.create_task(list_targets(np6))
    while fake.count("GET", TARGETS) < 1:
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.05)
    others = [asyncio.create_task(list_targets(np6)) for _ in range(10)]
    await asyncio.sleep(0.4)
    assert fake.count("GET", TARGETS) == 1  # the others wait for the pause instead of hitting 429
    await asyncio.gather(first, *others)
    assert fake.count("GET", TARGETS) == 12


async def test_rate_limit_retries_end_with_a_typed_error(np6: NP6Client, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="GET", path=TARGETS, status=429, times=10))
    with pytest.raises(RateLimitError):
        await list_targets(np6.with_options(max_rate_limit_retries=2))
    assert fake.count("GET", TARGETS) == 3


async def test_drop_before_read_get_is_retried(np6: NP6Client, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="GET", path=TARGETS, drop="before_read"))
    assert await list_targets(np6) == []
    assert fake.count("GET", TARGETS) == 1  # the dropped one never reached the app


async def test_drop_before_read_post_is_not_resent(np6: NP6Client, fake: FakeNP6) -> None:
    # From the client's side a closed connection cannot prove the request was not read.
    fake.faults.add(Fault(method="POST", path=RENDER, drop="before_read"))
    with pytest.raises(APIConnectionError):
        await render(np6)
    assert fake.count("POST", RENDER) == 0


async def test_drop_after_read_post_is_executed_once_and_raised(np6: NP6Client, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="POST", path=RENDER, drop="after_read"))
    with pytest.raises(APIConnectionError) as info:
        await render(np6)
    assert info.value.method == "POST" and info.value.path == RENDER
    assert fake.count("POST", RENDER) == 1


async def test_drop_after_read_idempotent_put_is_resent(np6: NP6Client, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="PUT", path=TARGETS, drop="after_read"))
    with pytest.raises(UncertainOutcomeError) as info:
        await segment.add_segment_targets.asyncio(3, client=np6, body=["000PKXK4"])
    assert info.value.retry_answer == 0  # the first, dropped, attempt already added it (see test_never_sent_twice)
    assert fake.count("PUT", TARGETS) == 2
    await segment.clear_segment_targets.asyncio(3, client=np6)


async def test_slow_headers_time_out_get_after_retries(np6: NP6Client, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="GET", path=TARGETS, delay_headers=1.0, times=5))
    quick = np6.with_options(timeout=0.2, max_retries=1)
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        await list_targets(quick)
    assert time.monotonic() - started < 1.8
    assert fake.count("GET", TARGETS) == 2


async def test_slow_headers_post_times_out_once(np6: NP6Client, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="POST", path=RENDER, delay_headers=1.0))
    with pytest.raises(APITimeoutError):
        await render(np6.with_options(timeout=0.2))
    assert fake.count("POST", RENDER) == 1


async def test_slow_body_times_out(np6: NP6Client, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="GET", path=TARGETS, delay_body=1.0, times=5))
    with pytest.raises(APITimeoutError):
        await list_targets(np6.with_options(timeout=0.2, max_retries=0))
    assert fake.count("GET", TARGETS) == 1


async def test_slow_body_within_the_timeout_succeeds(np6: NP6Client, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="GET", path=TARGETS, delay_body=0.1, delay_headers=0.1))
    assert await list_targets(np6) == []


async def test_truncated_body_get_is_retried(np6: NP6Client, fake: FakeNP6) -> None:
    await segment.add_segment_targets.asyncio(3, client=np6, body=["000PKXK4", "000PKXK5"])
    fake.faults.add(Fault(method="GET", path=TARGETS, truncate=True))
    assert await list_targets(np6) == ["000PKXK4", "000PKXK5"]
    assert fake.count("GET", TARGETS) == 2
    await segment.clear_segment_targets.asyncio(3, client=np6)


async def test_truncated_body_post_is_raised_once(np6: NP6Client, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="POST", path=RENDER, truncate=True))
    with pytest.raises(APIConnectionError):
        await render(np6)
    assert fake.count("POST", RENDER) == 1


async def test_malformed_json_is_a_typed_error_not_retried(np6: NP6Client, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="GET", path=TARGETS, malformed=True))
    with pytest.raises(MalformedResponseError) as info:
        await list_targets(np6)
    assert info.value.status_code == 200
    assert fake.count("GET", TARGETS) == 1


async def test_html_error_page_is_a_typed_5xx(np6: NP6Client, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="GET", path=TARGETS, html_error=True, times=10))
    with pytest.raises(InternalServerError) as info:
        await list_targets(np6.with_options(max_retries=1))
    assert info.value.status_code == 502
    assert "502 Bad Gateway" in info.value.body_excerpt
    assert fake.count("GET", TARGETS) == 2


async def test_html_page_with_200_is_malformed(np6: NP6Client, fake: FakeNP6) -> None:
    fake.faults.add(
        Fault(method="GET", path=TARGETS, status=200, body="<html>maintenance</html>", content_type="text/html")
    )
    with pytest.raises(MalformedResponseError) as info:
        await list_targets(np6)
    assert info.value.content_type.startswith("text/html")


async def test_wrong_content_type_on_a_json_body_is_read_by_its_content(np6: NP6Client, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="GET", path=TARGETS, content_type="text/plain"))
    assert await list_targets(np6) == []


async def test_cancelling_during_a_retry_wait_leaves_nothing_behind(
    np6: NP6Client, fake: FakeNP6, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A 503 with Retry-After makes the wait certain (backoff jitter could be near zero).
    fake.faults.add(Fault(method="GET", path=TARGETS, status=503, headers={"Retry-After": "5"}, times=10))
    task = asyncio.create_task(list_targets(np6.with_options(max_retries=5)))
    while fake.count("GET", TARGETS) < 1:
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.05)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    pool = np6.get_async_httpx_client()._transport._inner._pool  # type: ignore[attr-defined]
    assert not pool._requests  # no request in flight, no connection held for it
    assert np6.limiter.paused_for == 0  # type: ignore[attr-defined]
    fake.faults.clear()
    one_slot = np6.with_options()
    assert await asyncio.wait_for(list_targets(one_slot), timeout=2) == []
    # Move the loop's clock past the 5 s Retry-After: a wait left behind by the cancelled call ends now.
    loop = asyncio.get_running_loop()
    real_time = loop.time
    monkeypatch.setattr(loop, "time", lambda: real_time() + 10)
    for _ in range(10):
        await asyncio.sleep(0.01)
    assert fake.count("GET", TARGETS) == 2  # the cancelled task never sent again
