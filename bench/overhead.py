"""What the SDK layer costs per request: an SDK call vs a hand-written httpx call to the same fake.

Both sides send `GET /segments/1/targets` with the same X-Key, pool limits and timeouts, and both
parse the JSON body, so the difference is the namespaced call (`np6.segment.list_segment_targets`,
the generated function under it) plus `NP6Transport` (validation, key handling, limiter, retry
bookkeeping). Rounds alternate raw and SDK and medians are compared,
because this machine is shared and noisy. Client CPU per call is printed too: when the answer is
slow to come, wall time hides client-side cost that CPU time still shows. A last line repeats the
comparison through a stub transport, without network or server, for the client's own cost alone.
"""

from __future__ import annotations

import asyncio
import cProfile
import json
import pstats
import time
import warnings
from collections.abc import Awaitable, Callable

import attrs
import httpx
from _server import QUICK_NOTE, fake_server, median, parser, print_table

from np6_client import NP6Client
from np6_client._constants import DEFAULT_NETWORK
from np6_client._transport.network import build_network

API_KEY = "bench-overhead-key"
SEGMENT = 1
PATH = f"/segments/{SEGMENT}/targets"
TARGETS = [f"BENCH{n:03d}" for n in range(20)]
MAX_CONNECTIONS = 100
TARGET_RATIO = 1.10
CONCURRENCY = (1, 100)
ROUND_SECONDS = 1.0
ROUNDS = 9
STUB_SECONDS = 0.4
WAITING_BOUND = 5.0  # wall time per call this many times the client CPU: the client mostly waits

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


def clients(url: str, transport: httpx.AsyncBaseTransport | None = None) -> tuple[NP6Client, httpx.AsyncClient]:
    """Same limits on both sides: 100 connections, all kept alive, and the SDK's default timeouts.

    Without a stub, the raw client runs on the connection layer the SDK opens by default, so the
    difference is the SDK's own work.
    """
    np6 = NP6Client(api_key=API_KEY, base_url=url, max_concurrency=MAX_CONNECTIONS, transport=transport)
    raw = httpx.AsyncClient(
        base_url=url,
        headers={"X-Key": API_KEY},
        timeout=np6.options.timeout,
        trust_env=False,
        transport=transport or build_network(DEFAULT_NETWORK, MAX_CONNECTIONS),
    )
    return np6, raw


def calls_for(np6: NP6Client, raw: httpx.AsyncClient) -> tuple[Call, Call]:
    """The two calls compared: each returns the parsed list of target ids."""

    async def raw_call() -> object:
        response = await raw.get(PATH)
        response.raise_for_status()
        return response.json()

    async def sdk_call() -> object:
        return await np6.segment.list_segment_targets(SEGMENT)

    return raw_call, sdk_call


@attrs.frozen
class Comparison:
    """Medians per call of each side; ratios are medians of each back-to-back pair's ratio."""

    calls: int
    raw: Sample
    sdk: Sample
    wall_ratio: float
    cpu_ratio: float


async def compare(raw_call: Call, sdk_call: Call, concurrency: int, seconds: float, rounds: int) -> Comparison:
    """A timed warm-up pair opens the connections and sizes N; then interleaved rounds of N calls."""
    await run_round(raw_call, concurrency, seconds=seconds / 4)
    warm = await run_round(sdk_call, concurrency, seconds=seconds / 4)
    calls = max(2 * concurrency, round(warm.calls / warm.wall * seconds))
    raw: list[Sample] = []
    sdk: list[Sample] = []
    order = [(raw, raw_call), (sdk, sdk_call)]
    for number in range(rounds):
        # raw, sdk, sdk, raw, ...: a slow drift of the machine then weighs on both sides alike.
        for samples, call in order if number % 2 == 0 else order[::-1]:
            samples.append(await run_round(call, concurrency, calls=calls))

    def per_call(side: list[Sample]) -> Sample:
        return Sample(1, median([s.wall / s.calls for s in side]), median([s.cpu / s.calls for s in side]))

    return Comparison(
        calls,
        per_call(raw),
        per_call(sdk),
        median([s.wall / r.wall for r, s in zip(raw, sdk, strict=True)]),
        median([s.cpu / r.cpu for r, s in zip(raw, sdk, strict=True)]),
    )


