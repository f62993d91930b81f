"""Streams holding one huge string item: parse time against the same bytes as many small items,
the longest the event loop was blocked, and RSS growth. Run by hand: python bench/big_items.py."""

from __future__ import annotations

import asyncio
import resource
import time

from np6_client import ClientOptions, NP6Client

KEY = "bench-key"
MiB = 1 << 20


def big(size: int) -> bytes:
    return b'[{"id": "a"}, {"id": "b", "text": "' + b"x" * size + b'"}, {"id": "c"}]'


def small(size: int) -> bytes:
    item = b'{"id": "s", "text": "' + b"x" * 1000 + b'"}'
    return b"[" + b",".join([item] * (size // len(item))) + b"]"


async def serve(body: bytes) -> asyncio.Server:
    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
        writer.write(f"Content-Length: {len(body)}\r\n\r\n".encode())
        for start in range(0, len(body), 1 << 16):
            writer.write(body[start : start + (1 << 16)])
            await writer.drain()
        writer.close()

    return await asyncio.start_server(answer, "127.0.0.1", 0)


async def measure(body: bytes) -> tuple[float, float, int]:
    server = await serve(body)
    url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    worst = 0.0
    running = True

    async def ticker() -> None:
        nonlocal worst
        while running:
            before = time.perf_counter()
            await asyncio.sleep(0.001)
            worst = max(worst, time.perf_counter() - before - 0.001)

    tick = asyncio.create_task(ticker())
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    count = 0
    async with NP6Client(api_key=KEY, base_url=url, options=ClientOptions(max_item_bytes=64 * MiB)) as np6:
        async for _ in np6.request_stream("GET", "/items"):
            count += 1
    elapsed = time.perf_counter() - started
    running = False
    await tick
    server.close()
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before
    return elapsed, worst, grown // 1024


async def main() -> None:
    for size in (int(1.5 * MiB), 4 * MiB, 16 * MiB):
        baseline, _, _ = await measure(small(size))
        elapsed, worst, grown = await measure(big(size))
        print(
            f"{size / MiB:5.1f} MB string item: {elapsed * 1000:7.1f} ms "
            f"({elapsed / baseline:4.2f}x the same bytes as 1 kB items), "
            f"loop blocked at most {worst * 1000:5.1f} ms, peak RSS grew {grown} MB"
        )


if __name__ == "__main__":
    asyncio.run(main())
