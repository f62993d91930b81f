"""`RedisRateLimiter`: one quota and one pause for every replica on a key, decided inside Redis.

NP6 counts an account's requests in fixed windows whose phase no client knows, so the quota here
is a GCRA (starts spaced evenly at one fewer than the limit per window): any stretch of one
window then holds at most `limit` starts, wherever NP6's window begins. The decision is one Lua
script run by Redis on Redis's own clock (`TIME`), so replicas' clocks never matter. What answers
teach (limit, window) and every pause (a 429, `Remaining: 0`) are written to the same hash, so a
replica that starts later paces from its first request.

Redis is a helper, never a new way to fail: every Redis call has a deadline of its own (no task
waits behind another's), and when Redis is down, slow, refusing or answering what the scripts
cannot have answered, the limiter logs a warning once and paces in-process from the headers
(like `InProcessRateLimiter`) until a retry after `retry_interval` finds Redis again. When Redis
lost the state (`FLUSHALL`, a restart), the next request that finds it missing writes back what
this replica has learned, so pacing resumes at once.

Accounts are kept apart by the hash's name: by default the client's key tag
(`APIKey.account_tag()`, a salted scrypt digest), never the key nor anything cheap to reverse.
"""

from __future__ import annotations

import asyncio
import logging
import math
import random
import time
from collections.abc import Coroutine
from typing import Any

from .._auth import APIKey
from .._constants import DEFAULT_MAX_CONCURRENCY
from .._exceptions import ConfigurationError
from .._public import public
from .limiter import InProcessRateLimiter
from .pacing import Quota

try:
    import redis.asyncio as redis
    from redis.asyncio.retry import Retry
    from redis.backoff import NoBackoff
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise ImportError("RedisRateLimiter needs the redis extra: pip install 'np6-client[redis]'") from exc

logger = logging.getLogger("np6_client")

# Until some replica has learned the limit, one request at a time probes for it; if its answer
# never teaches anything (lost, or the replica died), another may probe after this long. The
# others ask again every 20 ms meanwhile.
_PROBE_MS = 1000
# The hash lives this long after its last use, so a changed plan is learned afresh.
_STATE_TTL_MS = 3_600_000
# How far ahead, in windows, a start slot may be granted.
_HORIZON_WINDOWS = 1
# Learned figures are written again at least this often, so the hash never expires while in use.
_REPUBLISH_SECONDS = 30.0
# A wait Redis asks for beyond this is not one the scripts can give: the reply is unusable.
_LONGEST_WAIT_US = 3_600_000_000
# A replica waiting this long or more (a shared pause) starts again up to 50 ms later, so the
# replicas do not all ask Redis in the same instant.
_JITTER_FROM_SECONDS = 0.2
_MAX_WAKE_JITTER = 0.05

