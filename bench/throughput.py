"""Requests per second under concurrency: the SDK, the raw clients it can run on, and raw aiohttp.

A small server that is never the bottleneck (`_small_server.py`: an asyncio protocol on uvloop
answering a fixed 20-id JSON array with keep-alive) runs in its own process pinned to one core;
the client is pinned to the other. Every client sends `GET /segments/1/targets` and parses the
JSON. At concurrency 1, 10, 100 and 500, fresh clients (pool size = concurrency) are warmed up,
then rounds run every client once in an order that rotates from round to round, so a drift of
the shared machine weighs on all of them alike. Clients compared by a target run back to back
(`PAIRED`: the SDK between aiohttp and the raw client it runs on, the SDK on httpcore beside
httpx), in an order reversed every other round: a round of all clients lasts several seconds, and
a drift between two clients' turns would otherwise pass for a difference between them. A round
lets `concurrency` tasks call back to back for about ROUND_SECONDS and waits for the calls in
flight. Rates are medians over rounds; ratios are medians of the ratios within each round, with
their range. Client CPU per call is
`time.process_time()` over the round; the server's CPU share is read from /proc.

Clients: the SDK on its default connection layer (its own httpx transport over aiohttp's pool)
and on httpx's own (`network="httpcore"`), each raw client those run on (httpx 0.28 with
httpcore's pool, httpx with the aiohttp transport of `httpx-aiohttp`), httpx2 and httpx2 with the
aiohttp transport (the alternatives evaluated), aiohttp alone, and httpx's request and response
models around an aiohttp session with no SDK logic (the ceiling of any design that keeps httpx's
types per call). A client whose library is not installed is skipped with a note.
"""

from __future__ import annotations

import asyncio
import os
import time
import warnings
from collections.abc import Awaitable, Callable
from typing import Any

import attrs
import httpx
from _server import QUICK_NOTE, median, parser, print_table
from _small_server import TARGETS, cpu_seconds, small_server

from np6_client import NP6Client
from np6_client._constants import Network

API_KEY = "bench-throughput-key"
SEGMENT = 1
PATH = f"/segments/{SEGMENT}/targets"
CONCURRENCY = (1, 10, 100, 500)
ROUND_SECONDS = 1.0
ROUNDS = 5
TIMEOUT = 60.0
SERVER_CPU, CLIENT_CPU = 1, 0
# Targets: SDK req/s / raw aiohttp req/s at concurrency 100 and 500; SDK time / its raw client's at 1.
AIOHTTP_TARGETS = {100: 0.6, 500: 0.5}
SAME_CLIENT_TARGET = {1: 1.15}

Call = Callable[[], Awaitable[object]]
Close = Callable[[], Awaitable[None]]
Maker = Callable[[str, int], tuple[Call, Close]]


@attrs.frozen
class Sample:
    calls: int
    wall: float
    cpu: float
    server_cpu: float

    @property
    def rate(self) -> float:
        return self.calls / self.wall


async def run_round(call: Call, concurrency: int, seconds: float, server_pid: int) -> Sample:
    """`concurrency` tasks call back to back until `seconds` pass; the calls in flight finish."""
    deadline = time.perf_counter() + seconds
    done = 0

    async def worker() -> None:
        nonlocal done
        while True:
            await call()
            done += 1
            if time.perf_counter() >= deadline:
                return

    server = cpu_seconds(server_pid)
    wall, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    wall = time.perf_counter() - wall
    return Sample(done, wall, time.process_time() - cpu, (cpu_seconds(server_pid) - server) / wall)


def _checked(body: object) -> object:
    if body != TARGETS:
        raise RuntimeError(f"unexpected answer: {body!r:.80}")
    return body


def sdk(network: Network) -> Maker:
    def make(url: str, concurrency: int) -> tuple[Call, Close]:
        np6 = NP6Client(api_key=API_KEY, base_url=url, max_concurrency=concurrency, timeout=TIMEOUT, network=network)

        async def call() -> object:
            return _checked(await np6.segment.list_segment_targets(SEGMENT))

        return call, np6.aclose

    return make


