"""Event exports: typed `stream()` vs ijson's plain dicts and the whole-body call, and memory.

Throughput is measured against bench/_body_server.py, a separate process that sends one prebuilt
array in 1 MiB pieces, so that the client is what is measured. Each round reads the same body
five ways over loopback: raw httpx bytes (the I/O ceiling), ijson pulling plain dicts from the same
kind of httpx byte stream (the parser baseline), `stream()` (typed attrs models) and the generated
whole-body `asyncio()`, and the whole body through `json` and `from_dict` (what `asyncio()` did
before it shared the stream's decode path); forms rotate from round to round and ratios are medians of the per-round
ratios. Peak memory comes from child processes (bench/stream_rss.py) streaming from the fake NP6,
one read each, next to a child that only imports the SDK.
"""

from __future__ import annotations

import asyncio
import cProfile
import gc
import json
import os
import pstats
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import attrs
import httpx
import ijson
from _body_server import body_server
from _server import QUICK_NOTE, fake_server, median, parser, print_table
from stream_rss import NOTIFICATION

from np6_client import NP6Client
from np6_client.api import notification
from np6_client.models import EventSort, NotificationEvent

API_KEY = "bench-streaming-key"
PATH = f"/notifications/{NOTIFICATION}/events/activations"
CHILD = Path(__file__).with_name("stream_rss.py")
RELAY = "import subprocess, sys; sys.exit(subprocess.call([sys.executable, *sys.argv[1:]]))"
RSS_AGREEMENT_MB = 2.0
TARGET_VS_IJSON = 1.0
TARGET_VS_WHOLE = 5.0
TARGET_PEAK_MB = 64.0
TARGET_GROWTH_MB = 16.0
TARGET_WHOLE_VS_OLD = 4.0
TARGET_WHOLE_VS_STREAM = 0.8
FORMS = ("raw", "ijson", "stream", "whole", "old")


@attrs.frozen
class Sizes:
    """Events in the throughput body, rounds, and the events each RSS child reads from the fake."""

    body: int
    rounds: int
    small: int
    large: int


FULL = Sizes(body=200_000, rounds=5, small=100_000, large=1_000_000)
QUICK = Sizes(body=3_000, rounds=1, small=3_000, large=30_000)


@attrs.frozen
class Read:
    """One timed read of the body."""

    events: int
    seconds: float
    size: int = 0


class _ByteReader:
    """What ijson's async interface pulls from: `read()` over the response's byte chunks."""

    def __init__(self, response: httpx.Response) -> None:
        self._chunks = response.aiter_bytes()

    async def read(self, n: int = -1) -> bytes:
        if n == 0:  # ijson probes with read(0) to learn whether it gets bytes or text
            return b""
        async for chunk in self._chunks:
            if chunk:
                return chunk
        return b""


async def timed(read: Callable[[], Awaitable[tuple[int, int]]]) -> Read:
    started = time.perf_counter()
    events, size = await read()
    return Read(events, time.perf_counter() - started, size)


def forms(np6: NP6Client, raw: httpx.AsyncClient, events: int) -> dict[str, Callable[[], Awaitable[tuple[int, int]]]]:
    """The four ways to read the body; each returns (events, bytes) and keeps no event."""

    async def raw_bytes() -> tuple[int, int]:
        size = 0
        async with raw.stream("GET", PATH, params={"sort": "asc"}) as response:
            response.raise_for_status()
            async for chunk in response.aiter_bytes():
                size += len(chunk)
        return events, size

    async def ijson_dicts() -> tuple[int, int]:
        count = 0
        async with raw.stream("GET", PATH, params={"sort": "asc"}) as response:
            response.raise_for_status()
            async for _item in ijson.items(_ByteReader(response), "item", use_float=True):
                count += 1
        return count, 0

    async def typed_stream() -> tuple[int, int]:
        count = 0
        stream = notification.list_notification_activations.stream(NOTIFICATION, client=np6, sort=EventSort.ASC)
        async for _event in stream:
            count += 1
        return count, 0

    async def whole_body() -> tuple[int, int]:
        result = await notification.list_notification_activations.asyncio(NOTIFICATION, client=np6, sort=EventSort.ASC)
        return len(result), 0

    async def old_whole_body() -> tuple[int, int]:
        # What the generated `asyncio()` did before it shared the stream's path: the whole body
        # through `json`, then `from_dict` per item with the collector on.
        answer = await np6.request("GET", PATH, params={"sort": "asc"})
        result = [NotificationEvent.from_dict(item) for item in answer.parsed or ()]
        return len(result), 0

    return {"raw": raw_bytes, "ijson": ijson_dicts, "stream": typed_stream, "whole": whole_body, "old": old_whole_body}


