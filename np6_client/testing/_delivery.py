"""Sending a reply over ASGI, shaped by the fault that applies to the request, if any."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import replace

from starlette.types import Message, Receive, Scope, Send

from np6_client.testing._connections import INCOMPLETE_BODY, NO_RESPONSE, ConnectionRegistry, cut_connection
from np6_client.testing._events import EventPlan
from np6_client.testing._faults import MALFORMED_BODY, Fault
from np6_client.testing._reply import JSON_TYPE, Reply

_BODY_PIECES = 4


class StreamStats:
    """Counts of streamed answers in progress and of those the client abandoned."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.open = 0
        self.disconnects = 0

    def opened(self) -> None:
        """A stream started."""
        with self._lock:
            self.open += 1

    def closed(self, *, client_left: bool) -> None:
        """A stream ended, completely or because the client went away."""
        with self._lock:
            self.open -= 1
            self.disconnects += int(client_left)


class Exchange:
    """One request's ASGI channel and the server-wide objects that delivering its answer needs."""

    def __init__(
        self, scope: Scope, receive: Receive, send: Send, connections: ConnectionRegistry, streams: StreamStats
    ) -> None:
        self.scope = scope
        self.receive = receive
        self.send = send
        self.connections = connections
        self.streams = streams
        self._watcher: asyncio.Future[Message] | None = None
        self._cut = False

    @property
    def client_gone(self) -> bool:
        """Whether the client closed the connection (noticed once `watch` has started)."""
        return not self._cut and self._watcher is not None and self._watcher.done()

    def watch(self) -> asyncio.Future[Message]:
        """Start noticing the client going away; only valid after the request body was read."""
        if self._watcher is None:
            # With the body read, `receive` only returns once the client has gone away.
            self._watcher = asyncio.ensure_future(self.receive())
        return self._watcher

    def stop_watching(self) -> None:
        """Release the watcher at the end of the answer."""
        if self._watcher is not None:
            self._watcher.cancel()

    async def pause(self, seconds: float) -> None:
        """Wait, but no longer than the client stays connected."""
        await asyncio.wait([self.watch()], timeout=seconds)

    async def cut(self, reason: str) -> None:
        """Close the connection without finishing the answer."""
        self._cut = True
        await cut_connection(self.connections, self.scope, reason=reason)

    async def start(self, reply: Reply, *, length: int | None) -> None:
        """Send the status line and headers."""
        headers = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in reply.headers]
        if reply.content_type is not None:
            headers.append((b"content-type", reply.content_type.encode("latin-1")))
        if length is not None:
            headers.append((b"content-length", str(length).encode()))
        await self.send({"type": "http.response.start", "status": reply.status, "headers": headers})

    async def body(self, data: bytes, *, more: bool) -> None:
        """Send a piece of the body."""
        await self.send({"type": "http.response.body", "body": data, "more_body": more})


def shaped(reply: Reply, fault: Fault | None) -> Reply:
    """The reply with the fault's content changes applied (wrong content type, invalid JSON)."""
    if fault is None:
        return reply
    if fault.malformed:
        reply = replace(reply, status=200, body=MALFORMED_BODY, content_type=JSON_TYPE, stream=None)
    if fault.content_type is not None:
        reply = replace(reply, content_type=fault.content_type)
    return reply


async def deliver(reply: Reply, fault: Fault | None, exchange: Exchange) -> None:
    """Send the reply, honouring the fault's delays, truncation and cuts."""
    try:
        await _deliver(shaped(reply, fault), fault, exchange)
    finally:
        exchange.stop_watching()


async def _deliver(reply: Reply, fault: Fault | None, exchange: Exchange) -> None:
    if fault is not None and fault.delay_headers:
        await exchange.pause(fault.delay_headers)
        if exchange.client_gone:
            return
    delay = fault.delay_body if fault is not None else None
    if reply.stream is not None:
        await _stream(reply, reply.stream, fault, exchange)
        return
    body = reply.body
    if fault is not None and fault.truncate:
        if not body:
            await exchange.cut(NO_RESPONSE)
            return
        await exchange.start(reply, length=len(body))
        await exchange.body(body[: len(body) // 2], more=True)
        await exchange.cut(INCOMPLETE_BODY)
        return
    await exchange.start(reply, length=len(body))
    await _send_pieces(exchange, body, delay, more=False)


async def _send_pieces(exchange: Exchange, data: bytes, delay: float | None, *, more: bool) -> None:
    if not delay or len(data) < 2:
        await exchange.body(data, more=more)
        return
    size = -(-len(data) // _BODY_PIECES)
    pieces = [data[i : i + size] for i in range(0, len(data), size)]
    for number, piece in enumerate(pieces):
        if number:
            await exchange.pause(delay)
            if exchange.client_gone:
                return
        await exchange.body(piece, more=more or number < len(pieces) - 1)


async def _stream(reply: Reply, plan: EventPlan, fault: Fault | None, exchange: Exchange) -> None:
    if exchange.scope["method"] == "HEAD":
        await exchange.start(reply, length=None)
        await exchange.body(b"", more=False)
        return
    partial = fault is not None and fault.truncate
    limit = plan.total // 2 if partial else (fault.cut_after_events if fault is not None else None)
    delay = fault.delay_body if fault is not None else None
    exchange.watch()
    exchange.streams.opened()
    try:
        await exchange.start(reply, length=None)
        for chunk in plan.chunks(limit=limit, partial_tail=partial):
            if exchange.client_gone:
                return
            await _send_pieces(exchange, chunk, delay, more=True)
            await asyncio.sleep(0)
    finally:
        # Counted before the answer visibly ends, so a client that saw the end also sees the count.
        exchange.streams.closed(client_left=exchange.client_gone)
    if limit is not None:
        await exchange.cut(INCOMPLETE_BODY)
    elif not exchange.client_gone:
        await exchange.body(b"", more=False)
