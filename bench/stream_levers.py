"""Where `stream()`'s time goes: each lever measured alone, in-process, on the benchmark's body.

No HTTP: the body of bench/_body_server.py is cut into 64 KiB pieces (what httpcore reads from a
socket) and parsed several ways, each the best of a few runs, all in one process. Each line
changes one thing from the line above it, from ijson feeding the generated `from_dict` (what
`stream()` did before) to what it does now. Ratios are against the first line.
"""

from __future__ import annotations

import gc
import io
import time
import uuid
from collections.abc import Callable
from typing import Any

import ijson
import msgspec
from _body_server import build_body
from _server import QUICK_NOTE, parser, print_table

from np6_client._generated.builders import BUILDERS
from np6_client._streaming.array_split import ArraySplitter
from np6_client.models import NotificationEvent

PIECE = 64 * 1024


def pieces(body: bytes, size: int = PIECE) -> list[bytes]:
    return [body[i : i + size] for i in range(0, len(body), size)]


def ijson_from_dict(body: bytes) -> int:
    build = NotificationEvent.from_dict
    count = 0
    for item in ijson.items(io.BytesIO(body), "item", use_float=True):
        build(item)
        count += 1
    return count


def split_and_build(body: bytes, build: Callable[[Any], Any], *, collector_off: bool, size: int = PIECE) -> int:
    splitter = ArraySplitter()
    count = 0
    for piece in [*pieces(body, size), None]:
        if collector_off:
            gc.disable()
        try:
            raw = splitter.feed(piece) if piece is not None else splitter.finish()
            count += len(list(map(build, raw)))
        finally:
            if collector_off:
                gc.enable()
    return count


def uuid_calls(body: bytes, parse: Callable[[str], Any]) -> int:
    ids = [f"00000007-0001-4000-8000-{n:012x}" for n in range(body.count(b'"id":"'))]
    for value in ids:
        parse(value)
    return len(ids)


def best_rate(events: int, run: Callable[[], int], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        gc.collect()
        started = time.perf_counter()
        if run() != events:
            raise RuntimeError("a lever read the wrong number of events")
        best = min(best, time.perf_counter() - started)
    return events / best


def main(quick: bool) -> None:
    events = 5_000 if quick else 200_000
    repeats = 1 if quick else 3
    body = build_body(events)
    fast, slow = BUILDERS[NotificationEvent], NotificationEvent.from_dict
    levers: list[tuple[str, Callable[[], int]]] = [
        ("ijson items + from_dict (stream() before)", lambda: ijson_from_dict(body)),
        ("msgspec runs of elements + from_dict", lambda: split_and_build(body, slow, collector_off=False)),
        ("  + generated builder", lambda: split_and_build(body, fast, collector_off=False)),
        ("  + collector off per piece (stream() now)", lambda: split_and_build(body, fast, collector_off=True)),
        ("  same, 16 KiB pieces", lambda: split_and_build(body, fast, collector_off=True, size=16 * 1024)),
        ("  same, 256 KiB pieces", lambda: split_and_build(body, fast, collector_off=True, size=256 * 1024)),
        ("msgspec runs only, plain dicts", lambda: split_and_build(body, lambda item: item, collector_off=True)),
    ]  # fmt: skip
    rates = [(name, best_rate(events, run, repeats)) for name, run in levers]
    base = rates[0][1]
    rows = [[name, f"{rate:,.0f} ev/s", f"{rate / base:.2f}x"] for name, rate in rates]
    uuid_rows = []
    for name, parse in (("uuid.UUID(text)", uuid.UUID), ("msgspec.convert(text, UUID)", msgspec_uuid)):
        rate = best_rate(events, lambda parse=parse: uuid_calls(body, parse), repeats)  # type: ignore[misc]
        uuid_rows.append([name, f"{rate:,.0f} /s", ""])
    print_table(
        f"stream() levers, in-process, {events:,} events, {len(body) / 1e6:.1f} MB, best of {repeats}"
        f"{QUICK_NOTE if quick else ''}",
        ["path", "rate", "vs first"],
        rows + uuid_rows,
    )


def msgspec_uuid(text: str) -> Any:
    return msgspec.convert(text, uuid.UUID)


if __name__ == "__main__":
    main(parser(__doc__.splitlines()[0]).parse_args().quick)
