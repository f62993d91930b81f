"""Closing a client's connection from inside the app, for faults that must not answer at all.

An ASGI app can only answer; uvicorn turns an app that fails before answering into a 500. So the
server uses a protocol class that records each connection's transport by (client, server) address,
and a fault closes that transport itself. Nothing sits between client and server, so a run
without faults pays nothing.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

import httpx
from uvicorn.protocols.http.h11_impl import H11Protocol

Address = tuple[str, int]
NO_RESPONSE = "Server disconnected without sending a response."
INCOMPLETE_BODY = "peer closed connection without sending complete message body"
_GRACE_SECONDS = 5.0


def _address(info: Any) -> Address | None:
    if isinstance(info, list | tuple) and len(info) >= 2 and isinstance(info[1], int):
        return (str(info[0]), info[1])
    return None


class _Connection:
    def __init__(self, transport: asyncio.Transport) -> None:
        self.transport = transport
        self.lost = asyncio.Event()


class ConnectionRegistry:
    """The live server connections of one fake, across the servers it runs."""

    def __init__(self) -> None:
        self._connections: dict[tuple[Address | None, Address | None], _Connection] = {}

    def protocol_class(self) -> type[asyncio.Protocol]:
        """A uvicorn HTTP/1.1 protocol that registers its connections here."""
        registry = self

        class TrackedH11Protocol(H11Protocol):
            def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
                registry._connections[_key_of(transport)] = _Connection(transport)
                super().connection_made(transport)

            def connection_lost(self, exc: Exception | None) -> None:
                connection = registry._connections.pop(_key_of(self.transport), None)
                super().connection_lost(exc)
                if connection is not None:
                    connection.lost.set()

        return TrackedH11Protocol

    def find(self, scope: Mapping[str, Any]) -> _Connection | None:
        """The connection a request arrived on, or None when the app runs in-process."""
        return self._connections.get((_address(scope.get("client")), _address(scope.get("server"))))

    def abort_server(self, port: int) -> None:
        """Close every connection of the server listening on `port` (when that server stops)."""
        for (_, server), connection in list(self._connections.items()):
            if server is not None and server[1] == port:
                connection.transport.abort()


def _key_of(transport: asyncio.BaseTransport) -> tuple[Address | None, Address | None]:
    return (_address(transport.get_extra_info("peername")), _address(transport.get_extra_info("sockname")))


async def cut_connection(registry: ConnectionRegistry, scope: Mapping[str, Any], *, reason: str) -> None:
    """Close the request's connection without completing the answer.

    What was already sent is flushed first. In-process (httpx.ASGITransport) there is no
    connection, so the call fails the way an httpx client sees a dropped connection.
    """
    connection = registry.find(scope)
    if connection is None:
        raise httpx.RemoteProtocolError(reason)
    connection.transport.close()
    try:
        # Returning before the server notices the loss would make it answer 500.
        await asyncio.wait_for(connection.lost.wait(), _GRACE_SECONDS)
    except TimeoutError:
        connection.transport.abort()
        await connection.lost.wait()