async def throughput(url: str, sizes: Sizes, profile: bool) -> dict[str, list[Read]]:
    """Every form read once per round, in a rotating order."""
    reads: dict[str, list[Read]] = {name: [] for name in FORMS}
    async with (
        NP6Client(api_key=API_KEY, base_url=url) as np6,
        httpx.AsyncClient(base_url=url, timeout=np6.options.timeout) as raw,
    ):
        ways = forms(np6, raw, sizes.body)
        await ways["stream"]()  # warm-up: connections, spec loading
        for number in range(sizes.rounds):
            names = FORMS[number % len(FORMS) :] + FORMS[: number % len(FORMS)]
            for name in names:
                reads[name].append(await timed(ways[name]))
                gc.collect()  # the whole-body list is freed here, outside any timed read
        if profile:
            profiler = cProfile.Profile()
            profiler.enable()
            await ways["stream"]()
            profiler.disable()
            pstats.Stats(profiler).sort_stats("tottime").print_stats(15)
    counts = {read.events for name, runs in reads.items() for read in runs}
    if counts != {sizes.body}:
        raise RuntimeError(f"the forms read different numbers of events: {sorted(counts)}, sent {sizes.body}")
    return reads


def child(url: str, mode: str, *options: str) -> dict[str, Any]:
    """Run one bench/stream_rss.py child and return its JSON line.

    Through a relay: Linux hands a process's high-water RSS on to what it exec's, so a child exec'd
    from this (large) process would report our peak as its own `ru_maxrss`. The relay's child is
    forked from a small process, and its `ru_maxrss` is its own.
    """
    env = {**os.environ, "NP6_BASE_URL": url, "NP6_API_KEY": API_KEY}
    command = [sys.executable, "-c", RELAY, str(CHILD), mode, *options]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"stream_rss.py {mode} failed ({done.returncode}):\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def mark(ok: bool) -> str:
    return "yes" if ok else "NO"


