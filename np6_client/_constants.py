"""Names and defaults the hand-written layer uses in more than one place."""

from __future__ import annotations

from typing import Any, Literal

import httpx

# Set on a request whose 2xx answer is read incrementally (the transport leaves its body unread).
STREAM_EXTENSION = "np6_stream"
# Set on a 2xx response when an earlier attempt of the same call, whose answer was lost, may
# have been applied: the answer then describes the retry only.
MAYBE_APPLIED_EXTENSION = "np6_maybe_applied"
# The `Call` a request belongs to (`np6_client._transport.call`), set by the client's one entry point.
CALL_EXTENSION = "np6_call"
# The `Attempt` (`np6_client._transport.attempt`) the transport is sending, for a tracing transport under it.
ATTEMPT_EXTENSION = "np6_attempt"
# The `EventStream` reading a request's answer: how many items it delivered, whether it resumed.
STREAM_PROGRESS_EXTENSION = "np6_stream_progress"
# On a stream's 2xx answer from a tracing transport: what ends the answer's span. The stream
# claims it and calls it with the break (or None) when it lets the answer go, after delivering
# its items; an answer nobody claimed ends its span when it is closed.
SPAN_END_EXTENSION = "np6_span_end"

# What NP6 says about its rate limit, lower-cased as httpx looks headers up.
RATE_LIMIT_HEADERS = ("retry-after", "x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset")

# The connection pools a client can open itself (`NP6Client(network=...)`), and the one it opens.
Network = Literal["aiohttp", "httpcore"]
DEFAULT_NETWORK: Network = "aiohttp"

# Requests one client (or one replica, with `RedisRateLimiter`) has in flight at most.
DEFAULT_MAX_CONCURRENCY = 64

# The package version, written here so that no import reads package metadata (tens of ms);
# a test holds it equal to pyproject.toml's.
VERSION = "0.2.0"

CLIENT_CLOSED = "the NP6 client was closed; create a new one"
HTTPX_CLIENT_CLOSED = "the NP6 client's httpx client was closed; create a new NP6 client"
# A date-time without an offset names a different instant on NP6's side than on ours.
NAIVE_DATETIME = "a date-time needs a UTC offset (a naive datetime is ambiguous)"

# A keyword left out, where None is a meaningful value.
NOT_GIVEN: Any = object()

QueryValue = str | int | float | bool


def pool_limits(max_concurrency: int = DEFAULT_MAX_CONCURRENCY) -> httpx.Limits:
    """Connections for `max_concurrency` requests in flight, kept alive between calls."""
    return httpx.Limits(max_connections=max(100, max_concurrency), max_keepalive_connections=max_concurrency)
