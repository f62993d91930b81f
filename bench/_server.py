"""Shared by the benchmarks: the fake NP6 server in its own process, medians and a table printer.

The fake runs as a separate process (`python -m np6_client.testing`) so that its CPU work never
competes with the client for the GIL: on a 2-core machine each side gets a core of its own.
"""

from __future__ import annotations

import argparse
import os
import selectors
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import IO

import httpx

QUICK_NOTE = " [--quick: a smoke run, the figures mean nothing]"
START_TIMEOUT = 30.0
STOP_TIMEOUT = 15.0


def _read_url(process: subprocess.Popen[bytes], deadline: float) -> str:
    """The base URL the fake prints on its first stdout line once it accepts connections."""
    assert process.stdout is not None
    line = b""
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while not line.endswith(b"\n"):
            left = deadline - time.monotonic()
            if left <= 0 or not selector.select(left):
                raise RuntimeError("the fake NP6 server printed no URL in time")
            chunk = os.read(process.stdout.fileno(), 256)
            if not chunk:
                raise RuntimeError(f"the fake NP6 server exited with status {process.wait()}")
            line += chunk
    return str(line.decode().strip())


def _wait_until_answers(url: str, api_key: str, deadline: float) -> None:
    """Any HTTP answer will do: it proves the server reads requests."""
    while True:
        try:
            httpx.get(f"{url}/segments/1/targets", headers={"X-Key": api_key}, timeout=2.0)
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
        else:
            return


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _startup_error(exc: Exception, errors: IO[bytes]) -> RuntimeError:
    errors.seek(0)
    output = errors.read().decode(errors="replace").strip()
    return RuntimeError(f"{exc}\n--- fake server stderr ---\n{output}")


@contextmanager
def fake_server(*, api_key: str, events: int = 100, command: Sequence[str] | None = None) -> Iterator[str]:
    """Run the fake on a free loopback port in a child process; yields its base URL, stops it at exit.

    `command` replaces the CLI for a fake set up in code; it must print its URL first, as the CLI does.
    """
    if command is None:
        command = [sys.executable, "-m", "np6_client.testing", "--host", "127.0.0.1", "--port", "0"]
        command += ["--api-key", api_key, "--events", str(events)]
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=errors)
        try:
            deadline = time.monotonic() + START_TIMEOUT
            try:
                url = _read_url(process, deadline)
                _wait_until_answers(url, api_key, deadline)
            except (RuntimeError, httpx.TransportError) as exc:
                raise _startup_error(exc, errors) from None
            yield url
        finally:
            _stop(process)
            if process.stdout is not None:
                process.stdout.close()


def parser(description: str) -> argparse.ArgumentParser:
    """Every benchmark takes `--quick`: a short smoke run whose figures mean nothing."""
    result = argparse.ArgumentParser(description=description)
    result.add_argument("--quick", action="store_true", help="a few seconds; only checks the script runs")
    return result


def median(values: Sequence[float]) -> float:
    """Medians rather than means: one noisy neighbour must not move the figure."""
    return statistics.median(values)


def print_table(title: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """First column left-aligned, the others right-aligned, so figures line up."""
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        pairs = enumerate(zip(cells, widths, strict=True))
        return "  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in pairs).rstrip()

    print(f"\n{title}")
    print(line(header))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line(row))
    sys.stdout.flush()
