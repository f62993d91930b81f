"""Run every benchmark in turn (what `make bench` does); exits non-zero if any of them failed.

Each runs as its own process with its output streamed as it comes, so one benchmark's memory and
event loop never colour the next one's figures. A benchmark not written yet is skipped.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from _server import parser

HERE = Path(__file__).parent
BENCHMARKS = ("overhead.py", "throughput.py", "startup.py", "streaming.py", "ratelimit.py", "replicas.py")


def main() -> int:
    args = parser(__doc__.splitlines()[0]).parse_args()
    failed: list[str] = []
    for name in BENCHMARKS:
        script = HERE / name
        if not script.exists():
            print(f"\n=== {name}: not present, skipped", flush=True)
            continue
        print(f"\n=== {name}", flush=True)
        started = time.monotonic()
        code = subprocess.call([sys.executable, str(script), *(["--quick"] if args.quick else [])])
        print(f"=== {name}: exit {code} after {time.monotonic() - started:.0f}s", flush=True)
        if code != 0:
            failed.append(name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
