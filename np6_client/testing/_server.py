"""uvicorn in a background thread, on a port chosen before it starts."""

from __future__ import annotations

import asyncio
import socket
import threading
import time

import uvicorn
from starlette.types import ASGIApp

from np6_client.testing._connections import ConnectionRegistry

_START_TIMEOUT = 10.0
_STOP_TIMEOUT = 10.0


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # With proto left at 0, asyncio would not set TCP_NODELAY on accepted connections, and small
    # answers (headers and body written separately) would wait ~40 ms for delayed ACKs.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.listen(2048)
    return sock


class BackgroundServer:
    """One uvicorn server of a fake; `start` answers its base URL."""

    def __init__(self, app: ASGIApp, connections: ConnectionRegistry, host: str, port: int) -> None:
        self._connections = connections
        self._socket = _bind("127.0.0.1" if host == "localhost" else host, port)
        self.port: int = self._socket.getsockname()[1]
        shown = f"[{host}]" if ":" in host else host
        self.url = f"http://{shown}:{self.port}"
        config = uvicorn.Config(
            app,
            http=connections.protocol_class(),
            lifespan="off",
            log_config=None,
            log_level="warning",
            access_log=False,
            loop="asyncio",
            timeout_graceful_shutdown=1,
        )
        self._server = uvicorn.Server(config)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread = threading.Thread(target=self._run, name=f"fake-np6-{self.port}", daemon=True)

    def _run(self) -> None:
        asyncio.run(self._serve())

    async def _serve(self) -> None:
        self._loop = asyncio.get_running_loop()
        await self._server.serve(sockets=[self._socket])

    def start(self) -> str:
        """Start serving; returns once the server accepts connections."""
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self._socket.close()
                raise RuntimeError("the fake NP6 server did not start")
            time.sleep(0.005)
        return self.url

    def stop(self) -> None:
        """Stop serving and close open connections, streams included."""
        self._server.should_exit = True
        self._server.force_exit = True
        if self._loop is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._connections.abort_server, self.port)
        self._thread.join(_STOP_TIMEOUT)
        self._socket.close()
