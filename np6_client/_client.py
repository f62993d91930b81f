"""`NP6Client`: configuration, the shared connection pool and limiter, per-call views.

Every operation is one dot away (`np6.contact.get_target(...)`, generated namespaces); the
generated functions also take it as `client=`. Either way each call comes through `send_call()`
or `stream_call()`, which attach the call to its request for `NP6Transport`, so every call gets
the same auth, validation, pacing, retries, telemetry and errors.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import httpx
from httpx._client import ClientState

from ._auth import API_KEY_HEADER, APIKey
from ._closing import ClosesOnExit
from ._constants import (
    CALL_EXTENSION,
    CLIENT_CLOSED,
    DEFAULT_NETWORK,
    HTTPX_CLIENT_CLOSED,
    NOT_GIVEN,
    STREAM_EXTENSION,
    VERSION,
    QueryValue,
)
from ._exceptions import ClientClosedError, ConfigurationError, InvalidRequestError
from ._generated.api import Namespaces
from ._logging import setup_logging_from_env
from ._options import DEFAULT_BASE_URL, ClientOptions, ResetStyle
from ._response import Response
from ._spec.deprecation import warn_deprecated
from ._transport.body_reader import ACCEPT_ENCODING
from ._transport.call import NO_OPTIONS, Call
from ._transport.caller_client import ClientAsTransport
from ._transport.direct import TimedStream, base_prefix, httpx_logger, log_sent
from ._transport.models import has_any, has_cookies, has_userinfo, plain_request, url_on

# The machinery a client runs on (the transport seam, the limiter, telemetry, the network, and
# asyncio under them) is imported by the first client built, not by `import np6_client`: importing
# the package for its types, or collecting a test suite, stays cheap.
if TYPE_CHECKING:
    from ._constants import Network
    from ._observer import Observer
    from ._ratelimit.limiter import RateLimiter, RateLimitState, RateLimitTracker
    from ._segments import BatchResult
    from ._streaming.stream import EventStream
    from ._transport.seam import Lifecycle

T = TypeVar("T")
BASE_URL_ENV = "NP6_BASE_URL"

_UNSET: Any = NOT_GIVEN  # the name the released signatures show


USER_AGENT = f"np6-client/{VERSION}"


@attrs.frozen(repr=False)
class _Shared:
    """What a client and all its views share: the key, the pool and the limiter."""

    api_key: APIKey
    base_url: httpx.URL
    network: httpx.AsyncBaseTransport
    owns_network: bool
    limiter: RateLimiter
    rate_limit: RateLimitTracker
    lifecycle: Lifecycle
    observer: Observer | None = None


# A response header that may fill the client's cookie jar (httpx reads both).
_COOKIE_HEADERS = frozenset({b"set-cookie", b"set-cookie2"})


class DirectSender:
    """The SDK's own httpx client's `build_request` and `send`, without the machinery it would not use.

    httpx's `send` runs auth and redirect generators, event hooks, mount matching and cookie
    extraction for each request, and `build_request` parses the URL twice to join it to the base
    URL: a large part of a call's CPU on a fast network. This builds the same request (URL bytes,
    headers in the same order, body, extensions; for a path that needs no encoding and a body of
    bytes or JSON, without httpx's parsing: see `_transport/models.py`) and hands it to the
    client's transport while the client has nothing to add: no event hook, no auth, no cookie, no
    credentials in the URL, checked on each call (a closed one refuses the call). Otherwise, and for what it does not
    build (a URL that is not a path, form data, files, cookies), httpx's client does the work as
    before. The client has no mounts (no proxy, `trust_env=False`), and httpx offers no way to add
    one later. Its settings are read from the fields its properties return (httpx is pinned below
    0.29): a property call costs more than the check it serves.

    What a caller could tell apart: httpx's client is not marked as opened by a call (so it still
    accepts `async with`), and answers keep httpx's default `default_encoding` (utf-8), the one
    the SDK's client is made with.
    """

    __slots__ = ("_base", "_prefix", "_transport", "client")

    def __init__(self, client: httpx.AsyncClient, transport: httpx.AsyncBaseTransport) -> None:
        self.client = client
        self._transport = transport  # the one `client` was made with
        self._base: httpx.URL | None = None
        self._prefix: str | None = None

    def build_request(
        self,
        method: str,
        url: str,
        *,
        params: Any = None,
        json: Any = None,
        content: Any = None,
        headers: Any = None,
        timeout: Any = httpx.USE_CLIENT_DEFAULT,
        extensions: Any = None,
        **other: Any,
    ) -> httpx.Request:
        """What `client.build_request()` returns for the same arguments."""
        client = self.client
        base = client._base_url
        if base is not self._base:  # a caller may set another: joined once per base
            self._base, self._prefix = base, base_prefix(base)
        if (
            other
            or self._prefix is None
            or not isinstance(url, str)
            or url[:1] != "/"
            or url[:2] == "//"
            or "#" in url
            or has_cookies(client._cookies)
        ):
            return client.build_request(
                method,
                url,
                params=params,
                json=json,
                content=content,
                headers=headers,
                timeout=timeout,
                extensions=extensions,
                **other,
            )
        extensions = {} if extensions is None else extensions
        if "timeout" not in extensions:
            chosen = client._timeout if timeout is httpx.USE_CLIENT_DEFAULT else httpx.Timeout(timeout)
            extensions = dict(**extensions, timeout=chosen.as_dict())
        if params or client._params:
            params = client._params.merge(params)
        else:
            joined = url_on(base, url)
            built = joined and plain_request(method, joined, client._headers, headers, content, json, extensions)
            if built:
                return built
        merged = httpx.Headers(client._headers)
        merged.update(headers)
        return httpx.Request(
            method,
            httpx.URL(self._prefix + url[1:]),
            content=content,
            json=json,
            params=params,
            headers=merged,
            extensions=extensions,
        )

    async def send(self, request: httpx.Request, *, stream: bool = False) -> httpx.Response:
        """What `client.send(request, stream=stream)` returns."""
        client = self.client
        if client._state is ClientState.CLOSED:  # by whoever held it: httpx would raise a RuntimeError
            raise ClientClosedError(HTTPX_CLIENT_CLOSED)
        hooks = client._event_hooks
        if hooks["request"] or hooks["response"] or client._auth is not None or has_userinfo(request.url):
            return await client.send(request, stream=stream)
        if stream:
            start = time.perf_counter()
            response = await self._transport.handle_async_request(request)  # NP6Transport sets its `request`
            response.stream = TimedStream(response.stream, response, start)  # type: ignore[arg-type]
        else:
            response = await self._transport.handle_async_request(request)
        if has_any(response.headers, _COOKIE_HEADERS):
            client.cookies.extract_cookies(response)  # later calls send them, through httpx's client
        if httpx_logger.isEnabledFor(logging.INFO):
            log_sent(request, response)
        if not stream:
            try:
                await response.aread()  # NP6Transport has read it: nothing is awaited
            except BaseException:
                await response.aclose()
                raise
        return response


class NP6Client(Namespaces, ClosesOnExit):
    """Async client for the NP6 CM API.

    `async with NP6Client(api_key=...) as np6:` then `await np6.contact.get_target("000PKXK4")`;
    every operation of the spec is `np6.<menu group>.<operation>`. The generated functions take
    the client too (`await get_target.asyncio("000PKXK4", client=np6)`). The key may also come
    from the `NP6_API_KEY` environment variable.

    The client opens its connections with aiohttp's pool (`network="aiohttp"`, the default: it
    holds at hundreds of calls in flight) or httpx's own (`network="httpcore"`). Pass
    `http_client=` to send through your own `httpx.AsyncClient` (proxies, certificates, event
    hooks; you close it), or `transport=` for a custom httpx transport; auth, retries and errors
    apply either way. `observer=` receives attempts, retries, pauses and stream
    resumptions (see `Observer`); `NP6_LOG=info|debug` logs them to stderr.
    """

    def __init__(
        self,
        api_key: str | APIKey | None = None,
        *,
        base_url: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        max_retries: int | None = None,
        max_concurrency: int = 64,  # DEFAULT_MAX_CONCURRENCY, written out for the public API check
        options: ClientOptions | None = None,
        limiter: RateLimiter | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        observer: Observer | None = None,
        network: Network | None = None,
    ) -> None:
        from ._ratelimit.limiter import InProcessRateLimiter, RateLimitTracker
        from ._telemetry import Telemetry
        from ._transport.network import build_network
        from ._transport.seam import Lifecycle, require_safe_url

        setup_logging_from_env()
        if http_client is not None and transport is not None:
            raise TypeError("pass http_client= or transport=, not both")
        if network is not None and (http_client is not None or transport is not None):
            raise TypeError("network= chooses the connections the client opens: not with http_client= or transport=")
        url = httpx.URL(base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL)
        require_safe_url(url)
        api_key_obj = APIKey.resolve(api_key)
        bind_account = getattr(limiter, "bind_account", None)
        if callable(bind_account):  # a shared limiter keeps each account's state apart
            bind_account(api_key_obj)
        layer: httpx.AsyncBaseTransport
        if http_client is not None:
            layer, owns = ClientAsTransport(http_client), False
        elif transport is not None:
            layer, owns = transport, False
        else:
            try:
                layer = build_network(network or DEFAULT_NETWORK, max_concurrency)
            except ValueError as exc:
                raise ConfigurationError(str(exc)) from None
            owns = True
        limiter = limiter or InProcessRateLimiter(max_concurrency)
        shared = _Shared(
            api_key=api_key_obj,
            base_url=url,
            network=layer,
            owns_network=owns,
            limiter=limiter,
            rate_limit=RateLimitTracker(limiter, Telemetry(observer).rate_limit_listener()),
            lifecycle=Lifecycle(),
            observer=observer,
        )
        base = options or ClientOptions()
        overrides: dict[str, Any] = {}
        if timeout is not None:
            overrides["timeout"] = timeout
        if max_retries is not None:
            overrides["max_retries"] = max_retries
        self._init(shared, attrs.evolve(base, **overrides), is_view=False)

    def _init(
        self,
        shared: _Shared,
        options: ClientOptions,
        *,
        is_view: bool,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
    ) -> None:
        from ._telemetry import Telemetry
        from ._transport.seam import NP6Transport

        self._shared = shared
        self._options = options
        self._is_view = is_view
        telemetry = self._telemetry = Telemetry(shared.observer)
        self._closed = False
        transport = NP6Transport(
            shared.network,
            api_key=shared.api_key,
            options=options,
            limiter=shared.limiter,
            owns_inner=shared.owns_network and not is_view,
            telemetry=telemetry,
            rate_limit=shared.rate_limit,
            base_url=shared.base_url,
            lifecycle=shared.lifecycle,
        )
        headers = httpx.Headers({"User-Agent": USER_AGENT, "Accept-Encoding": ACCEPT_ENCODING})
        headers.update(extra_headers or {})  # names ignore case: a caller's User-Agent replaces ours
        self._http = httpx.AsyncClient(
            base_url=shared.base_url,
            timeout=options.timeout,
            transport=transport,
            trust_env=False,  # env proxies would mount transports that bypass NP6Transport
            headers=headers,
            params=dict(extra_query or {}),
        )
        self._direct = DirectSender(self._http, transport)

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

    @property
    def rate_limit(self) -> RateLimitState:
        """What this client knows of NP6's rate limit now: quota, reset, pause and why, share, limiter.

        Cheap enough to read on every call; the observer's `rate_limit_changed` hears each change.
        """
        return self._shared.rate_limit.state

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float = _UNSET,
        max_retries: int = _UNSET,
        max_rate_limit_retries: int = _UNSET,
        backoff_base: float = _UNSET,
        backoff_cap: float = _UNSET,
        max_wait: float = _UNSET,
        max_total_wait: float = _UNSET,
        min_retry_delay: float = _UNSET,
        deadline: float | None = _UNSET,
        reset_style: ResetStyle = _UNSET,
        resume_streams: bool = _UNSET,
        max_body_bytes: int = _UNSET,
        max_item_bytes: int = _UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
    ) -> NP6Client:
        """A view with other settings that shares this client's key, pool and limiter.

        `extra_headers` and `extra_query` are added to every request of the view (on top of this
        client's own). Closing a view does not close the pool; closing the client does.
        """
        given = locals()  # the signature spells each option once; ClientOptions names them
        changes = {name: given[name] for name in attrs.fields_dict(ClientOptions) if given[name] is not NOT_GIVEN}
        try:
            options = attrs.evolve(self._options, **changes)
        except (TypeError, ValueError) as exc:
            raise ConfigurationError(f"with_options: {exc}") from exc
        headers = httpx.Headers(self._http.headers)  # this client's own, User-Agent included
        headers.update(_checked_headers(extra_headers))
        view = object.__new__(NP6Client)
        view._init(
            self._shared,
            options,
            is_view=True,
            extra_headers=headers,
            extra_query={**self._http.params, **(extra_query or {})},
        )
        return view

    def _build(self, call: Call, request: Mapping[str, Any], *, streaming: bool) -> dict[str, Any]:
        """The request's keyword arguments with the call's own options merged in and the call attached."""
        kwargs = dict(request)
        options = call.options
        if options is not NO_OPTIONS:
            try:
                settings = options.applied_to(self._options)
            except (TypeError, ValueError) as exc:
                raise ConfigurationError(f"per-call options: {exc}") from exc
            if options.extra_headers:
                kwargs["headers"] = {**_checked_headers(dict(options.extra_headers)), **kwargs.get("headers", {})}
            if options.extra_query:
                kwargs["params"] = {**dict(options.extra_query), **kwargs.get("params", {})}
            if options.timeout is not None:
                kwargs["timeout"] = settings.timeout
        kwargs["extensions"] = {CALL_EXTENSION: call, STREAM_EXTENSION: True} if streaming else {CALL_EXTENSION: call}
        if call.deprecated and call.operation_id is not None:
            warn_deprecated(call.operation_id)
        return kwargs

    async def send_call(
        self,
        call: Call,
        request: Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,  # noqa: ASYNC109 - the call's own, read by the transport
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
    ) -> httpx.Response:
        """The one way a call is sent: every generated operation, `request()` and the batch helper come here.

        The options, when given, ride on the call (`Call.options`) to the transport.
        """
        if timeout is not None or max_retries is not None or extra_headers or extra_query:
            call = call.with_options(
                timeout=timeout, max_retries=max_retries, extra_headers=extra_headers, extra_query=extra_query
            )
        direct = self._sender()
        return await direct.send(direct.build_request(**self._build(call, request, streaming=False)))

    def stream_call(
        self,
        call: Call,
        request: Mapping[str, Any],
        parse_item: Callable[[Any], T],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
    ) -> EventStream[T]:
        """Like `send_call()`, for an array answer read as it arrives (the generated `stream()` functions)."""
        call = call.with_options(
            timeout=timeout, max_retries=max_retries, extra_headers=extra_headers, extra_query=extra_query
        )
        direct = self._sender()
        kwargs = self._build(call, request, streaming=True)
        options = call.options.applied_to(self._options)
        from ._streaming.stream import EventStream  # imported on first use, like the operations

        return EventStream(direct, kwargs, parse_item, call=call, options=options, telemetry=self._telemetry)

    async def request(
        self,
        method: str,
        path_template: str,
        /,
        *,
        path: Mapping[str, object] | None = None,
        json: object = _UNSET,
        content: bytes | None = None,
        content_type: str | None = None,
        params: Mapping[str, QueryValue | list[QueryValue]] | None = None,
        timeout: float | httpx.Timeout | None = None,  # noqa: ASYNC109 - forwarded to the transport's deadline
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Response[Any]:
        """Call any NP6 path, e.g. one the public reference lists without it, through this client's transport.

        `np6.request("POST", "/notifications/{id}/activation", path={"id": 7}, json={...})`. Path
        values are encoded as data; `json` may hold models, dates and enums; the answer's JSON is in
        `.parsed` (None for an empty or non-JSON body, whose bytes are in `.content`).
        """
        from . import _raw  # the escape hatch's checks read the spec: loaded when it is first used

        request = _raw.build_request(
            method, path_template, path=path, json=json, content=content, content_type=content_type, params=params
        )
        call = Call(request["method"])
        sent = await self.send_call(
            call, request, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return _raw.answer(sent)

    def request_stream(
        self,
        method: str,
        path_template: str,
        /,
        *,
        path: Mapping[str, object] | None = None,
        json: object = _UNSET,
        content_type: str | None = None,
        params: Mapping[str, QueryValue | list[QueryValue]] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EventStream[dict[str, Any]]:
        """Like `request()`, for a JSON array answer: its items as dicts, read as they arrive (`async for`)."""
        from . import _raw

        request = _raw.build_request(
            method, path_template, path=path, json=json, content=None, content_type=content_type, params=params
        )
        call = Call(request["method"])
        # Not resumed: for a path the spec may not describe, nothing says the server honours `start`.
        return self.stream_call(
            call, request, _raw.as_item, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )

    @property
    def is_closed(self) -> bool:
        """True once this client, or the client this view belongs to, was closed."""
        return self._closed or self._shared.lifecycle.closed

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx client the generated functions send through; `ClientClosedError` once closed."""
        if self.is_closed:
            raise ClientClosedError(CLIENT_CLOSED)
        return self._http

    def _sender(self) -> DirectSender:
        """What calls are sent through: the httpx client, without its machinery while it has nothing to add."""
        if self.is_closed:
            raise ClientClosedError(CLIENT_CLOSED)
        return self._direct

    async def add_targets_to_segment(
        self, segment_id: int, target_ids: Iterable[str], *, batch_size: int = 50, stop_on_error: bool = False
    ) -> Sequence[BatchResult]:
        """Add any number of targets to a static segment, in batches of at most 50; see `BatchResult`."""
        from ._segments import add_targets_in_batches

        return await add_targets_in_batches(
            self, segment_id, target_ids, batch_size=batch_size, stop_on_error=stop_on_error
        )

    async def aclose(self) -> None:
        """Close the connection pool and every view (a view: only itself). Closed means closed."""
        self._closed = True
        if not self._is_view:
            self._shared.lifecycle.closed = True
        await self._http.aclose()

    def __repr__(self) -> str:
        kind = "view of " if self._is_view else ""
        return f"<NP6Client {kind}{self._shared.base_url} options={self._options!r}>"


# Headers that decide where a request goes or how its bytes are framed: httpx sets them from the
# base URL and the body, and a caller's value would send the key elsewhere or desynchronise the
# connection. Names compare ignoring case.
ROUTING_HEADERS = frozenset(
    {
        "host",
        "content-length",
        "transfer-encoding",
        "connection",
        "keep-alive",
        "proxy-connection",
        "upgrade",
        "te",
        "trailer",
        "expect",
        "forwarded",
        "x-forwarded-host",
        "x-forwarded-proto",
        "x-http-method-override",
        "x-http-method",
        "x-method-override",
    }
)


def _checked_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    """Extra headers may not carry or replace the key, nor change the request's routing or framing."""
    for name in headers or {}:
        if not isinstance(name, str):  # httpx would take bytes, and a bytes name would pass unchecked
            raise InvalidRequestError(f"extra_headers[{name!r}]", "a header name must be a str")
        lowered = name.lower().strip()
        if lowered == API_KEY_HEADER.lower():
            raise InvalidRequestError(f"extra_headers[{name!r}]", "the API key is set by the client, not per call")
        if lowered in ROUTING_HEADERS:
            raise InvalidRequestError(
                f"extra_headers[{name!r}]", "changes where or how the request is routed or framed; the client sets it"
            )
    return dict(headers or {})
