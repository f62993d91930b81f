"""Reading an answer of the aiohttp connection layer to its end, as httpx's client would."""

from __future__ import annotations

import httpx

from np6_client._transport.network import AiohttpNetwork


async def fetch(network: AiohttpNetwork, sent: httpx.Request) -> bytes:
    """The raw body of the answer to `sent`, its stream closed whatever happens."""
    response = await network.handle_async_request(sent)
    try:
        return b"".join([piece async for piece in response.aiter_raw()])
    finally:
        await response.aclose()