def raw_httpx(module: Any, transport: Callable[[int], Any] | None) -> Maker:
    """A hand-written call through `module.AsyncClient` (httpx or httpx2), optionally on another transport."""

    def make(url: str, concurrency: int) -> tuple[Call, Close]:
        limits = module.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        client = module.AsyncClient(
            base_url=url,
            headers={"X-Key": API_KEY},
            limits=limits,
            timeout=TIMEOUT,
            trust_env=False,
            transport=transport(concurrency) if transport else None,
        )

        async def call() -> object:
            response = await client.get(PATH)
            response.raise_for_status()
            return _checked(response.json())

        return call, client.aclose

    return make


def raw_aiohttp(url: str, concurrency: int) -> tuple[Call, Close]:
    import aiohttp

    session = aiohttp.ClientSession(
        base_url=url,
        headers={"X-Key": API_KEY},
        connector=aiohttp.TCPConnector(limit=concurrency),
        timeout=aiohttp.ClientTimeout(total=TIMEOUT),
    )

    async def call() -> object:
        async with session.get(PATH) as response:
            response.raise_for_status()
            return _checked(await response.json())

    return call, session.close


def httpx_models_on_aiohttp(url: str, concurrency: int) -> tuple[Call, Close]:
    """The least any design keeping httpx's `Request` and `Response` per call pays: no SDK logic at all.

    Each call parses the URL into an `httpx.URL`, builds an `httpx.Request` (headers through
    `httpx.Headers`), sends it on an aiohttp session, reads the body in one piece and wraps it in
    an `httpx.Response` whose JSON it parses. Its rate over aiohttp's is the ceiling of the SDK
    while its calls, transports and answers are httpx's types.
    """
    import aiohttp
    import yarl

    session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency))
    headers = httpx.Headers({"X-Key": API_KEY})
    full = url.rstrip("/") + PATH

    async def call() -> object:
        request = httpx.Request("GET", httpx.URL(full), headers=headers)
        async with session.request(
            "GET", yarl.URL(str(request.url), encoded=True), headers=list(request.headers.multi_items())
        ) as answer:
            body = await answer.read()
        response = httpx.Response(answer.status, headers=answer.raw_headers, content=body, request=request)
        response.raise_for_status()
        return _checked(response.json())

    return call, session.close


def aiohttp_transport(module_name: str) -> Callable[[int], Any]:
    """httpx-aiohttp's transport for httpx (`httpx_aiohttp`) or httpx2 (`httpx_aiohttp.httpx2`)."""
    import importlib

    module = importlib.import_module(module_name)
    limits_module = importlib.import_module("httpx2" if module_name.endswith("httpx2") else "httpx")

    def build(concurrency: int) -> Any:
        limits = limits_module.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        return module.AiohttpTransport(limits=limits)

    return build


def clients() -> tuple[dict[str, Maker], list[str]]:
    """Every client this environment can run; notes for those it cannot."""
    found: dict[str, Maker] = {}
    notes: list[str] = []

    def add(name: str, build: Callable[[], Maker]) -> None:
        try:
            found[name] = build()
        except ImportError as exc:
            notes.append(f"{name}: skipped ({exc.name} is not installed)")

    add("SDK (aiohttp, default)", lambda: sdk("aiohttp"))
    add("SDK network=httpcore", lambda: sdk("httpcore"))
    add("httpx 0.28", lambda: raw_httpx(httpx, None))
    add("httpx + httpx-aiohttp", lambda: raw_httpx(httpx, aiohttp_transport("httpx_aiohttp")))
    add("httpx2", lambda: raw_httpx(__import__("httpx2"), None))
    add("httpx2 + httpx-aiohttp", lambda: raw_httpx(__import__("httpx2"), aiohttp_transport("httpx_aiohttp.httpx2")))
    add("aiohttp", lambda: (__import__("aiohttp"), raw_aiohttp)[1])
    add("httpx models on aiohttp", lambda: (__import__("aiohttp"), httpx_models_on_aiohttp)[1])
    return found, notes


# Which raw client each SDK configuration runs on, for the same-client time ratio.
RUNS_ON = {"SDK (aiohttp, default)": "httpx + httpx-aiohttp", "SDK network=httpcore": "httpx 0.28"}


