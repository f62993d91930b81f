"""Sending a reply over ASGI, shaped by the fault that applies to the request, if any."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass, replace

from starlette.types import Receive, Scope, Send

from np6_client.testing._connections import ConnectionRegistry, cut_connection
from np6_client.testing._events import EventPlan
from np6_client.testing._faults import MALFORMED_BODY, Fault
from np6_client.testing._reply import JSON_TYPE, Reply

_BODY_PIECES = 4
_INCOMPLETE = "peer closed connection without sending complete message body"
_NO_RESPONSE = "Server disconnected without sending a response."


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
            self.disconnects += client_left


@dataclass(frozen=True)
class Exchange:
    """One request's ASGI channel and the server-wide objects delivery needs."""

    scope: Scope
    receive: Receive
    send: Send
    connections: ConnectionRegistry
    streams: StreamStats

    async def cut(self, reason: str) -> None:
        """Close the connection without finishing the answer."""
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
    reply = shaped(reply, fault)
    if fault is not None and fault.delay_headers:
        await asyncio.sleep(fault.delay_headers)
    delay = fault.delay_body if fault is not None else None
    if reply.stream is not None:
        await _stream(reply, reply.stream, fault, exchange)
        return
    body = reply.body
    if fault is not None and fault.truncate:
        if not body:
            await exchange.cut(_NO_RESPONSE)
            return
        await exchange.start(reply, length=len(body))
        await exchange.body(body[: len(body) // 2], more=True)
        await exchange.cut(_INCOMPLETE)
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
            await asyncio.sleep(delay)
        await exchange.body(piece, more=more or number < len(pieces) - 1)


async def _stream(reply: Reply, plan: EventPlan, fault: Fault | None, exchange: Exchange) -> None:
    partial = fault is not None and fault.truncate
    limit = plan.total // 2 if partial else (fault.cut_after_events if fault is not None else None)
    delay = fault.delay_body if fault is not None else None
    # After the request body is read, `receive` only returns once the client has gone away.
    watcher = asyncio.ensure_future(exchange.receive())
    exchange.streams.opened()
    client_left = False
    try:
        await exchange.start(reply, length=None)
        for chunk in plan.chunks(limit=limit, partial_tail=partial):
            if watcher.done():
                client_left = True
                return
            await _send_pieces(exchange, chunk, delay, more=True)
            await asyncio.sleep(0)
        if limit is not None:
            await exchange.cut(_INCOMPLETE)
            return
        client_left = watcher.done()
        await exchange.body(b"", more=False)
    finally:
        watcher.cancel()
        exchange.streams.closed(client_left=client_left)
