"""Typed items out of a huge JSON array, parsed while it arrives.

Each piece of the body goes through `ArraySplitter` (msgspec decodes the run of elements the
piece completed, in one C call) and then a builder generated for the item's model (`make
generate` writes them next to the models). The stream itself is the async iterator: there is no
suspended generator, so when a loop over a temporary stream ends by `break` or an exception, the
stream is freed at once and shuts its socket down on the spot. With `sort=asc`, a broken stream
is resumed from the last timestamp and the ids already delivered at that timestamp are skipped,
so each event arrives exactly once.

A resumption is a retry of the open that started the stream, under the same budget as the
transport's retries: it waits a backoff first (at least `min_retry_delay`, at most `max_wait`),
the waits add up against `max_total_wait`, and the wait and the re-request together must end
within the call's deadline (`deadline`, else `max_total_wait` plus the longest timeout) counted
from the break, as the first open's is counted from its request. Reading is bounded per piece by
the read timeout, so an export that takes hours can still be resumed.
"""

from __future__ import annotations

import asyncio
import gc
import time
import weakref
from collections.abc import AsyncIterator, Callable
from contextlib import suppress
from typing import Any, Generic, Protocol, Self, TypeVar

import httpx

from .._closing import ClosesOnExit
from .._constants import SPAN_END_EXTENSION, STREAM_PROGRESS_EXTENSION
from .._exceptions import (
    APITimeoutError,
    MalformedResponseError,
    ResponseTooLargeError,
    StreamClosedError,
    StreamInterruptedError,
)
from .._generated.types import Unset
from .._options import ClientOptions
from .._public import public
from .._telemetry import Telemetry
from .._transport.body_reader import decoded_pieces
from .._transport.call import Call
from .._transport.network import abandon
from .._transport.retry import retry_wait
from .array_split import ArraySplitter, BrokenArray, ItemTooLarge, TruncatedArray
from .resume_point import ResumePoint
from .whole_body import fast_builder

T = TypeVar("T")

# Only a request that changes nothing may be sent again to start a broken stream over.
_REPEATABLE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_CLOSING: set[asyncio.Task[None]] = set()  # closes scheduled by finalisers, kept until they end


def _closed(task: asyncio.Task[None]) -> None:
    """A close scheduled by a finaliser ended; its error, if any, has nobody left to tell."""
    _CLOSING.discard(task)
    if not task.cancelled():
        task.exception()


def _shut_down(response: httpx.Response) -> None:
    """End the connection now, without awaiting; the pool closes its socket on the loop's next turn."""
    network_stream = response.extensions.get("network_stream")
    get_extra_info = getattr(network_stream, "get_extra_info", None)
    abandon(get_extra_info("socket") if get_extra_info is not None else None)


class RequestSender(Protocol):
    """What a stream sends through: the client's `DirectSender`, or any `httpx.AsyncClient`."""

    def build_request(
        self,
        method: str,
        url: str,
        *,
        params: Any = ...,
        json: Any = ...,
        content: Any = ...,
        headers: Any = ...,
        timeout: Any = ...,
        extensions: Any = ...,
    ) -> httpx.Request: ...

    async def send(self, request: httpx.Request, *, stream: bool = ...) -> httpx.Response: ...


