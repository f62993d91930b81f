"""Event exports: `stream()` vs the generated whole-body call, against the raw byte ceiling, and memory.

One fake server process serves every notification with the same large number of events. The
throughput rounds read one window of them (the `end` parameter) in three ways: raw httpx bytes
(the I/O ceiling), `stream()` (ijson and one model at a time) and `asyncio()` (whole body, then
all models); medians of interleaved rounds. Peak memory comes from child processes
(bench/stream_rss.py), one read each, next to a child that only imports the SDK.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import attrs
import httpx
from _server import QUICK_NOTE, fake_server, median, parser, print_table
from stream_rss import NOTIFICATION

from np6_client import NP6Client
from np6_client.api import notification
from np6_client.models import EventSort
from np6_client.testing import FakeNP6

API_KEY = "bench-streaming-key"
PATH = f"/notifications/{NOTIFICATION}/events/activations"
SEPARATOR = b"},{"  # only ever between two events of the fake's arrays
CHILD = Path(__file__).with_name("stream_rss.py")
RELAY = "import subprocess, sys; sys.exit(subprocess.call([sys.executable, *sys.argv[1:]]))"
RSS_AGREEMENT_MB = 2.0
TARGET_SPEEDUP = 3.0
TARGET_PEAK_MB = 64.0
TARGET_GROWTH_MB = 16.0


@attrs.frozen
class Sizes:
    """Server events per notification, the throughput window, and the events each RSS child reads."""

    server: int
    window: int
    rounds: int
    small: int
    large: int


FULL = Sizes(server=1_000_000, window=201_000, rounds=5, small=100_000, large=1_000_000)
QUICK = Sizes(server=30_000, window=3_000, rounds=1, small=3_000, large=30_000)


@attrs.frozen
class Read:
    """One timed read of the window."""

    events: int
    seconds: float
    size: int = 0


def window_end(events: int) -> int:
    """`end` (ms) selecting the first `events` events; the fake puts three events in each second."""
    return FakeNP6.events_base_ms + -(-events // 3) * 1000


async def read_raw(raw: httpx.AsyncClient, params: dict[str, Any]) -> Read:
    """Bytes only; events are counted from the separators, which may straddle two chunks."""
    started = time.perf_counter()
    size = separators = 0
    tail = b""
    async with raw.stream("GET", PATH, params=params) as response:
        response.raise_for_status()
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            separators += chunk.count(SEPARATOR) + (tail + chunk[:2]).count(SEPARATOR)
            tail = (tail + chunk)[-2:]
    return Read(separators + 1 if size > 2 else 0, time.perf_counter() - started, size)


async def read_stream(np6: NP6Client, end: int) -> Read:
    started = time.perf_counter()
    count = 0
    stream = notification.list_notification_activations.stream(NOTIFICATION, client=np6, sort=EventSort.ASC, end=end)
    async for _event in stream:
        count += 1
    return Read(count, time.perf_counter() - started)


async def read_whole(np6: NP6Client, end: int) -> Read:
    started = time.perf_counter()
    events = await notification.list_notification_activations.asyncio(
        NOTIFICATION, client=np6, sort=EventSort.ASC, end=end
    )
    return Read(len(events), time.perf_counter() - started)


async def throughput(url: str, sizes: Sizes) -> dict[str, list[Read]]:
    """Every form read once per round, in a rotating order; the raw reads also give the body size."""
    end = window_end(sizes.window)
    reads: dict[str, list[Read]] = {"raw": [], "stream": [], "whole": []}
    async with (
        NP6Client(api_key=API_KEY, base_url=url) as np6,
        httpx.AsyncClient(base_url=url, headers={"X-Key": API_KEY}, timeout=np6.options.timeout) as raw,
    ):
        async for _event in notification.list_notification_activations.stream(NOTIFICATION, client=np6):
            break  # warm-up: connection, spec loading
        forms = {
            "raw": lambda: read_raw(raw, {"sort": "asc", "end": end}),
            "stream": lambda: read_stream(np6, end),
            "whole": lambda: read_whole(np6, end),
        }
        for number in range(sizes.rounds):
            names = list(forms)[number % 3 :] + list(forms)[: number % 3]
            for name in names:
                reads[name].append(await forms[name]())
                gc.collect()  # the whole-body list is freed here, outside any timed read
    counts = {read.events for runs in reads.values() for read in runs}
    if len(counts) != 1:
        raise RuntimeError(f"the three forms read different numbers of events: {sorted(counts)}")
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
    count, size = reads["raw"][0].events, reads["raw"][0].size
    body_mb = size / 1e6

    def seconds(form: str) -> float:
        return median([read.seconds for read in reads[form]])

    def paired(slower: str, faster: str) -> float:
        return median([s.seconds / f.seconds for s, f in zip(reads[slower], reads[faster], strict=True)])

    def rate(form: str) -> str:
        return f"{count / seconds(form):,.0f} ev/s"

    def share(form: str) -> str:
        return f"{paired('raw', form):.1%} of ceiling"

    speedup = paired("whole", "stream")
    idle, small, large, whole_mb = (rss[k]["peak_rss_mb"] for k in ("idle", "small", "large", "whole"))
    growth = large - small

    def events(key: str) -> str:
        return f"{rss[key]['events']:,}"

    rows = [
        ["raw httpx aiter_bytes (ceiling)", f"{count:,}", rate("raw"), f"{body_mb / seconds('raw'):,.0f} MB/s", "", ""],
        ["stream()", f"{count:,}", rate("stream"), share("stream"), "", ""],
        ["asyncio() (whole body)", f"{count:,}", rate("whole"), share("whole"), "", ""],
        ["stream() vs asyncio()", "", "", f"{speedup:.2f}x", f">= {TARGET_SPEEDUP:.0f}x",
         mark(speedup >= TARGET_SPEEDUP)],
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
        f"Notification events over loopback: {count:,} events, {body_mb:.1f} MB body, fake in its own "
        f"process, medians of {sizes.rounds} rounds; peak RSS of one child process per line"
        f"{QUICK_NOTE if sizes is QUICK else ''}",
        ["measure", "events", "figure", "ratio", "target", "met"],
        rows,
    )
    for key, result in rss.items():
        hwm = result.get("vm_hwm_mb")
        if hwm is not None and abs(hwm - result["peak_rss_mb"]) > RSS_AGREEMENT_MB:
            print(f"note: child {key}: ru_maxrss {result['peak_rss_mb']:.1f} MB but VmHWM {hwm:.1f} MB")


def main(quick: bool) -> None:
    sizes = QUICK if quick else FULL
    with fake_server(api_key=API_KEY, events=sizes.server) as url:
        reads = asyncio.run(throughput(url, sizes))
        rss = {
            "idle": child(url, "idle"),
            "small": child(url, "stream", "--events", str(sizes.small)),
            "large": child(url, "stream", "--events", str(sizes.large)),
            "whole": child(url, "whole", "--end", str(window_end(sizes.window))),
        }
    report(sizes, reads, rss)


if __name__ == "__main__":
    main(parser(__doc__.splitlines()[0]).parse_args().quick)
