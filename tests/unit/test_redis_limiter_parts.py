"""RedisRateLimiter's own decisions, against a stand-in for redis-py's scripts: what it asks Redis,
what it refuses of the answers, what it logs. The behaviour against a real server is in tests/redis."""

import asyncio
import gc
import logging
import random
import types
import warnings
from typing import Any

import pytest

from np6_client import APIKey, ConfigurationError, InProcessRateLimiter, Quota
from np6_client._ratelimit import redis_limiter as module
from np6_client._ratelimit.redis_limiter import RedisRateLimiter

NAMES = {module._TAKE: "take", module._REFUND: "refund", module._PAUSE: "pause", module._LEARN: "learn"}
TTL = module._STATE_TTL_MS


class Scripts:
    """Stands for a redis.asyncio.Redis: records each script run and answers what it is told."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, list[str], list[Any]]] = []
        self.replies: dict[str, Any] = {"take": [1, 0, 0], "refund": 1, "pause": 1, "learn": 1}

    def register_script(self, source: str):  # type: ignore[no-untyped-def]
        name = NAMES[source]

        async def run(keys: list[str], args: list[Any]) -> Any:
            self.calls.append((name, keys, list(args)))
            reply = self.replies[name]
            if isinstance(reply, BaseException):
                raise reply
            return reply

        return run

    def named(self, name: str) -> list[tuple[str, list[str], list[Any]]]:
        return [call for call in self.calls if call[0] == name]


class Midpoint(random.Random):
    def uniform(self, a: float, b: float) -> float:
        return (a + b) / 2


def limiter(scripts: Scripts, **options: Any) -> RedisRateLimiter:
    return RedisRateLimiter(scripts, rng=Midpoint(), **options)  # type: ignore[arg-type]


async def settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


async def test_a_pause_goes_to_redis_in_microseconds() -> None:
    scripts = Scripts()
    shared = limiter(scripts, name="p")
    shared.pause_for(1.5)
    await settle()
    assert scripts.named("pause") == [("pause", ["np6:ratelimit:p", "np6:ratelimit:p:returned"], [1_500_000, TTL])]


@pytest.mark.parametrize("seconds", [0.0, -1.0, float("nan"), float("inf")])
async def test_no_pause_to_write_for_nothing_or_nonsense(seconds: float) -> None:
    scripts = Scripts()
    limiter(scripts, name="p").pause_for(seconds)
    await settle()
    assert scripts.named("pause") == []


async def test_no_pause_written_while_redis_is_down() -> None:
    scripts = Scripts()
    shared = limiter(scripts, name="p", retry_interval=60.0)
    shared._trip(OSError("down"))
    shared.pause_for(2.0)
    await settle()
    assert scripts.named("pause") == []


def test_jitter_only_for_long_waits_and_at_most_50_ms() -> None:
    shared = limiter(Scripts(), name="j")
    assert shared._with_jitter(0.1) == 0.1
    assert shared._with_jitter(0.2) == pytest.approx(0.225)
    assert shared._with_jitter(3.0) == pytest.approx(3.025)


async def test_the_warnings_say_what_happened(caplog: pytest.LogCaptureFixture) -> None:
    shared = limiter(Scripts(), name="w", retry_interval=2.5)
    shared._trip(ConnectionError("refused"))
    shared._trip(ConnectionError("refused"))
    shared._recovered()
    shared._recovered()
    messages = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert messages == [
        "np6: Redis rate limiter unavailable (ConnectionError); pacing in-process, trying Redis again every 2.5s",
        "np6: Redis rate limiter reachable again; pacing through Redis",
    ]


async def test_what_was_learned_is_written_again_once_redis_is_back() -> None:
    scripts = Scripts()
    shared = limiter(scripts, name="l", retry_interval=0.0)
    quota = Quota(limit=20, remaining=10, reset_in=1.0)
    shared.observe(quota, refused=False)
    shared.observe(quota, refused=False)
    await settle()
    assert len(scripts.named("learn")) == 1  # the same figures are not written twice in a row
    shared._trip(OSError("down"))
    shared.observe(quota, refused=False)
    await settle()
    assert [call[2][:2] for call in scripts.named("learn")] == [[20, 1_000_000], [20, 1_000_000]]


async def test_a_slot_granted_to_a_cancelled_caller_is_given_back() -> None:
    scripts = Scripts()
    shared = limiter(scripts, name="g")
    loop = asyncio.get_running_loop()
    for reply in ([1, 5, 777], [0, 5, 0], [1, 5, 0], "junk", [1, -1, 5]):
        done = loop.create_future()
        done.set_result(reply)
        shared._give_back_result(done)
    failed = loop.create_future()
    failed.set_exception(OSError("lost"))
    shared._give_back_result(failed)
    cancelled = loop.create_future()
    cancelled.cancel()
    shared._give_back_result(cancelled)
    await settle()
    assert scripts.named("refund") == [("refund", ["np6:ratelimit:g", "np6:ratelimit:g:returned"], [777, TTL])]


async def test_the_learned_figures_travel_with_each_grant() -> None:
    scripts = Scripts()
    shared = limiter(scripts, name="t")
    await shared.acquire()
    shared.release()
    shared.observe(Quota(limit=30, remaining=29, reset_in=60.0), refused=False)
    await shared.acquire()
    shared.release()
    first, second = (call[2] for call in scripts.named("take"))
    assert first == [module._PROBE_MS, TTL, module._HORIZON_WINDOWS, -1, 0]  # nothing learned yet
    assert second == [module._PROBE_MS, TTL, module._HORIZON_WINDOWS, 30, 60_000_000]


@pytest.mark.parametrize(
    "reply",
    [
        None,
        "1",
        7,
        [1, 0],
        [1, 0, 0, 0],
        [1, "0", 0],
        [2, 0, 0],
        [1, -1, 0],
        [1, 0, -1],
        [True, 0, 0],
        [0, module._LONGEST_WAIT_US + 1, 0],
    ],
)
async def test_an_unusable_grant_means_in_process_pacing(reply: Any) -> None:
    scripts = Scripts()
    scripts.replies["take"] = reply
    shared = limiter(scripts, name="u", retry_interval=60.0)
    await asyncio.wait_for(shared.acquire(), 1)
    shared.release()
    assert shared.using_redis is False


@pytest.mark.parametrize("reply", [[1, 0, 0], [0, module._LONGEST_WAIT_US, 0], [1, 0, 5]])
def test_a_usable_grant_is_taken_as_given(reply: list[int]) -> None:
    assert module._granted(reply) == (bool(reply[0]), reply[1], reply[2])
    assert module._granted(tuple(reply)) == (bool(reply[0]), reply[1], reply[2])


async def test_a_waiting_grant_is_asked_again_after_the_wait() -> None:
    scripts = Scripts()
    answers = iter([[0, 1000, 0], [1, 0, 9]])
    scripts.replies["take"] = None

    async def run(keys: list[str], args: list[Any]) -> Any:
        scripts.calls.append(("take", keys, args))
        return next(answers)

    shared = limiter(scripts, name="a")
    shared._take = run  # type: ignore[assignment]
    await asyncio.wait_for(shared.acquire(), 1)
    shared.release()
    assert len(scripts.named("take")) == 2 and shared.using_redis


def test_one_limiter_one_key() -> None:
    shared = limiter(Scripts())
    assert shared._key == "np6:ratelimit:default"  # until a client gives its key
    shared.bind_account(APIKey("key-one"))
    assert shared._key == f"np6:ratelimit:acct-{APIKey('key-one').account_tag()}"
    assert shared._keys == [shared._key, shared._key + ":returned"]
    shared.bind_account(APIKey("key-one"))
    with pytest.raises(ConfigurationError, match="paces one API key; give each key its own limiter"):
        shared.bind_account(APIKey("key-two"))


def test_an_explicit_name_is_kept_whatever_the_key() -> None:
    shared = limiter(Scripts(), name="acme")
    shared.bind_account(APIKey("key-one"))
    shared.bind_account(APIKey("key-two"))
    assert shared._key == "np6:ratelimit:acme"


def test_the_repr_says_where_pacing_happens() -> None:
    shared = limiter(Scripts(), name="r", retry_interval=60.0)
    assert repr(shared).startswith("RedisRateLimiter(key='np6:ratelimit:r', pacing=redis, local=")
    shared._trip(OSError("down"))
    assert "pacing=in-process (Redis unavailable)" in repr(shared)


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        ({"name": ""}, "name"),
        ({"timeout": 0}, "timeout"),
        ({"timeout": float("nan")}, "timeout"),
        ({"retry_interval": -1}, "retry_interval"),
    ],
)
def test_bad_settings_are_refused(options: dict[str, Any], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        limiter(Scripts(), **options)


async def test_from_url_bounds_every_socket_wait_and_does_not_retry() -> None:
    shared = RedisRateLimiter.from_url("redis://127.0.0.1:1/0", name="u", timeout=0.3, retry_interval=4.0)
    kwargs = shared._redis.connection_pool.connection_kwargs
    assert (kwargs["socket_timeout"], kwargs["socket_connect_timeout"]) == (0.3, 0.3)
    assert kwargs["retry"].get_retries() == 0
    assert (shared._timeout, shared._retry_interval, shared._key) == (0.3, 4.0, "np6:ratelimit:u")
    assert shared._owns_client is True
    await shared.aclose()


async def test_aclose_leaves_a_callers_client_open_and_stops_background_writes() -> None:
    scripts = Scripts()
    closed: list[bool] = []

    async def aclose() -> None:
        closed.append(True)

    scripts.aclose = aclose  # type: ignore[attr-defined]
    shared = limiter(scripts, name="c")
    shared.pause_for(1.0)
    await shared.aclose()
    assert closed == [] and shared._background == set()


async def test_aclose_drops_writes_that_never_started_without_a_warning() -> None:
    shared = limiter(Scripts(), name="w")
    shared.pause_for(1.0)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        await shared.aclose()
        for _ in range(3):  # the loop lets go of the finished task a turn later
            await asyncio.sleep(0)
        gc.collect()
    assert [str(w.message) for w in caught if issubclass(w.category, RuntimeWarning)] == []


async def test_a_pause_under_a_second_is_shared_too() -> None:
    scripts = Scripts()
    limiter(scripts, name="p").pause_for(0.4)
    await settle()
    assert [call[2] for call in scripts.named("pause")] == [[400_000, TTL]]


async def test_remaining_zero_pauses_every_replica_even_briefly() -> None:
    scripts = Scripts()
    shared = limiter(scripts, name="z")
    shared.observe(Quota(limit=10, remaining=0, reset_in=0.5), refused=False)
    await settle()
    (pause,) = scripts.named("pause")
    assert 0 < pause[2][0] <= 600_000


async def test_an_answer_without_rate_limit_headers_teaches_no_limit() -> None:
    scripts = Scripts()
    shared = limiter(scripts, name="n")
    shared.observe(Quota(limit=None, remaining=None, reset_in=None), refused=False)
    await settle()
    assert [call[2] for call in scripts.named("learn")] == [[0, 0, TTL]]


async def test_a_limit_alone_is_learned() -> None:
    scripts = Scripts()
    shared = limiter(scripts, name="o")
    shared.observe(Quota(limit=40, remaining=None, reset_in=None), refused=False)
    await settle()
    learned = [call[2] for call in scripts.named("learn")]
    assert learned and learned[0][0] == shared._local.pacer.limit == 40


async def test_with_redis_unusable_the_local_pause_holds_the_call() -> None:
    scripts = Scripts()
    scripts.replies["take"] = "junk"
    shared = limiter(scripts, name="d", retry_interval=60.0)
    shared._local.pause_for(30.0)  # only in-process pacing knows of this pause
    waiting = asyncio.create_task(shared.acquire())
    await asyncio.sleep(0.2)
    assert not waiting.done()  # held by the pause, not let through as if Redis had granted it
    waiting.cancel()
    await asyncio.gather(waiting, return_exceptions=True)
    shared._trip(OSError("down"))
    held = asyncio.create_task(shared.acquire())  # Redis known down: straight to in-process pacing
    await asyncio.sleep(0.2)
    assert not held.done()
    held.cancel()
    await asyncio.gather(held, return_exceptions=True)


async def test_an_unusable_grant_is_named_in_the_warning(caplog: pytest.LogCaptureFixture) -> None:
    scripts = Scripts()
    scripts.replies["take"] = [1, 0]
    shared = limiter(scripts, name="m", retry_interval=60.0)
    await shared.acquire()
    shared.release()
    assert "unavailable (UnusableReply)" in caplog.text


async def test_a_background_write_that_hangs_counts_as_redis_down() -> None:
    scripts = Scripts()
    shared = limiter(scripts, name="h", timeout=0.05, retry_interval=60.0)

    async def hang(keys: list[str], args: list[Any]) -> Any:
        await asyncio.sleep(3600)

    shared._pause = hang  # type: ignore[assignment]
    shared.pause_for(1.0)
    for _ in range(100):
        await asyncio.sleep(0.02)
        if not shared.using_redis:
            break
    assert shared.using_redis is False
    await shared.aclose()


def test_the_one_key_message_is_exact() -> None:
    shared = limiter(Scripts())
    shared.bind_account(APIKey("key-one"))
    with pytest.raises(ConfigurationError) as info:
        shared.bind_account(APIKey("key-two"))
    assert str(info.value) == "a RedisRateLimiter paces one API key; give each key its own limiter"


@pytest.mark.parametrize("reply", ["junk", OSError("down")])
async def test_with_redis_unusable_starts_are_paced_from_the_headers(reply: Any) -> None:
    scripts = Scripts()
    scripts.replies["take"] = reply
    shared = limiter(scripts, name="q", retry_interval=60.0)
    shared.observe(Quota(limit=2, remaining=1, reset_in=10.0), refused=False)  # one start left for 10 s
    starts = 0

    async def start() -> None:
        nonlocal starts
        await shared.acquire()
        starts += 1
        shared.release()

    tasks = [asyncio.create_task(start()) for _ in range(4)]
    await asyncio.sleep(0.3)
    assert starts < 4  # in-process pacing spaces them; nothing lets all four through at once
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


async def test_background_writes_end_without_an_error_in_the_loop() -> None:
    scripts = Scripts()
    shared = limiter(scripts, name="e")
    loop = asyncio.get_running_loop()
    reported: list[dict[str, Any]] = []
    loop.set_exception_handler(lambda _, context: reported.append(context))
    try:
        shared.pause_for(1.0)
        shared.observe(Quota(limit=20, remaining=10, reset_in=1.0), refused=False)
        await settle()
    finally:
        loop.set_exception_handler(None)
    assert [call[0] for call in scripts.calls] == ["pause", "learn"]
    assert shared._background == set() and reported == []


async def test_a_failed_background_write_is_named_in_the_warning(caplog: pytest.LogCaptureFixture) -> None:
    scripts = Scripts()
    scripts.replies["pause"] = ConnectionResetError("gone")
    shared = limiter(scripts, name="f", retry_interval=60.0)
    shared.pause_for(1.0)
    await settle()
    assert shared.using_redis is False
    assert "Redis rate limiter unavailable (ConnectionResetError)" in caplog.text


async def test_a_refusal_pauses_every_replica_until_its_reset() -> None:
    scripts = Scripts()
    shared = limiter(scripts, name="r")
    shared.observe(Quota(limit=10, remaining=None, reset_in=5.0), refused=True)
    await settle()
    assert [call[2] for call in scripts.named("pause")] == [[5_000_000, TTL]]
    assert scripts.named("learn") == []  # a refusal teaches the figures nothing to write


async def test_a_remaining_count_without_a_limit_teaches_no_limit_nor_window() -> None:
    scripts = Scripts()
    shared = limiter(scripts, name="s")
    shared.observe(Quota(limit=None, remaining=5, reset_in=1.0), refused=False)
    await settle()
    assert [call[2] for call in scripts.named("learn")] == [[0, 0, TTL]]


async def test_a_remaining_count_alone_keeps_the_learned_limit() -> None:
    scripts = Scripts()
    shared = limiter(scripts, name="k")
    shared.observe(Quota(limit=20, remaining=10, reset_in=1.0), refused=False)
    shared.observe(Quota(limit=None, remaining=9, reset_in=1.0), refused=False)
    await settle()
    assert [call[2] for call in scripts.named("learn")] == [[20, 1_000_000, TTL]]
    assert shared._learned == (20, 1_000_000)


async def test_a_limit_without_a_window_is_written_with_a_zero_window() -> None:
    scripts = Scripts()
    shared = limiter(scripts, name="w")
    shared.observe(Quota(limit=40, remaining=None, reset_in=None), refused=False)
    await settle()
    assert [call[2] for call in scripts.named("learn")] == [[40, 0, TTL]]


async def test_with_redis_known_down_starts_are_paced_from_the_headers_without_asking_it() -> None:
    scripts = Scripts()
    shared = limiter(scripts, name="v", retry_interval=60.0)
    shared.observe(Quota(limit=2, remaining=1, reset_in=10.0), refused=False)  # one start left for 10 s
    await settle()  # the figures are written before Redis goes down
    shared._trip(OSError("down"))
    starts = 0

    async def start() -> None:
        nonlocal starts
        await shared.acquire()
        starts += 1
        shared.release()

    tasks = [asyncio.create_task(start()) for _ in range(4)]
    await asyncio.sleep(0.3)
    assert 1 <= starts < 4 and scripts.named("take") == []
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


async def test_the_waits_redis_asks_for_are_slept_exactly(monkeypatch: pytest.MonkeyPatch) -> None:
    real_sleep = asyncio.sleep
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        await real_sleep(0)

    answers = iter([[0, 1_000_000, 0], [1, 2_000_000, 7], [1, 1, 8], [1, 0, 9]])

    async def take(keys: list[str], args: list[Any]) -> Any:
        return next(answers)

    shared = limiter(Scripts(), name="x")
    shared._take = take  # type: ignore[assignment]
    monkeypatch.setattr(asyncio, "sleep", sleep)
    for _ in range(3):  # a refusal then a slot 2 s ahead; a slot 1 us ahead; a slot now
        await shared.acquire()
        shared.release()
    monkeypatch.undo()
    assert slept == [1.025, 2.0, 0.000001]  # the refusal's wait with its 25 ms (midpoint) jitter


async def test_the_same_figures_are_written_again_after_30_seconds_exactly(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [1000.0]
    monkeypatch.setattr(module, "time", types.SimpleNamespace(monotonic=lambda: now[0]))
    scripts = Scripts()
    shared = limiter(scripts, name="t30")
    quota = Quota(limit=20, remaining=10, reset_in=1.0)
    shared.observe(quota, refused=False)
    now[0] += 29.999
    shared.observe(quota, refused=False)
    await settle()
    assert len(scripts.named("learn")) == 1
    now[0] = 1030.0
    shared.observe(quota, refused=False)
    await settle()
    assert len(scripts.named("learn")) == 2


async def test_an_answer_that_asks_no_pause_draws_no_pause_jitter() -> None:
    ours, theirs = random.Random(7), random.Random(7)
    shared = RedisRateLimiter(Scripts(), name="rng", rng=ours)  # type: ignore[arg-type]
    alone = InProcessRateLimiter(rng=theirs)
    quota = Quota(limit=20, remaining=10, reset_in=1.0)
    shared.observe(quota, refused=False)
    alone.observe(quota, refused=False)
    await settle()
    assert ours.getstate() == theirs.getstate()  # the same draws as the in-process limiter's


async def test_a_slot_redis_granted_is_not_paced_again_in_process() -> None:
    scripts = Scripts()  # grants every start at once
    shared = limiter(scripts, name="once")
    shared.observe(Quota(limit=2, remaining=1, reset_in=10.0), refused=False)  # in-process: one start for 10 s
    for _ in range(4):
        await asyncio.wait_for(shared.acquire(), 5)
        shared.release()
    assert len(scripts.named("take")) == 4 and shared.using_redis


async def test_a_quota_script_that_never_answers_is_given_up_after_the_timeout() -> None:
    scripts = Scripts()
    shared = limiter(scripts, name="slow", timeout=0.05, retry_interval=60.0)

    async def hang(keys: list[str], args: list[Any]) -> Any:
        await asyncio.sleep(3600)

    shared._take = hang  # type: ignore[assignment]
    await asyncio.wait_for(shared.acquire(), 5)  # paced in-process instead
    shared.release()
    assert shared.using_redis is False
    await shared.aclose()


async def test_a_slot_granted_after_its_caller_was_cancelled_is_given_back() -> None:
    scripts = Scripts()
    shared = limiter(scripts, name="late")
    answer = asyncio.Event()

    async def take(keys: list[str], args: list[Any]) -> Any:
        await answer.wait()
        return [1, 5_000, 4242]

    shared._take = take  # type: ignore[assignment]
    loop = asyncio.get_running_loop()
    reported: list[dict[str, Any]] = []
    loop.set_exception_handler(lambda _, context: reported.append(context))
    try:
        waiting = asyncio.create_task(shared.acquire())
        await settle()
        waiting.cancel()
        await asyncio.gather(waiting, return_exceptions=True)
        answer.set()  # Redis answers after the caller left: the slot it granted goes back
        await settle()
    finally:
        loop.set_exception_handler(None)
    assert [call[2] for call in scripts.named("refund")] == [[4242, TTL]]
    assert reported == [] and shared._local.in_flight == 0


class Widest(random.Random):
    """Draws the top of every range, and records what it was asked."""

    def __init__(self) -> None:
        super().__init__(0)
        self.asked: list[tuple[float, float]] = []

    def uniform(self, a: float, b: float) -> float:
        self.asked.append((a, b))
        return b


async def test_the_defaults_and_the_given_settings_reach_the_in_process_limiter() -> None:
    plain = RedisRateLimiter(Scripts())  # type: ignore[arg-type]
    assert (plain._timeout, plain._retry_interval, plain._local.max_concurrency) == (0.25, 2.0, 64)
    rng = Widest()
    shared = RedisRateLimiter(Scripts(), name="s", max_concurrency=2, rng=rng)  # type: ignore[arg-type]
    assert shared._local.max_concurrency == 2
    shared.pause_for(10.0)
    assert rng.asked == [(0.0, 0.5)]  # the local pause's jitter comes from the limiter's own source
    assert 10.4 < shared._local.paused_for <= 10.5
    await shared.aclose()


async def test_from_url_defaults_and_its_concurrency() -> None:
    shared = RedisRateLimiter.from_url("redis://127.0.0.1:1/0", max_concurrency=3)
    kwargs = shared._redis.connection_pool.connection_kwargs
    assert (kwargs["socket_timeout"], kwargs["socket_connect_timeout"]) == (0.25, 0.25)
    assert (shared._timeout, shared._retry_interval, shared._local.max_concurrency) == (0.25, 2.0, 3)
    await shared.aclose()


def test_an_empty_name_is_refused_with_its_reason() -> None:
    with pytest.raises(ValueError, match=r"^name must not be empty$"):
        limiter(Scripts(), name="")
