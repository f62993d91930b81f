"""What the generated endpoint functions need from a client.

`np6_client.NP6Client` satisfies this protocol; the functions never build HTTP clients of their own,
so authentication, retries, rate limits and error mapping stay in the hand-written layer.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import httpx

if TYPE_CHECKING:
    from .._streaming import EventStream

T = TypeVar("T")


class Client(Protocol):
    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The configured client that sends every request."""
        ...

    def stream_array(
        self,
        request: dict[str, Any],
        parse_item: Callable[[dict[str, Any]], T],
        *,
        resumable: bool,
    ) -> "EventStream[T]":
        """Send `request` and yield the items of the JSON array it answers, parsed one by one."""
        ...


AuthenticatedClient = Client

__all__ = ["AuthenticatedClient", "Client"]
