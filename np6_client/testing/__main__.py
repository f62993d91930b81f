"""`python -m np6_client.testing`: run the fake NP6 server in the foreground until interrupted."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from np6_client.testing._fake import FakeNP6
from np6_client.testing._server import is_loopback


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
    parser.add_argument("--allow-remote", action="store_true", help="allow a non-loopback --host")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Serve until SIGINT or SIGTERM."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.allow_remote and not is_loopback(args.host):
        parser.error(f"--host {args.host} is not a loopback address; add --allow-remote to listen on it")
    if args.events < 0:
        parser.error("--events must be >= 0")
    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    fake = FakeNP6(api_keys=args.api_keys, event_count=args.events)
    with fake.serve(args.host, args.port, allow_remote=args.allow_remote) as url:
        print(url, flush=True)
        print("fake NP6 server running; Ctrl-C to stop", file=sys.stderr, flush=True)
        while not stop.wait(0.5):
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
