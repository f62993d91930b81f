"""One replica for the shared-quota test: CALLS calls over TASKS tasks through RedisRateLimiter.

REDIS_TIMEOUT bounds each exchange with Redis, past which the replica paces itself alone.

Prints one JSON line: calls completed, calls failed, 429 answers its transport saw.
"""

import asyncio
import json
import sys

import httpx

from np6_client import NP6Client, NP6Error, RedisRateLimiter
from np6_client.api import segment


class Counting(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.refused = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        self.refused += response.status_code == 429
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


async def main(url: str, key: str, redis_url: str, name: str, calls: int, tasks: int, redis_timeout: float) -> None:
    transport = Counting()
    limiter = RedisRateLimiter.from_url(redis_url, name=name, timeout=redis_timeout)
    completed = failed = 0
    async with NP6Client(api_key=key, base_url=url, transport=transport, limiter=limiter) as np6:
        print("ready", flush=True)
        await asyncio.to_thread(sys.stdin.readline)  # every replica starts together
        queue = list(range(calls))

        async def task() -> None:
            nonlocal completed, failed
            while queue:
                queue.pop()
                try:
                    await segment.list_segment_targets.asyncio(1, client=np6)
                    completed += 1
                except NP6Error:
                    failed += 1

        await asyncio.gather(*(task() for _ in range(tasks)))
    await limiter.aclose()
    print(json.dumps({"completed": completed, "failed": failed, "refused": transport.refused}), flush=True)


if __name__ == "__main__":
    url, key, redis_url, name, calls, tasks, redis_timeout = sys.argv[1:]
    asyncio.run(main(url, key, redis_url, name, int(calls), int(tasks), float(redis_timeout)))
