"""Rate-limit goodput: 64 tasks on one key against a fake limited to R requests/s.

Compares the SDK (shared pause + quota pacing) with the plain generated functions driven by a
naive retry loop (sleep 100 ms on any error, 10 tries), in the same run against the same fake.
Every successful call is exactly one accepted request, so refused requests (429) are the
requests the fake received minus the calls that completed.
"""

from __future__ import annotations

import argparse
import asyncio
import time
import warnings
from collections.abc import Awaitable, Callable
from typing import Any

import attrs
import httpx

from np6_client import NP6Client, NP6Error
from np6_client._generated.api.segment import list_segment_targets
from np6_client.testing import FakeNP6

KEY = "bench-ratelimit-key"
TASKS = 64


@attrs.define
class Outcome:
    completed: int = 0
    failed: int = 0
    received: int = 0


class PlainClient:
    """The generated functions' client protocol over a bare httpx client: no retries, no pacing."""

    def __init__(self, url: str) -> None:
        limits = httpx.Limits(max_connections=100)
        self._http = httpx.AsyncClient(base_url=url, headers={"X-Key": KEY}, limits=limits)

    async def send_call(self, call: Any, request: dict[str, Any], **options: Any) -> httpx.Response:
        return await self._http.request(**request)

    def stream_call(self, call: Any, request: dict[str, Any], parse_item: Any, **options: Any) -> Any:
        raise NotImplementedError

    async def aclose(self) -> None:
        await self._http.aclose()


async def naive_call(client: PlainClient) -> None:
    for attempt in range(10):
        try:
            await list_segment_targets.asyncio(1, client=client)
        except (NP6Error, httpx.HTTPError):  # its errors are httpx's own: no SDK transport under it
            if attempt == 9:
                raise
            await asyncio.sleep(0.1)
        else:
            return


async def drive(
    call: Callable[[], Awaitable[None]], seconds: float, failures: tuple[type[Exception], ...] = (NP6Error,)
) -> Outcome:
    """Run the tasks; `failures` count as failed calls, anything else ends the script.

    The SDK raises only `NP6Error`: anything else out of it is a bug, not a failed call.
    """
    outcome = Outcome()
    deadline = time.monotonic() + seconds

    async def worker() -> None:
        while time.monotonic() < deadline:
            try:
                await call()
                outcome.completed += 1
            except failures:
                outcome.failed += 1

    await asyncio.gather(*(worker() for _ in range(TASKS)))
    return outcome


async def run_sdk(url: str, seconds: float) -> Outcome:
    async with NP6Client(api_key=KEY, base_url=url, max_concurrency=TASKS) as np6:

        async def call() -> None:
            await list_segment_targets.asyncio(1, client=np6)

        return await drive(call, seconds)


async def run_naive(url: str, seconds: float) -> Outcome:
    client = PlainClient(url)
    try:
        return await drive(lambda: naive_call(client), seconds, (NP6Error, httpx.HTTPError))
    finally:
        await client.aclose()


def measure(fake: FakeNP6, url: str, name: str, seconds: float, rate: float) -> Outcome:
    fake.rate_limit(rate)
    fake.reset_requests()
    runner = run_sdk if name == "np6-client" else run_naive
    outcome = asyncio.run(runner(url, seconds))
    outcome.received = len(fake.requests)
    return outcome


def report(name: str, outcome: Outcome, rate: float, seconds: float) -> None:
    budget = rate * seconds
    refused = outcome.received - outcome.completed
    share = refused / outcome.received if outcome.received else 0.0
    print(
        f"{name:<22} {outcome.completed:>9} {outcome.completed / budget:>9.1%} {outcome.received:>9} "
        f"{refused:>6} {share:>7.1%} {outcome.failed:>7}"
    )


def main() -> None:
    warnings.simplefilter("ignore", DeprecationWarning)  # NP6 deprecates the segment operation measured here
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rate", type=float, default=50.0, help="requests/s the fake allows (default 50)")
    parser.add_argument("--seconds", type=float, default=15.0, help="duration of each run (default 15)")
    parser.add_argument("--quick", action="store_true", help="3 s runs, to check the script works")
    args = parser.parse_args()
    seconds = 3.0 if args.quick else args.seconds
    fake = FakeNP6(api_keys=(KEY,))
    print(
        f"rate limit {args.rate:g} req/s, {TASKS} tasks, {seconds:g} s per run, budget {args.rate * seconds:.0f} calls"
    )
    print(f"{'client':<22} {'completed':>9} {'of budget':>9} {'requests':>9} {'429s':>6} {'429 %':>7} {'failed':>7}")
    with fake.serve() as url:
        for name in ("np6-client", "generated + naive retry"):
            report(name, measure(fake, url, name, seconds, args.rate), args.rate, seconds)
    print("targets for np6-client: completed >= 95% of budget, 429s <= 5% of requests, 0 failed")


if __name__ == "__main__":
    main()
