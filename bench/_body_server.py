"""A server that costs next to nothing: one prebuilt JSON array of events, sent in large pieces.

Run as its own process by bench/streaming.py, so that the client is what is measured: whatever the
path and query of a GET, it answers 200 with the same body (built once at start), written in
1 MiB pieces over a kept-alive HTTP/1.1 connection. It prints its base URL on its first stdout line
once it listens. Events are shaped like NP6 notification events (`type`, uuid `id`, `timestamp`,
`identity`, `source` with a `detail` holding a small list of objects, so element boundaries also
occur inside items), about 250 bytes each, one in 50 of a type the spec does not list with a
member of its own.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from _server import START_TIMEOUT, _read_url, _stop

PIECE = 1 << 20
BASE_MS = 1_704_067_200_000
UNKNOWN_EVERY = 50
_EVENT = (
    '{"type":"%s","id":"00000007-0001-4000-8000-%012x","timestamp":%d,'
    '"identity":{"type":"customer","value":"C%07d"},'
    '"source":{"type":"notification","detail":{"notification":7,"version":3,'
    '"channels":[{"kind":"email","at":%d},{"kind":"push","at":%d}]}}%s}'
)
_EXTRA = ',"extension":{"note":"a member this API version does not describe"}'


def event_text(index: int) -> str:
    """Event `index`; three events share each second, in ascending order."""
    unknown = (index + 1) % UNKNOWN_EVERY == 0
    timestamp = BASE_MS + index // 3 * 1000
    kind = "future-kind" if unknown else "activation"
    return _EVENT % (kind, index, timestamp, index % 10_000_000, index % 7, index % 11, _EXTRA if unknown else "")


def build_body(events: int) -> bytes:
    return ("[" + ",".join(event_text(i) for i in range(events)) + "]").encode()


async def _answer(body: bytes, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    head = f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n\r\n".encode()
    view = memoryview(body)
    with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError):
        while True:
            request = await reader.readuntil(b"\r\n\r\n")
            writer.write(head)
            if not request.startswith(b"HEAD "):
                for start in range(0, len(body), PIECE):
                    writer.write(view[start : start + PIECE])
                    await writer.drain()
            await writer.drain()
    writer.close()


async def serve(events: int) -> None:
    body = build_body(events)
    server = await asyncio.start_server(lambda r, w: _answer(body, r, w), "127.0.0.1", 0, limit=1 << 16)
    port = server.sockets[0].getsockname()[1]
    print(f"http://127.0.0.1:{port}", flush=True)
    async with server:
        await server.serve_forever()


@contextlib.contextmanager
def body_server(events: int) -> Iterator[str]:
    """Run this server in a child process; yields its base URL, stops it at exit."""
    command = [sys.executable, str(Path(__file__)), "--events", str(events)]
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE)
    try:
        yield _read_url(process, time.monotonic() + START_TIMEOUT)
    finally:
        _stop(process)
        if process.stdout is not None:
            process.stdout.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, required=True)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(parser.parse_args().events))


if __name__ == "__main__":
    main()