# Grants the next start slot on the shared schedule: {granted, wait_us, slot_us}. A granted slot
# may lie up to `horizon` windows ahead (the caller sleeps until then), so a replica that wakes
# late delays only its own start, never the schedule; slots given back by cancelled callers are
# handed out first.
_TAKE = """
local key, back = KEYS[1], KEYS[2]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local f = redis.call('HMGET', key, 'limit', 'window_us', 'tat_us', 'pause_us', 'probe_us')
local limit = tonumber(f[1])
local window = tonumber(f[2]) or 0
local tat = tonumber(f[3]) or 0
local pause = tonumber(f[4]) or 0
local probe = tonumber(f[5]) or 0
if now < pause then return {0, pause - now, 0} end
if limit == nil and tonumber(ARGV[4]) >= 0 then
  -- The state was lost (FLUSHALL, restart), or the figures this caller learned are not written
  -- yet: they take its place, and a start is counted as just made (the probe's, or one lost).
  limit, window = tonumber(ARGV[4]), tonumber(ARGV[5])
  redis.call('HSET', key, 'limit', limit, 'window_us', window)
  if limit > 0 and window > 0 and tat == 0 then
    tat = now + math.floor(window / math.max(limit - 0.5, 0.9 * limit))
    redis.call('HSET', key, 'tat_us', tat)
  end
  redis.call('PEXPIRE', key, ARGV[2])
end
if limit == nil then
  if now < probe then return {0, math.min(probe - now, 20000), 0} end
  redis.call('HSET', key, 'probe_us', now + tonumber(ARGV[1]) * 1000)
  redis.call('PEXPIRE', key, ARGV[2])
  return {1, 0, 0}
end
if limit <= 0 or window <= 0 then return {1, 0, 0} end
local interval = math.floor(window / math.max(limit - 0.5, 0.9 * limit))
redis.call('ZREMRANGEBYSCORE', back, '-inf', now - interval)
local returned = redis.call('ZRANGE', back, 0, 0)
if returned[1] then
  redis.call('ZREM', back, returned[1])
  local slot = tonumber(returned[1])
  return {1, math.max(0, slot - now), slot}
end
if tat < now then tat = now end
local ahead = tat - now - window * tonumber(ARGV[3])
if ahead > 0 then return {0, ahead, 0} end
redis.call('HSET', key, 'tat_us', tat + interval)
redis.call('PEXPIRE', key, ARGV[2])
return {1, tat - now, tat}
"""

_REFUND = """
redis.call('ZADD', KEYS[2], ARGV[1], ARGV[1])
redis.call('PEXPIRE', KEYS[2], ARGV[2])
return 1
"""

_PAUSE = """
local t = redis.call('TIME')
local until_us = tonumber(t[1]) * 1000000 + tonumber(t[2]) + tonumber(ARGV[1])
local current = tonumber(redis.call('HGET', KEYS[1], 'pause_us')) or 0
if until_us > current then redis.call('HSET', KEYS[1], 'pause_us', until_us) end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1
"""

# Stores the limit and window; the probe that taught them is over, and counts as the first start.
_LEARN = """
local key = KEYS[1]
local limit, window = tonumber(ARGV[1]), tonumber(ARGV[2])
redis.call('HSET', key, 'limit', limit, 'window_us', window)
redis.call('HDEL', key, 'probe_us')
if limit > 0 and window > 0 and not redis.call('HGET', key, 'tat_us') then
  local t = redis.call('TIME')
  local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
  redis.call('HSET', key, 'tat_us', now + math.floor(window / math.max(limit - 0.5, 0.9 * limit)))
end
redis.call('PEXPIRE', key, ARGV[3])
return 1
"""


class UnusableReply(Exception):
    """Redis answered something the quota script cannot have answered."""


def _granted(reply: object) -> tuple[bool, int, int]:
    """The quota script's answer, checked: three integers, a wait within reason."""
    if not isinstance(reply, list | tuple) or len(reply) != 3:
        raise UnusableReply(f"expected three integers, got {type(reply).__name__}")
    granted, wait_us, slot_us = reply
    if not all(type(value) is int for value in reply) or granted not in (0, 1):
        raise UnusableReply("expected three integers")
    if not 0 <= wait_us <= _LONGEST_WAIT_US or slot_us < 0:
        raise UnusableReply(f"a wait of {wait_us} us")
    return bool(granted), wait_us, slot_us


