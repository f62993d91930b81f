"""Sending through a caller's own `httpx.AsyncClient` without giving it a say on where the key goes.

The client's proxies, certificates, auth, event hooks, default headers, cookies and params apply;
its `base_url` and redirect following do not: NP6 does not redirect API calls, so a 3xx comes
back to `NP6Transport`, which refuses it.
"""

from __future__ import annotations

import httpx

from .._auth import API_KEY_HEADER
from .._exceptions import ConfigurationError


class ClientAsTransport(httpx.AsyncBaseTransport):
    """Lets a caller's own `httpx.AsyncClient` carry requests under the NP6 transport."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        if API_KEY_HEADER in client.headers:
            raise ConfigurationError(f"http_client= sets an {API_KEY_HEADER} header; pass the key as api_key=")
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._apply_defaults(request)
        return await self._client.send(request, stream=True, follow_redirects=False)

    def _apply_defaults(self, request: httpx.Request) -> None:
        """The client's default headers, params and cookies, as its own `request()` would add them.

        What the call set itself wins.
        """
        client = self._client
        for name, value in client.headers.multi_items():
            if name not in request.headers:
                request.headers[name] = value
        if client.params:
            request.url = request.url.copy_with(params=client.params.merge(request.url.params))
        if client.cookies and "cookie" not in request.headers:
            client.cookies.set_cookie_header(request)

    async def aclose(self) -> None:
        """The caller owns its client and closes it."""
