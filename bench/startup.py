"""Import and first call: `import np6_client` vs `import httpx`, and a new client's first GET vs httpx's.

Each measure runs in a fresh process, alternating the two sides, with both packages' bytecode
written first (`compileall`), as an installed package has it: where `PYTHONDONTWRITEBYTECODE` is
set, a module edited since its last `.pyc` would otherwise be compiled again by every import. It
subtracts nothing: the import time is the wall time of the import statement inside the process,
and the first call is the wall time from constructing the client to the parsed answer of
`GET /segments/1/targets` against the small server of `_small_server.py` (in its own process,
on the other core). Ratios are medians of the per-pair ratios. The SDK's child also reports
whether pydantic or jsonschema was imported by a GET without a body (it must not be). Both
children see only what a runtime install of `np6-client` has (`_runtime_only.py`): httpx would
otherwise import its command line, which the development tools install, and look twice as slow.
"""

from __future__ import annotations

import compileall
import json
import os
import subprocess
import sys

from _runtime_only import PRELUDE, hidden_modules
from _server import QUICK_NOTE, median, parser, print_table
from _small_server import small_server

TARGET_IMPORT = 1.5
TARGET_FIRST_CALL = 2.0
RUNS = 15

IMPORT = {
    "httpx": "import time; t = time.perf_counter(); import httpx; print(time.perf_counter() - t)",
    "np6_client": "import time; t = time.perf_counter(); import np6_client; print(time.perf_counter() - t)",
}
FIRST_CALL = {
    "httpx": """
import asyncio, json, sys, time
import httpx
async def main():
    t = time.perf_counter()
    async with httpx.AsyncClient(base_url=sys.argv[1], headers={"X-Key": "k"}) as client:
        response = await client.get("/segments/1/targets")
        response.raise_for_status()
        response.json()
        took = time.perf_counter() - t
    print(json.dumps({"seconds": took}))
asyncio.run(main())
""",
    "np6_client": """
import asyncio, json, sys, time, warnings
warnings.simplefilter("ignore")
import np6_client
async def main():
    t = time.perf_counter()
    async with np6_client.NP6Client(api_key="k", base_url=sys.argv[1]) as np6:
        await np6.segment.list_segment_targets(1)
        took = time.perf_counter() - t
    heavy = {name: name in sys.modules for name in ("pydantic", "jsonschema")}
    print(json.dumps({"seconds": took, **heavy}))
asyncio.run(main())
""",
}


def run(code: str, hidden: list[str], *args: str) -> dict[str, float | bool]:
    command = [sys.executable, "-c", PRELUDE + code, json.dumps(hidden), *args]
    done = subprocess.run(command, capture_output=True, text=True, check=True, timeout=120)
    last = done.stdout.strip().splitlines()[-1]
    result: dict[str, float | bool] = json.loads(last) if last.startswith("{") else {"seconds": float(last)}
    return result


def compile_bytecode() -> None:
    import httpx

    import np6_client

    for package in (httpx, np6_client):
        compileall.compile_dir(package.__path__[0], quiet=1)


def main(quick: bool) -> None:
    runs = 2 if quick else RUNS
    compile_bytecode()
    hidden = hidden_modules()
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    two_cores = len(os.sched_getaffinity(0)) >= 2
    with small_server(1 if two_cores else None) as (url, _pid):
        if two_cores:
            os.sched_setaffinity(0, {0})  # children inherit it
        imports: dict[str, list[float]] = {"httpx": [], "np6_client": []}
        calls: dict[str, list[float]] = {"httpx": [], "np6_client": []}
        heavy: set[str] = set()
        for number in range(runs):
            order = ("httpx", "np6_client") if number % 2 == 0 else ("np6_client", "httpx")
            for side in order:
                imports[side].append(float(run(IMPORT[side], hidden)["seconds"]))
                result = run(FIRST_CALL[side], hidden, url)
                calls[side].append(float(result["seconds"]))
                heavy |= {name for name in ("pydantic", "jsonschema") if result.get(name)}

    def ratios(values: dict[str, list[float]]) -> list[float]:
        return [s / h for s, h in zip(values["np6_client"], values["httpx"], strict=True)]

    rows = []
    for label, values, target in (
        ("import", imports, TARGET_IMPORT),
        ("first GET of a new client", calls, TARGET_FIRST_CALL),
    ):
        found = ratios(values)
        rows.append(
            [
                label,
                f"{median(values['httpx']) * 1e3:.0f} ms",
                f"{median(values['np6_client']) * 1e3:.0f} ms",
                f"{median(found):.2f}x ({min(found):.2f}-{max(found):.2f})",
                f"<= {target}x",
                "yes" if median(found) <= target else "NO",
            ]
        )
    print_table(
        f"Fresh processes, {runs} alternating pairs, load average {load}{QUICK_NOTE if quick else ''}",
        ["measure", "httpx", "np6_client", "ratio (range)", "target", "met"],
        rows,
    )
    print(f"hidden from both as a runtime install lacks them: {len(hidden)} top-level modules of development tools")
    print(f"modules a GET without a body imported: {', '.join(sorted(heavy)) or 'neither pydantic nor jsonschema'}")
    if heavy:
        sys.exit(1)


if __name__ == "__main__":
    main(parser(__doc__.splitlines()[0]).parse_args().quick)
