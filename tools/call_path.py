"""Which files of the package one `np6.contact.get_target` GET runs through before parsing its answer.

A `sys.setprofile` trace of one warm call (the spec index and caches already built) against a stub
network transport: every function entered is recorded until the generated `_parse_response`
starts. Prints the count and the files; `--max N` exits 1 when more than N files are entered.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from types import FrameType
from typing import Any

import httpx

import np6_client
from np6_client import NP6Client

PACKAGE = Path(np6_client.__file__).parent
TARGET = {"id": "000PKXK4", "fields": {"email": "ann@example.com"}}


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=TARGET)


async def files_before_parsing() -> list[str]:
    """The package's files, in first-entered order, that one warm GET enters before parsing."""
    entered: list[str] = []
    parsing = False

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal parsing
        if event != "call" or parsing:
            return
        if frame.f_code.co_name == "_parse_response":
            parsing = True
            return
        path = Path(frame.f_code.co_filename)
        if path.is_relative_to(PACKAGE):
            name = str(path.relative_to(PACKAGE))
            if name not in entered:
                entered.append(name)

    async with NP6Client(api_key="measure-key", transport=httpx.MockTransport(_answer)) as np6:
        await np6.contact.get_target("000PKXK4")  # warm: the spec index, validators and caches
        sys.setprofile(profile)
        try:
            await np6.contact.get_target("000PKXK4")
        finally:
            sys.setprofile(None)
    return entered


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--max", type=int, default=None, help="fail when more files than this are entered")
    args = parser.parse_args()
    files = asyncio.run(files_before_parsing())
    print(f"{len(files)} files of np6_client entered before parsing:")
    for name in files:
        print(f"  {name}")
    return 1 if args.max is not None and len(files) > args.max else 0


if __name__ == "__main__":
    sys.exit(main())
