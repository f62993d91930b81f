"""Child of bench/streaming.py: one read of notification events, then this process's peak RSS.

A process of its own, so `ru_maxrss` counts only that read; but Linux carries the high-water mark
of the process that exec'd us into it, so start it through a small relay process (see
streaming.py). VmHWM, the peak of this program's own memory map, is printed as a cross-check.
The SDK is imported in every mode, so `idle` (import and nothing else) is the baseline. The
server and key come from NP6_BASE_URL and NP6_API_KEY, as NP6Client reads them.
Prints one JSON line: {"mode": ..., "events": ..., "peak_rss_mb": ..., "vm_hwm_mb": ...}.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource

from np6_client import NP6Client
from np6_client.api import notification
from np6_client.models import EventSort

NOTIFICATION = 7


async def stream(events: int) -> int:
    """Stream up to `events` events, keeping none of them."""
    count = 0
    async with NP6Client() as np6:
        operation = notification.list_notification_activations
        async for _event in operation.stream(NOTIFICATION, client=np6, sort=EventSort.ASC):
            count += 1
            if count >= events:
                break
    return count


async def whole(end_ms: int) -> int:
    """The generated non-streaming call for the events before `end_ms`: the whole list in memory at once."""
    async with NP6Client() as np6:
        operation = notification.list_notification_activations
        result = await operation.asyncio(NOTIFICATION, client=np6, sort=EventSort.ASC, end=end_ms)
    return len(result)


def vm_hwm_mb() -> float | None:
    """Peak resident size of this program's own memory map, or None off Linux."""
    try:
        with open("/proc/self/status", encoding="utf-8", errors="replace") as status:
            line = next(line for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return None
    return int(line.split()[1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["idle", "stream", "whole"])
    parser.add_argument("--events", type=int, default=0, help="stream: stop after this many events")
    parser.add_argument("--end", type=int, default=0, help="whole: the window's end, in ms since the epoch")
    args = parser.parse_args()
    count = 0
    if args.mode == "stream":
        count = asyncio.run(stream(args.events))
    elif args.mode == "whole":
        count = asyncio.run(whole(args.end))
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    report = {"mode": args.mode, "events": count, "peak_rss_mb": peak_kib / 1024, "vm_hwm_mb": vm_hwm_mb()}
    print(json.dumps(report), flush=True)


if __name__ == "__main__":
    main()
