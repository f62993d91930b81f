"""What the generated endpoint functions need from a client: its one entry point for a call.

`np6_client.NP6Client` satisfies this protocol; the functions never build HTTP clients of their own,
so authentication, retries, rate limits and error mapping stay in the hand-written layer. Each
function hands over its `Call` (operation id, method, path template, per-call options) with the
request, and the client puts the call on the `httpx.Request` for the transport to read.
"""

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import httpx

if TYPE_CHECKING:
    from .._streaming.stream import EventStream
    from .._transport.call import Call

T = TypeVar("T")


class Client(Protocol):
    async def send_call(
        self,
        call: "Call",
        request: dict[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> httpx.Response:
        """Send one call's request (the keyword arguments of `httpx.AsyncClient.build_request`)."""
        ...

    def stream_call(
        self,
        call: "Call",
        request: dict[str, Any],
        parse_item: Callable[[dict[str, Any]], T],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> "EventStream[T]":
        """Send `request` and yield the items of the JSON array it answers, parsed one by one."""
        ...


__all__ = ["Client"]