def row(concurrency: int, rounds: int, result: Comparison) -> list[str]:
    return [
        str(concurrency),
        f"{result.calls:,} x {rounds}",
        f"{1 / result.raw.wall:,.0f}",
        f"{1 / result.sdk.wall:,.0f}",
        f"{result.wall_ratio:.2f}x",
        f"{result.raw.cpu * 1e6:,.0f}",
        f"{result.sdk.cpu * 1e6:,.0f}",
        f"{result.cpu_ratio:.2f}x",
        "yes" if result.wall_ratio <= TARGET_RATIO else "NO",
    ]


class StubTransport(httpx.AsyncBaseTransport):
    """Answers at once with the ids, so only client-side work is timed."""

    body = json.dumps(TARGETS).encode()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "application/json"}, content=self.body)


async def client_only(seconds: float, rounds: int) -> str:
    np6, raw = clients("http://127.0.0.1:9", StubTransport())
    async with np6, raw:
        result = await compare(*calls_for(np6, raw), 1, seconds, rounds)
    raw_us, sdk_us = result.raw.wall * 1e6, result.sdk.wall * 1e6
    return (
        f"client-only cost (stub transport, no network, concurrency 1): raw {raw_us:.0f} us, "
        f"SDK {sdk_us:.0f} us per call: {sdk_us - raw_us:+.0f} us, {result.wall_ratio:.2f}x"
    )


async def profile_sdk(sdk_call: Call, concurrency: int, seconds: float) -> None:
    """Where an SDK round spends client CPU, by own time and by cumulative time."""
    profiler = cProfile.Profile()
    profiler.enable()
    sample = await run_round(sdk_call, concurrency, seconds=seconds)
    profiler.disable()
    stats = pstats.Stats(profiler)
    print(f"\ncProfile of {sample.calls:,} SDK calls at concurrency {concurrency}")
    stats.sort_stats("tottime").print_stats(20)
    stats.sort_stats("cumulative").print_stats(r"np6_client", 25)


def show(rows: list[list[str]], notes: list[str], rounds: int, quick: bool) -> None:
    print_table(
        f"SDK vs raw httpx, GET {PATH} ({len(TARGETS)} ids), loopback fake in its own process, "
        f"{rounds} interleaved rounds; rates are medians, ratios the median of back-to-back pairs"
        f"{QUICK_NOTE if quick else ''}",
        [
            "concurrency",
            "calls",
            "raw req/s",
            "SDK req/s",
            "SDK/raw time",
            "raw CPU us",
            "SDK CPU us",
            "SDK/raw CPU",
            f"<= {TARGET_RATIO:.2f}x",
        ],
        rows,
    )
    for note in notes:
        print(f"note: {note}", flush=True)


async def main(quick: bool, profile: bool) -> None:
    seconds, rounds = (0.2, 1) if quick else (ROUND_SECONDS, ROUNDS)
    rows: list[list[str]] = []
    notes: list[str] = []
    with fake_server(api_key=API_KEY, events=10) as url:
        np6, raw = clients(url)
        async with np6, raw:
            await np6.segment.add_segment_targets(SEGMENT, TARGETS)
            raw_call, sdk_call = calls_for(np6, raw)
            if await raw_call() != TARGETS or await sdk_call() != TARGETS:
                raise RuntimeError("the two calls disagree on the segment's targets")
            for concurrency in CONCURRENCY:
                result = await compare(raw_call, sdk_call, concurrency, seconds, rounds)
                rows.append(row(concurrency, rounds, result))
                if result.raw.wall > WAITING_BOUND * result.raw.cpu:
                    notes.append(
                        f"at concurrency {concurrency} a call takes {result.raw.wall / result.raw.cpu:.0f}x its "
                        "client CPU: the client mostly waits for the answer, so the time ratio hides client "
                        "cost; read the CPU ratio"
                    )
            show(rows, notes, rounds, quick)
            if profile:
                for concurrency in CONCURRENCY:
                    await profile_sdk(sdk_call, concurrency, seconds)
    print(await client_only(min(seconds, STUB_SECONDS), rounds), flush=True)


if __name__ == "__main__":
    options = parser(__doc__.splitlines()[0])
    options.add_argument("--profile", action="store_true", help="also print a cProfile of the SDK rounds")
    args = options.parse_args()
    warnings.simplefilter("ignore", DeprecationWarning)  # NP6 deprecates the segment operations measured here
    asyncio.run(main(args.quick, args.profile))
