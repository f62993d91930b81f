"""`python -m np6_client.testing`: run the fake NP6 server in the foreground until interrupted.

`python -m np6_client.testing verify CASSETTE [--threshold 0.9]` instead scores the fake against
a cassette recorded from NP6 (see `np6_client.testing.record`).
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
import threading
from collections.abc import Sequence
from datetime import datetime
from types import FrameType

from np6_client._transport.seam import is_loopback
from np6_client.testing._fake import FakeNP6
from np6_client.testing._fault_text import parse_fault


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m np6_client.testing",
        description="Run the fake NP6 CM API; prints its base URL, stops on Ctrl-C or SIGTERM.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port, 0 for a free one (default 8000)")
    parser.add_argument(
        "--api-key",
        action="append",
        required=True,
        dest="api_keys",
        metavar="KEY",
        help="accepted X-Key value (repeatable)",
    )
    parser.add_argument(
        "--events", type=int, default=100, metavar="N", help="events per notification and kind (default 100)"
    )
    parser.add_argument("--seed", metavar="FILE", help="account seed, JSON or YAML (fields, targets, segments, ...)")
    parser.add_argument(
        "--rate-limit", type=float, metavar="N", help="requests per second per key before 429 (default: none)"
    )
    parser.add_argument(
        "--rate-limit-reset",
        choices=("delta", "epoch"),
        default="delta",
        help="X-RateLimit-Reset as seconds from now or epoch seconds (default delta)",
    )
    parser.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="SPEC",
        help="a fault for matching requests, e.g. 'status=503,path=/actions,times=3' or "
        "'delay_headers=0.5,times=forever' (repeatable; fields of np6_client.testing.Fault)",
    )
    parser.add_argument("--clock", metavar="ISO", help="stop the fake's clock at this date-time (default: wall clock)")
    parser.add_argument("--allow-remote", action="store_true", help="allow a non-loopback --host")
    return parser


def _build(parser: argparse.ArgumentParser, args: argparse.Namespace) -> FakeNP6:
    if not args.allow_remote and not is_loopback(args.host):
        parser.error(f"--host {args.host} is not a loopback address; add --allow-remote to listen on it")
    if args.events < 0:
        parser.error("--events must be >= 0")
    if args.rate_limit is not None and args.rate_limit <= 0:
        parser.error("--rate-limit must be > 0")
    fake = FakeNP6(api_keys=args.api_keys, event_count=args.events)
    try:
        if args.seed:
            fake.load_file(args.seed)
        for spec in args.fault:
            fake.faults.add(parse_fault(spec))
        if args.clock:
            fake.clock.set(datetime.fromisoformat(args.clock))
    except (OSError, ValueError, TypeError) as exc:
        parser.error(str(exc))
    if args.rate_limit is not None:
        fake.rate_limit(args.rate_limit, reset_style=args.rate_limit_reset)
    return fake


def verify_main(argv: Sequence[str]) -> int:
    """Print the fidelity report of a cassette; 1 when the score is under the threshold."""
    from np6_client.testing._fidelity import verify_cassette

    parser = argparse.ArgumentParser(
        prog="python -m np6_client.testing verify",
        description="Replay a cassette recorded from NP6 against a fresh fake and score their agreement.",
    )
    parser.add_argument("cassette", help="a JSON-lines cassette written by np6_client.testing.record")
    parser.add_argument(
        "--threshold", type=float, default=0.0, help="exit 1 when the score (0 to 1) is under it (default 0)"
    )
    args = parser.parse_args(argv)
    try:
        report = asyncio.run(verify_cassette(args.cassette))
    except (OSError, ValueError, KeyError) as exc:
        print(f"verify: cannot read {args.cassette}: {exc}", file=sys.stderr)
        return 2
    print("\n".join(report.lines()))
    return 1 if report.score < args.threshold else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Serve until SIGINT or SIGTERM (or, given `verify`, score a cassette)."""
    given = list(sys.argv[1:] if argv is None else argv)
    if given[:1] == ["verify"]:
        return verify_main(given[1:])
    parser = _parser()
    args = parser.parse_args(given)
    fake = _build(parser, args)
    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    with fake.serve(args.host, args.port, allow_remote=args.allow_remote) as url:
        print(url, flush=True)
        print("fake NP6 server running; Ctrl-C to stop", file=sys.stderr, flush=True)
        while not stop.wait(0.5):
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
