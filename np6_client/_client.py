"""`NP6Client`: configuration, the shared connection pool and limiter, per-call views.

Generated endpoint functions take it as `client=`: it hands them an `httpx.AsyncClient` whose
transport is `NP6Transport`, so every call gets the same auth, pacing, retries and errors.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Sequence
from importlib import metadata
from types import TracebackType
from typing import Any, Self, TypeVar

import attrs
import httpx

from ._auth import APIKey
from ._caller_client import ClientAsTransport
from ._exceptions import ClientClosedError
from ._options import DEFAULT_BASE_URL, ClientOptions
from ._ratelimit import InProcessRateLimiter, RateLimiter
from ._segments import BatchResult, add_targets_in_batches
from ._streaming import EventStream
from ._transport import Lifecycle, NP6Transport, require_safe_url

T = TypeVar("T")
BASE_URL_ENV = "NP6_BASE_URL"
_UNSET: Any = object()


@functools.cache
def _user_agent() -> str:
    try:
        return f"np6-client/{metadata.version('np6-client')}"
    except metadata.PackageNotFoundError:
        return "np6-client"


@attrs.frozen(repr=False)
class _Shared:
    """What a client and all its views share: the key, the pool and the limiter."""

    api_key: APIKey
    base_url: httpx.URL
    network: httpx.AsyncBaseTransport
    owns_network: bool
    limiter: RateLimiter
    lifecycle: Lifecycle = attrs.field(factory=Lifecycle)


class NP6Client:
    """Async client for the NP6 CM API.

    `async with NP6Client(api_key=...) as np6:` then pass `client=np6` to any generated function,
    e.g. `await get_target.asyncio("000PKXK4", client=np6)`. The key may also come from the
    `NP6_API_KEY` environment variable.

    Pass `http_client=` to send through your own `httpx.AsyncClient` (proxies, certificates,
    event hooks; you close it), or `transport=` for a custom httpx transport; auth, retries and
    errors apply either way.
    """

    def __init__(
        self,
        api_key: str | APIKey | None = None,
        *,
        base_url: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        max_retries: int | None = None,
        max_concurrency: int = 64,
        options: ClientOptions | None = None,
        limiter: RateLimiter | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        if http_client is not None and transport is not None:
            raise TypeError("pass http_client= or transport=, not both")
        url = httpx.URL(base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL)
        require_safe_url(url)
        api_key_obj = APIKey.resolve(api_key)
        if http_client is not None:
            network: httpx.AsyncBaseTransport = ClientAsTransport(http_client)
            owns = False
        elif transport is not None:
            network, owns = transport, False
        else:
            limits = httpx.Limits(max_connections=max(100, max_concurrency), max_keepalive_connections=max_concurrency)
            network, owns = httpx.AsyncHTTPTransport(limits=limits, retries=0), True
        shared = _Shared(
            api_key=api_key_obj,
            base_url=url,
            network=network,
            owns_network=owns,
            limiter=limiter or InProcessRateLimiter(max_concurrency),
        )
        base = options or ClientOptions()
        overrides: dict[str, Any] = {}
        if timeout is not None:
            overrides["timeout"] = timeout
        if max_retries is not None:
            overrides["max_retries"] = max_retries
        self._init(shared, attrs.evolve(base, **overrides), is_view=False)

    def _init(self, shared: _Shared, options: ClientOptions, *, is_view: bool) -> None:
        self._shared = shared
        self._options = options
        self._is_view = is_view
        self._closed = False
        transport = NP6Transport(
            shared.network,
            api_key=shared.api_key,
            options=options,
            limiter=shared.limiter,
            owns_inner=shared.owns_network and not is_view,
            base_url=shared.base_url,
            lifecycle=shared.lifecycle,
        )
        self._http = httpx.AsyncClient(
            base_url=shared.base_url,
            timeout=options.timeout,
            transport=transport,
            trust_env=False,  # env proxies would mount transports that bypass NP6Transport
            headers={"User-Agent": _user_agent()},
        )

    @property
    def options(self) -> ClientOptions:
        """The settings this client or view applies."""
        return self._options

    @property
    def base_url(self) -> httpx.URL:
        """Where requests go."""
        return self._shared.base_url

    @property
    def limiter(self) -> RateLimiter:
        """The limiter shared by this client and all its views."""
        return self._shared.limiter

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float = _UNSET,
        max_retries: int = _UNSET,
        **more: Any,
    ) -> NP6Client:
        """A view with other settings that shares this client's key, pool and limiter.

        Closing a view does not close the pool; closing the client does.
        """
        changes = {key: value for key, value in more.items() if value is not _UNSET}
        if timeout is not _UNSET:
            changes["timeout"] = timeout
        if max_retries is not _UNSET:
            changes["max_retries"] = max_retries
        view = object.__new__(NP6Client)
        view._init(self._shared, attrs.evolve(self._options, **changes), is_view=True)
        return view

    @property
    def is_closed(self) -> bool:
        """True once this client, or the client this view belongs to, was closed."""
        return self._closed or self._shared.lifecycle.closed

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx client the generated functions send through; `ClientClosedError` once closed."""
        if self.is_closed:
            raise ClientClosedError("the NP6 client was closed; create a new one")
        return self._http

    def stream_array(
        self, request: dict[str, Any], parse_item: Callable[[dict[str, Any]], T], *, resumable: bool
    ) -> EventStream[T]:
        """Used by the generated `stream()` functions."""
        return EventStream(
            self.get_async_httpx_client(), request, parse_item, resumable=resumable, options=self._options
        )

    async def add_targets_to_segment(
        self, segment_id: int, target_ids: Iterable[str], *, batch_size: int = 50, stop_on_error: bool = False
    ) -> Sequence[BatchResult]:
        """Add any number of targets to a static segment, in batches of at most 50; see `BatchResult`."""
        return await add_targets_in_batches(
            self, segment_id, target_ids, batch_size=batch_size, stop_on_error=stop_on_error
        )

    async def aclose(self) -> None:
        """Close the connection pool and every view (a view: only itself). Closed means closed."""
        self._closed = True
        if not self._is_view:
            self._shared.lifecycle.closed = True
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        kind = "view of " if self._is_view else ""
        return f"<NP6Client {kind}{self._shared.base_url} options={self._options!r}>"
