"""A server that is never the bottleneck: one fixed small JSON answer per request, kept alive.

Run as its own process by bench/throughput.py: an asyncio protocol on uvloop (when installed) that
answers every request head it reads with the same prebuilt 200 response, pipelined answers
included, without parsing more than the end of each head. It prints its base URL on its first
stdout line once it listens. Requests are expected without a body (the benchmark sends GETs).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from _server import START_TIMEOUT, _read_url, _stop

TARGETS = [f"BENCH{n:03d}" for n in range(20)]
BODY = json.dumps(TARGETS).encode()
ANSWER = (
    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
    + str(len(BODY)).encode()
    + b"\r\n\r\n"
    + BODY
)
END = b"\r\n\r\n"


class _Answer(asyncio.Protocol):
    def __init__(self) -> None:
        self.pending = b""
        self.transport: Any = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # uvloop's transports are not asyncio.Transport subclasses

    def data_received(self, data: bytes) -> None:
        text = self.pending + data
        heads = text.count(END)
        if heads and self.transport is not None:
            self.transport.write(ANSWER * heads)
            text = text[text.rfind(END) + len(END) :]
        self.pending = text


async def serve() -> None:
    server = await asyncio.get_running_loop().create_server(_Answer, "127.0.0.1", 0, backlog=4096)
    print(f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}", flush=True)
    async with server:
        await server.serve_forever()


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process so far (Linux /proc; 0.0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextlib.contextmanager
def small_server(cpu: int | None) -> Iterator[tuple[str, int]]:
    """Run this server in a child process (pinned to `cpu` when given); yields its URL and pid."""
    command = [sys.executable, str(Path(__file__))]
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE)
    try:
        if cpu is not None:
            os.sched_setaffinity(process.pid, {cpu})
        yield _read_url(process, time.monotonic() + START_TIMEOUT), process.pid
    finally:
        _stop(process)
        if process.stdout is not None:
            process.stdout.close()


if __name__ == "__main__":
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    try:
        import uvloop
    except ImportError:
        asyncio.run(serve())
    else:
        uvloop.run(serve())