# Clients whose ratios are targets, each group run back to back within a round.
PAIRED = (("aiohttp", "SDK (aiohttp, default)", "httpx + httpx-aiohttp"), ("SDK network=httpcore", "httpx 0.28"))


def round_order(names: list[str], number: int) -> list[str]:
    """Round `number`'s order: groups of `PAIRED` kept together, the groups rotated, every other round reversed."""
    groups = [[name for name in group if name in names] for group in PAIRED]
    grouped = {name for group in groups for name in group}
    groups = [group for group in groups if group] + [[name] for name in names if name not in grouped]
    shift = number % len(groups)
    groups = groups[shift:] + groups[:shift]
    order = [name for group in groups for name in group]
    return order[::-1] if number % 2 else order


async def measure(
    makers: dict[str, Maker], url: str, pid: int, concurrency: int, seconds: float, rounds: int
) -> dict[str, list[Sample]]:
    built = {name: make(url, concurrency) for name, make in makers.items()}
    try:
        for call, _ in built.values():  # warm-up: opens the connections, imports, first-use caches
            await run_round(call, concurrency, seconds / 4, pid)
        samples: dict[str, list[Sample]] = {name: [] for name in built}
        for number in range(rounds):
            for name in round_order(list(built), number):
                samples[name].append(await run_round(built[name][0], concurrency, seconds, pid))
        return samples
    finally:
        for _, close in built.values():
            await close()


def spread(values: list[float]) -> str:
    return f"{median(values):.2f}x ({min(values):.2f}-{max(values):.2f})"


def report(concurrency: int, samples: dict[str, list[Sample]], rounds: int, quick: bool, load: str) -> None:
    rows = []
    for name, side in samples.items():
        rates = [s.rate for s in side]
        rows.append(
            [
                name,
                f"{median(rates):,.0f}",
                f"{min(rates):,.0f}-{max(rates):,.0f}",
                f"{median([s.cpu / s.calls for s in side]) * 1e6:,.0f}",
                f"{max(s.server_cpu for s in side) * 100:.0f}%",
            ]
        )
    print_table(
        f"concurrency {concurrency}: {rounds} rounds, pool = concurrency, load average {load}"
        f"{QUICK_NOTE if quick else ''}",
        ["client", "req/s", "range", "client CPU us/call", "server CPU max"],
        rows,
    )

    def ratio(name: str, base: str) -> list[float]:
        return [s.rate / b.rate for s, b in zip(samples[name], samples[base], strict=True)]

    for name in samples:
        if (name.startswith("SDK") or name == "httpx models on aiohttp") and "aiohttp" in samples:
            target = AIOHTTP_TARGETS.get(concurrency)
            verdict = (
                f"  target >= {target}x: {'yes' if median(ratio(name, 'aiohttp')) >= target else 'NO'}"
                if target
                else ""
            )
            print(f"{name} req/s / aiohttp req/s: {spread(ratio(name, 'aiohttp'))}{verdict}")
        if name in RUNS_ON and RUNS_ON[name] in samples:
            times = [1 / r for r in ratio(name, RUNS_ON[name])]
            target = SAME_CLIENT_TARGET.get(concurrency)
            verdict = f"  target <= {target}x: {'yes' if median(times) <= target else 'NO'}" if target else ""
            print(f"{name} time / {RUNS_ON[name]} time: {spread(times)}{verdict}")
    print(flush=True)


def load_average() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


async def main(quick: bool) -> None:
    seconds, rounds = (0.2, 1) if quick else (ROUND_SECONDS, ROUNDS)
    makers, notes = clients()
    for note in notes:
        print(f"note: {note}")
    two_cores = len(os.sched_getaffinity(0)) >= 2
    with small_server(SERVER_CPU if two_cores else None) as (url, pid):
        if two_cores:
            os.sched_setaffinity(0, {CLIENT_CPU})
        for concurrency in CONCURRENCY:
            load = load_average()
            samples = await measure(makers, url, pid, concurrency, seconds, rounds)
            report(concurrency, samples, rounds, quick, load)


if __name__ == "__main__":
    warnings.simplefilter("ignore", DeprecationWarning)  # NP6 deprecates the segment operation measured here
    asyncio.run(main(parser(__doc__.splitlines()[0]).parse_args().quick))