def report(sizes: Sizes, reads: dict[str, list[Read]], rss: dict[str, dict[str, Any]]) -> None:
    """Rates are medians per form; ratios are medians of the ratios within each round."""
    count, size = sizes.body, reads["raw"][0].size
    body_mb = size / 1e6

    def seconds(form: str) -> float:
        return median([read.seconds for read in reads[form]])

    def paired(slower: str, faster: str) -> float:
        return median([s.seconds / f.seconds for s, f in zip(reads[slower], reads[faster], strict=True)])

    def rate(form: str) -> str:
        return f"{count / seconds(form):,.0f} ev/s"

    def share(form: str) -> str:
        return f"{paired('raw', form):.1%} of ceiling"

    vs_ijson, vs_whole = paired("ijson", "stream"), paired("old", "stream")
    whole_vs_old, whole_vs_stream = paired("old", "whole"), paired("stream", "whole")
    idle, small, large, whole_mb = (rss[k]["peak_rss_mb"] for k in ("idle", "small", "large", "whole"))
    growth = large - small

    def events(key: str) -> str:
        return f"{rss[key]['events']:,}"

    rows = [
        ["raw httpx aiter_bytes (ceiling)", f"{count:,}", rate("raw"), f"{body_mb / seconds('raw'):,.0f} MB/s", "", ""],
        ["ijson items, plain dicts", f"{count:,}", rate("ijson"), share("ijson"), "", ""],
        ["stream() (typed attrs models)", f"{count:,}", rate("stream"), share("stream"), "", ""],
        ["asyncio() (whole body)", f"{count:,}", rate("whole"), share("whole"), "", ""],
        ["whole body, json + from_dict (the earlier asyncio())", f"{count:,}", rate("old"), share("old"), "", ""],
        ["stream() vs ijson dicts", "", "", f"{vs_ijson:.2f}x", f">= {TARGET_VS_IJSON:.1f}x",
         mark(vs_ijson >= TARGET_VS_IJSON)],
        ["stream() vs the earlier asyncio()", "", "", f"{vs_whole:.2f}x", f">= {TARGET_VS_WHOLE:.0f}x",
         mark(vs_whole >= TARGET_VS_WHOLE)],
        ["asyncio() vs the earlier asyncio()", "", "", f"{whole_vs_old:.2f}x", f">= {TARGET_WHOLE_VS_OLD:.0f}x",
         mark(whole_vs_old >= TARGET_WHOLE_VS_OLD)],
        ["asyncio() vs stream()", "", "", f"{whole_vs_stream:.2f}x", f">= {TARGET_WHOLE_VS_STREAM:.1f}x",
         mark(whole_vs_stream >= TARGET_WHOLE_VS_STREAM)],
        ["peak RSS: child importing the SDK only", "0", f"{idle:.1f} MB", "", "", ""],
        ["peak RSS: stream()", events("small"), f"{small:.1f} MB", f"+{small - idle:.1f} MB vs import", "", ""],
        ["peak RSS: stream()", events("large"), f"{large:.1f} MB", f"+{large - idle:.1f} MB vs import",
         f"<= {TARGET_PEAK_MB:.0f} MB", mark(large <= TARGET_PEAK_MB)],
        ["  growth over the smaller stream()", "", f"{growth:+.1f} MB", f"{large / small:.2f}x",
         f"<= +{TARGET_GROWTH_MB:.0f} MB", mark(growth <= TARGET_GROWTH_MB)],
        ["peak RSS: asyncio() (whole body)", events("whole"), f"{whole_mb:.1f} MB", f"{whole_mb / large:.1f}x stream()",
         "", ""],
    ]  # fmt: skip
    print_table(
        f"Notification events over loopback: {count:,} events, {body_mb:.1f} MB body from a prebuilt-body "
        f"server in its own process, medians of {sizes.rounds} rounds; peak RSS of one child process per line, "
        f"streaming from the fake NP6{QUICK_NOTE if sizes is QUICK else ''}",
        ["measure", "events", "figure", "ratio", "target", "met"],
        rows,
    )
    for key, result in rss.items():
        hwm = result.get("vm_hwm_mb")
        if hwm is not None and abs(hwm - result["peak_rss_mb"]) > RSS_AGREEMENT_MB:
            print(f"note: child {key}: ru_maxrss {result['peak_rss_mb']:.1f} MB but VmHWM {hwm:.1f} MB")


def main(quick: bool, profile: bool) -> None:
    sizes = QUICK if quick else FULL
    with body_server(sizes.body) as url:
        reads = asyncio.run(throughput(url, sizes, profile))
        whole = child(url, "whole", "--end", "0")  # the body server sends the same body whatever the window
    with fake_server(api_key=API_KEY, events=sizes.large) as url:
        rss = {
            "idle": child(url, "idle"),
            "small": child(url, "stream", "--events", str(sizes.small)),
            "large": child(url, "stream", "--events", str(sizes.large)),
        }
    report(sizes, reads, {**rss, "whole": whole})


if __name__ == "__main__":
    arguments = parser(__doc__.splitlines()[0])
    arguments.add_argument("--profile", action="store_true", help="also print a cProfile of one stream() read")
    options = arguments.parse_args()
    main(options.quick, options.profile)
