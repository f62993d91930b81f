"""What the generated endpoint functions need from a client.

`np6_client.NP6Client` satisfies this protocol; the functions never build HTTP clients of their own,
so authentication, retries, rate limits and error mapping stay in the hand-written layer.
"""

from collections.abc import Callable, Mapping
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


class BindingClient(Client, Protocol):
    """What `np6.<group>.<operation>(...)` needs on top: a view per call's options."""

    def for_call(
        self,
        *,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, str | int | float | bool] | None,
    ) -> Client:
        """This client, or a view of it with one call's options (None: keep the client's)."""
        ...


__all__ = ["BindingClient", "Client"]
