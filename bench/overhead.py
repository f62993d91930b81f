"""What the SDK layer costs per request: an SDK call vs a hand-written httpx call to the same fake.

Both sides send `GET /segments/1/targets` with the same X-Key, pool limits and timeouts, and both
parse the JSON body, so the difference is the generated function plus `NP6Transport` (validation,
key handling, limiter, retry bookkeeping). Rounds alternate raw and SDK and medians are compared,
because this machine is shared and noisy. Client CPU per call is printed too: when the fake's
single core is the bottleneck, wall time hides client-side cost that CPU time still shows.
"""

from __future__ import annotations

import asyncio
import cProfile
import pstats
import time
from collections.abc import Awaitable, Callable

import attrs
import httpx
from _server import fake_server, median, parser, print_table

from np6_client import NP6Client
from np6_client.api import segment

API_KEY = "bench-overhead-key"
SEGMENT = 1
PATH = f"/segments/{SEGMENT}/targets"
TARGETS = [f"BENCH{n:03d}" for n in range(20)]
MAX_CONNECTIONS = 100
TARGET_RATIO = 1.10
CONCURRENCY = (1, 100)
ROUND_SECONDS = 2.0
ROUNDS = 5

Call = Callable[[], Awaitable[object]]


@attrs.frozen
class Sample:
    """One round: wall and client CPU seconds for `calls` requests."""

    calls: int
    wall: float
    cpu: float


async def run_round(call: Call, concurrency: int, *, calls: int = 0, seconds: float = 0.0) -> Sample:
    """`concurrency` tasks share `calls` requests (or send until `seconds` pass), back to back."""
    left = calls
    done = 0
    deadline = time.perf_counter() + seconds

    async def worker() -> None:
        nonlocal left, done
        while left > 0 if calls else time.perf_counter() < deadline:
            left -= 1
            await call()
            done += 1

    wall, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return Sample(done, time.perf_counter() - wall, time.process_time() - cpu)


def clients(url: str) -> tuple[NP6Client, httpx.AsyncClient]:
    """Same limits on both sides: 100 connections, all kept alive, and the SDK's default timeouts."""
    np6 = NP6Client(api_key=API_KEY, base_url=url, max_concurrency=MAX_CONNECTIONS)
    raw = httpx.AsyncClient(
        base_url=url,
        headers={"X-Key": API_KEY},
        limits=httpx.Limits(max_connections=MAX_CONNECTIONS, max_keepalive_connections=MAX_CONNECTIONS),
        timeout=np6.options.timeout,
        trust_env=False,
    )
    return np6, raw


async def compare(raw_call: Call, sdk_call: Call, concurrency: int, seconds: float, rounds: int) -> list[str]:
    """A timed warm-up pair opens the connections and sizes N; then interleaved rounds of N calls each."""
    warm = await run_round(raw_call, concurrency, seconds=seconds / 4)
    await run_round(sdk_call, concurrency, seconds=seconds / 4)
    calls = max(2 * concurrency, round(warm.calls / warm.wall * seconds))
    raw: list[Sample] = []
    sdk: list[Sample] = []
    for _ in range(rounds):
        raw.append(await run_round(raw_call, concurrency, calls=calls))
        sdk.append(await run_round(sdk_call, concurrency, calls=calls))
    raw_wall = median([s.wall / s.calls for s in raw])
    sdk_wall = median([s.wall / s.calls for s in sdk])
    raw_cpu = median([s.cpu / s.calls for s in raw])
    sdk_cpu = median([s.cpu / s.calls for s in sdk])
    ratio = sdk_wall / raw_wall
    return [
        str(concurrency),
        f"{calls:,} x {rounds}",
        f"{1 / raw_wall:,.0f}",
        f"{1 / sdk_wall:,.0f}",
        f"{ratio:.2f}x",
        f"{raw_cpu * 1e6:,.0f}",
        f"{sdk_cpu * 1e6:,.0f}",
        f"{sdk_cpu / raw_cpu:.2f}x",
        "yes" if ratio <= TARGET_RATIO else "NO",
    ]


async def profile_sdk(sdk_call: Call, concurrency: int, seconds: float) -> None:
    """Where an SDK round spends client CPU, by own time and by cumulative time."""
    profiler = cProfile.Profile()
    profiler.enable()
    sample = await run_round(sdk_call, concurrency, seconds=seconds)
    profiler.disable()
    stats = pstats.Stats(profiler)
    print(f"\ncProfile of {sample.calls:,} SDK calls at concurrency {concurrency}")
    stats.sort_stats("tottime").print_stats(20)
    stats.sort_stats("cumulative").print_stats(r"np6_client|httpx|httpcore", 30)


async def main(quick: bool, profile: bool) -> None:
    seconds, rounds = (0.2, 1) if quick else (ROUND_SECONDS, ROUNDS)
    with fake_server(api_key=API_KEY, events=10) as url:
        np6, raw = clients(url)
        async with np6, raw:
            await segment.add_segment_targets.asyncio(SEGMENT, client=np6, body=TARGETS)

            async def raw_call() -> object:
                response = await raw.get(PATH)
                response.raise_for_status()
                return response.json()

            async def sdk_call() -> object:
                return await segment.list_segment_targets.asyncio(SEGMENT, client=np6)

            assert await raw_call() == await sdk_call() == TARGETS
            rows = [await compare(raw_call, sdk_call, c, seconds, rounds) for c in CONCURRENCY]
            print_table(
                f"SDK vs raw httpx, GET {PATH} ({len(TARGETS)} ids) on a loopback fake in its own process; "
                f"medians of {rounds} interleaved rounds",
                ["concurrency", "calls", "raw req/s", "SDK req/s", "SDK/raw time", "raw CPU us", "SDK CPU us",
                 "SDK/raw CPU", f"<= {TARGET_RATIO:.2f}x"],
                rows,
            )
            if profile:
                for concurrency in CONCURRENCY:
                    await profile_sdk(sdk_call, concurrency, seconds)


if __name__ == "__main__":
    options = parser(__doc__.splitlines()[0])
    options.add_argument("--profile", action="store_true", help="also print a cProfile of the SDK rounds")
    args = options.parse_args()
    asyncio.run(main(args.quick, args.profile))