@public
class EventStream(ClosesOnExit, Generic[T]):
    """An async iterator of typed items from one array-answering operation.

    Use `async for item in stream` directly, or `async with stream:` for an explicit scope.
    `delivered`, `last_timestamp` and `last_id` tell how far it got. After `aclose()`, iterating
    raises `StreamClosedError`.
    """

    def __init__(
        self,
        http: RequestSender,
        request: dict[str, Any],
        parse_item: Callable[[Any], T],
        *,
        call: Call,
        options: ClientOptions,
        telemetry: Telemetry | None = None,
    ) -> None:
        self._http = http
        self._request = request
        self._call = call
        self._telemetry = telemetry
        self._build = fast_builder(parse_item)
        self._options = options
        params = request.get("params") or {}
        self._sorted = call.resumable and options.resume_streams and params.get("sort") == "asc"
        self._response: httpx.Response | None = None
        self._pieces: AsyncIterator[bytes] | None = None
        self._splitter = ArraySplitter(max_item_bytes=options.max_item_bytes)
        self._batch: list[T] = []
        self._index = 0  # items of _batch delivered
        self._before = 0  # items delivered from earlier batches
        self._last_earlier: T | None = None  # last item of the previous batch
        self._resume_point = ResumePoint()  # kept up to date for sorted streams only
        self._pending: BaseException | None = None  # raised once the batch before it is delivered
        self._ended = False  # the current response has been read to its end (or its break)
        self._resume_cause: Exception | None = None
        self._finished = False
        self._closed = False
        self._opened: httpx.Response | None = None  # the last answer's head, kept after closing
        self._span_end: Callable[[BaseException | None], None] | None = None
        self._deadline: float | None = None  # on `time.monotonic()`: the current resumption's, from its break
        self._waited = 0.0  # backoff before resumptions, counted against `max_total_wait`
        self.resumptions = 0

    @property
    def delivered(self) -> int:
        """Items handed to the consumer so far."""
        return self._before + self._index

    @property
    def last_timestamp(self) -> int | None:
        """Timestamp of the last event delivered."""
        timestamp = getattr(self._last_delivered(), "timestamp", None)
        return timestamp if isinstance(timestamp, int) and not isinstance(timestamp, bool) else None

    @property
    def last_id(self) -> str | None:
        """Id of the last event delivered."""
        event_id = getattr(self._last_delivered(), "id", None)
        return None if event_id is None or isinstance(event_id, Unset) else str(event_id)

    @property
    def status_code(self) -> int | None:
        """Status of the answer being read (the last one after a resume); None until the stream opens."""
        return None if self._opened is None else self._opened.status_code

    @property
    def headers(self) -> httpx.Headers | None:
        """Headers of the answer being read; None until the stream opens."""
        return None if self._opened is None else self._opened.headers

    @property
    def request_id(self) -> str | None:
        """NP6's `x-request-id` of the answer being read, which its support asks for."""
        return None if self._opened is None else self._opened.headers.get("x-request-id")

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> T:
        index = self._index
        if index < len(self._batch):
            self._index = index + 1
            return self._batch[index]
        return await self._next_batch()

    async def aclose(self) -> None:
        """Close the connection now; iterating afterwards raises `StreamClosedError`."""
        self._retire_batch()
        self._closed = True
        await self._release()

    def __del__(self) -> None:
        # Reached at once when a loop over a temporary stream ends by break or an exception.
        response = getattr(self, "_response", None)
        if response is None:
            return
        self._response = None
        self._end_span()
        _shut_down(response)
        with suppress(RuntimeError):  # no running loop: the process is ending
            task = asyncio.get_running_loop().create_task(response.aclose())
            _CLOSING.add(task)
            task.add_done_callback(_closed)

    async def _next_batch(self) -> T:
        self._retire_batch()
        while True:
            if self._closed:
                raise StreamClosedError("the event stream was closed; it delivers nothing more")
            if self._pending is not None:
                error, self._pending = self._pending, None
                self._finished = True
                await self._release()
                raise error
            if self._finished:
                raise StopAsyncIteration
            try:
                items = await self._read()
            except BaseException:
                self._finished = True
                await self._release()
                raise
            if items:
                self._batch = items
                self._index = 1
                return items[0]

    async def _read(self) -> list[T]:
        """The items the next piece of the body completes (often none); opens or resumes as needed."""
        if self._ended:
            await self._after_end()
            return []
        if self._response is None:
            await self._open()
        response = self._response
        assert response is not None
        assert self._pieces is not None
        piece: bytes | None = None
        cause: httpx.TransportError | None = None
        try:
            piece = await anext(self._pieces)
        except StopAsyncIteration:
            pass
        except httpx.TransportError as exc:
            cause = exc
        except httpx.DecodingError as exc:
            raise MalformedResponseError(response, f"the body could not be decoded ({exc})", cause=exc) from exc
        was_collecting = gc.isenabled()
        if was_collecting:
            gc.disable()  # nothing decoded here outlives its batch: collector passes over it would be wasted
        try:
            raw = self._end_of_body(response, cause) if piece is None else self._split(piece, response)
            items = self._built(raw, response)
        finally:
            if was_collecting:
                gc.enable()
        if self._resume_point.skipping:
            return self._resume_point.unseen(items, self.last_timestamp)
        return items

    def _split(self, piece: bytes, response: httpx.Response) -> list[Any]:
        try:
            return self._splitter.feed(piece)
        except BrokenArray as broken:
            self._broken(broken, response)
            return broken.items
        except ItemTooLarge as too_large:
            self._ended = True
            self._resume_cause = None
            self._pending = ResponseTooLargeError(response, what="item", limit=too_large.limit)
            return too_large.items

    def _end_of_body(self, response: httpx.Response, cause: Exception | None) -> list[Any]:
        """The body ended, cleanly or not: deliver what is complete, then finish, resume or raise."""
        self._ended = True
        try:
            return self._splitter.finish()
        except TruncatedArray as truncated:
            self._resume_cause = cause or truncated
            return truncated.items
        except BrokenArray as broken:
            self._broken(broken, response)
            return broken.items

    def _broken(self, broken: BrokenArray, response: httpx.Response) -> None:
        self._ended = True
        self._resume_cause = None
        error = MalformedResponseError(response, f"not a JSON array of items: {broken.cause}", cause=broken.cause)
        error.__cause__ = broken.cause
        self._pending = error

    def _built(self, raw: list[Any], response: httpx.Response) -> list[T]:
        """Models for the decoded items; a bad item ends the batch before it and is raised after it."""
        items: list[T] = []
        try:
            items.extend(map(self._build, raw))  # in C; on a failure, the items before it stay in the list
        except Exception as exc:  # hostile input: any failure to build an item is a malformed answer
            error = MalformedResponseError(response, f"item {self.delivered + len(items)}: {exc!r}", cause=exc)
            error.__cause__ = exc
            self._pending = error
            self._ended = True
            self._resume_cause = None
        return items

    async def _after_end(self) -> None:
        """The previous response ended: finished, resumed, or interrupted."""
        response, cause = self._response, self._resume_cause
        await self._release()
        if cause is None:
            self._finished = True
            return
        assert response is not None
        if not self._can_resume:
            raise self._interrupted(response, cause) from cause
        wait = retry_wait(self.resumptions + 1, self._options)
        self._deadline = time.monotonic() + self._options.call_budget()
        beyond = self._beyond_budget(wait)
        if beyond is not None:
            raise self._interrupted(response, cause, not_resumed=beyond) from cause
        await asyncio.sleep(wait)
        self._waited += wait
        self._resume()

    def _beyond_budget(self, wait: float) -> str | None:
        """Why a resumption after `wait` seconds would break the call's budget, or None if it would not."""
        options = self._options
        if self._waited + wait > options.max_total_wait:
            return f"its wait would pass max_total_wait ({options.max_total_wait:g}s)"
        assert self._deadline is not None  # set at the break
        if time.monotonic() + wait >= self._deadline:
            return f"it would start past the call's deadline ({options.call_budget():g}s)"
        return None

    @property
    def _can_resume(self) -> bool:
        # Before the first item, starting over is safe in any order; after it, only sorted streams can resume.
        restart_allowed = self._sorted or self.delivered == 0
        repeatable = str(self._request.get("method", "GET")).upper() in _REPEATABLE_METHODS
        within_budget = self.resumptions < self._options.max_retries
        return restart_allowed and repeatable and self._options.resume_streams and within_budget

    def _resume(self) -> None:
        self.resumptions += 1
        self._resume_point.resume()
        self._ended = False
        self._resume_cause = None
        self._splitter = ArraySplitter(max_item_bytes=self._options.max_item_bytes)
        if self.last_timestamp is not None:
            self._request = {**self._request, "params": {**self._request["params"], "start": self.last_timestamp}}
        if self._telemetry is not None:
            self._telemetry.stream_resumed(self._call, str(self._request.get("url", "")), self)

    async def _open(self) -> None:
        request = self._http.build_request(**self._request)
        # A tracing transport reads how far the stream got; weakly, so that a stream dropped after a
        # `break` is still finalised at once (its answer refers to its request).
        request.extensions[STREAM_PROGRESS_EXTENSION] = weakref.ref(self)
        if self._deadline is None:  # the first open: the transport bounds it by the call's deadline
            response = await self._http.send(request, stream=True)
        else:  # a resumption: its answer, retries included, is due by the deadline counted from the break
            try:
                async with asyncio.timeout(self._deadline - time.monotonic()):
                    response = await self._http.send(request, stream=True)
            except TimeoutError as exc:
                raise APITimeoutError(
                    f"the resumed stream did not answer within the call's deadline of {self._options.call_budget():g}s",
                    method=request.method,
                    path=request.url.path,
                ) from exc
        span_end = response.extensions.get(SPAN_END_EXTENSION)
        if span_end is not None:
            span_end.claimed = True
            self._span_end = span_end
        self._response = self._opened = response
        self._pieces = decoded_pieces(response)  # pieces of at most 64 kB, however compressed

    async def _release(self) -> None:
        response, self._response = self._response, None
        self._pieces = None
        if response is not None:
            await response.aclose()
        self._end_span()

    def _end_span(self) -> None:
        span_end, self._span_end = self._span_end, None
        if span_end is not None:
            span_end(self._resume_cause)

    def _last_delivered(self) -> T | None:
        return self._batch[self._index - 1] if self._index else self._last_earlier

    def _retire_batch(self) -> None:
        """Bookkeeping once per batch: the count, the last item and, for resumes, the ids at its timestamp."""
        batch = self._batch
        if not batch:
            return
        self._before += self._index
        self._last_earlier = batch[self._index - 1] if self._index else self._last_earlier
        if self._sorted:
            self._resume_point.remember(batch[: self._index])
        self._batch = []
        self._index = 0

    def _interrupted(
        self, response: httpx.Response, exc: Exception, *, not_resumed: str | None = None
    ) -> StreamInterruptedError:
        request = response.request
        why = type(exc).__name__ if not_resumed is None else f"{type(exc).__name__}; not resumed: {not_resumed}"
        return StreamInterruptedError(
            f"stream broke ({why})",
            method=request.method,
            path=request.url.path,
            delivered=self.delivered,
            last_timestamp=self.last_timestamp,
            last_id=self.last_id,
        )

    def __repr__(self) -> str:
        return f"EventStream(url={self._request.get('url')!r}, delivered={self.delivered})"