@public
class RedisRateLimiter:
    """A `RateLimiter` whose quota and pauses are shared through Redis by every replica on a key.

    `name` identifies the NP6 account. By default it is the key tag of the `NP6Client` the
    limiter is given to (one limiter serves one key), so replicas on one key share a quota and
    different keys never do; an explicit name must be the same on every replica of an account
    (never the key itself: it would end up in Redis). `max_concurrency` caps this process's
    requests in flight, as in `InProcessRateLimiter`. `timeout` bounds every Redis call;
    `retry_interval` is how long the limiter paces in-process after Redis failed before trying
    Redis again.
    """

    def __init__(
        self,
        client: redis.Redis,
        *,
        name: str | None = None,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
        timeout: float = 0.25,
        retry_interval: float = 2.0,
        owns_client: bool = False,
        rng: random.Random | None = None,
    ) -> None:
        if name is not None and not name:
            raise ValueError("name must not be empty")
        if not (math.isfinite(timeout) and timeout > 0):
            raise ValueError(f"timeout must be a positive number of seconds, got {timeout}")
        if not (math.isfinite(retry_interval) and retry_interval >= 0):
            raise ValueError(f"retry_interval must be >= 0 seconds, got {retry_interval}")
        self._redis = client
        self._owns_client = owns_client
        self._named = name is not None
        self._bound: str | None = None  # the key tag's name, once a client gave its key
        self._name_keys(name or "default")
        self._timeout = timeout
        self._retry_interval = retry_interval
        self._rng = rng or random.Random()
        self._local = InProcessRateLimiter(max_concurrency, rng=self._rng)
        self._take = client.register_script(_TAKE)
        self._refund = client.register_script(_REFUND)
        self._pause = client.register_script(_PAUSE)
        self._learn = client.register_script(_LEARN)
        self._healthy = True
        self._retry_at = 0.0
        self._published: tuple[int, int] | None = None
        self._published_at = 0.0
        self._learned: tuple[int, int] | None = None  # what this replica would write back if Redis lost it
        self._background: set[asyncio.Task[None]] = set()

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        name: str | None = None,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
        timeout: float = 0.25,
        retry_interval: float = 2.0,
    ) -> RedisRateLimiter:
        """A limiter on its own Redis client (closed by `aclose()`), with socket timeouts and no retries."""
        client = redis.Redis.from_url(
            url, socket_timeout=timeout, socket_connect_timeout=timeout, retry=Retry(NoBackoff(), 0)
        )
        return cls(
            client,
            name=name,
            max_concurrency=max_concurrency,
            timeout=timeout,
            retry_interval=retry_interval,
            owns_client=True,
        )

    def bind_account(self, api_key: APIKey) -> None:
        """Called by `NP6Client`: name the shared state after the key's tag, unless a name was given."""
        if self._named:
            return
        name = f"acct-{api_key.account_tag()}"
        if self._bound is not None and self._bound != name:
            raise ConfigurationError("a RedisRateLimiter paces one API key; give each key its own limiter")
        self._bound = name
        self._name_keys(name)

    def _name_keys(self, name: str) -> None:
        self._key = f"np6:ratelimit:{name}"
        self._keys = [self._key, f"{self._key}:returned"]

    @property
    def using_redis(self) -> bool:
        """False while Redis is considered down and pacing is in-process."""
        return self._healthy or time.monotonic() >= self._retry_at

    async def acquire(self) -> None:
        await self._local.acquire_slot(paced=False)  # this process's pause and slots
        try:
            granted = await self._grant_from_redis()
        except BaseException:
            self._local.release()
            raise
        if not granted:  # Redis unusable: pace from the headers instead
            self._local.release()
            await self._local.acquire()

    def release(self) -> None:
        self._local.release()

    def pause_for(self, seconds: float) -> None:
        self._local.pause_for(seconds)
        if math.isfinite(seconds) and seconds > 0 and self.using_redis:
            self._spawn(self._pause(keys=self._keys, args=[round(seconds * 1e6), _STATE_TTL_MS]))

    def observe(self, quota: Quota, *, refused: bool) -> None:
        pacer = self._local.pacer
        pause = pacer.observe(quota, refused=refused, now=time.monotonic(), in_flight=self._local.in_flight)
        if pause > 0:
            self.pause_for(pause)
        if refused:
            return
        announced = quota.limit is not None or quota.remaining is not None
        limit = pacer.limit if announced and pacer.limit is not None else 0
        window_us = round((pacer.window or 0.0) * 1e6) if limit else 0
        self._learned = (limit, window_us)
        self._publish(limit, window_us)

    async def aclose(self) -> None:
        """Close the Redis client if this limiter made it (`from_url`)."""
        for task in list(self._background):
            task.cancel()
        await asyncio.gather(*self._background, return_exceptions=True)
        if self._owns_client:
            await self._redis.aclose()

    async def _grant_from_redis(self) -> bool:
        """Wait for Redis to grant a start, and for its slot; False when Redis cannot be used."""
        while True:
            if not self.using_redis:
                return False
            try:  # every task asks on its own, bounded by `timeout`: none waits behind a slow one
                granted, wait_us, slot_us = await self._ask()
            except Exception as exc:  # down, slow, or an answer no script gives: all the same here
                self._trip(exc)
                return False
            self._recovered()
            if not granted:  # paused, or the schedule is full for now: ask again then
                await asyncio.sleep(self._with_jitter(wait_us / 1e6))
                continue
            if wait_us > 0:
                try:
                    await asyncio.sleep(wait_us / 1e6)
                except BaseException:
                    self._give_back(slot_us)
                    raise
            return True

    def _with_jitter(self, wait: float) -> float:
        return wait + self._rng.uniform(0.0, _MAX_WAKE_JITTER) if wait >= _JITTER_FROM_SECONDS else wait

    async def _ask(self) -> tuple[bool, int, int]:
        """One run of the quota script; a slot granted to a caller cancelled meanwhile is given back."""
        limit, window_us = self._learned if self._learned is not None else (-1, 0)
        args = [_PROBE_MS, _STATE_TTL_MS, _HORIZON_WINDOWS, limit, window_us]
        call = asyncio.ensure_future(self._take(keys=self._keys, args=args))
        try:
            async with asyncio.timeout(self._timeout):
                reply = await asyncio.shield(call)
        except TimeoutError:
            call.cancel()  # Redis is too slow to count on; at most one slot is lost
            raise
        except asyncio.CancelledError:
            call.add_done_callback(self._give_back_result)
            raise
        return _granted(reply)

    def _give_back_result(self, call: asyncio.Future[Any]) -> None:
        if call.cancelled() or call.exception() is not None:
            return
        try:
            granted, _, slot_us = _granted(call.result())
        except UnusableReply:
            return
        if granted:
            self._give_back(slot_us)

    def _give_back(self, slot_us: int) -> None:
        if slot_us:
            self._spawn(self._refund(keys=self._keys, args=[slot_us, _STATE_TTL_MS]))

    def _publish(self, limit: int, window_us: int) -> None:
        now = time.monotonic()
        if (limit, window_us) == self._published and now - self._published_at < _REPUBLISH_SECONDS:
            return
        if not self.using_redis:
            return
        self._published, self._published_at = (limit, window_us), now
        self._spawn(self._learn(keys=self._keys, args=[limit, window_us, _STATE_TTL_MS]))

    def _spawn(self, call: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.get_running_loop().create_task(self._bounded(call))
        self._background.add(task)
        task.add_done_callback(self._background.discard)
        # A write cancelled before it started (by `aclose`) would otherwise warn "never awaited".
        task.add_done_callback(lambda _: call.close())

    async def _bounded(self, call: Coroutine[Any, Any, Any]) -> None:
        try:
            async with asyncio.timeout(self._timeout):
                await call
        except Exception as exc:  # any failure of Redis means pacing in-process
            self._trip(exc)
        else:
            self._recovered()

    def _trip(self, exc: BaseException) -> None:
        if self._healthy:
            logger.warning(
                "np6: Redis rate limiter unavailable (%s); pacing in-process, trying Redis again every %.1fs",
                type(exc).__name__,
                self._retry_interval,
            )
        self._healthy = False
        self._published = None  # what was learned meanwhile is written again once Redis is back
        self._retry_at = time.monotonic() + self._retry_interval

    def _recovered(self) -> None:
        if not self._healthy:
            logger.warning("np6: Redis rate limiter reachable again; pacing through Redis")
            self._healthy = True

    def __repr__(self) -> str:
        state = "redis" if self.using_redis else "in-process (Redis unavailable)"
        return f"RedisRateLimiter(key={self._key!r}, pacing={state}, local={self._local!r})"
