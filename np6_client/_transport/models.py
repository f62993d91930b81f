"""httpx's `URL`, `Request` and `Response`, built for the common call without their constructors' work.

A call's URL is the base URL with a path the SDK has already encoded, and its answer's body is
already in memory: httpx's constructors would parse that URL character by character, rebuild
the headers twice and wrap the body in a stream only to read it back, which at hundreds of calls
in flight costs as much as the network layer itself. The objects built here are the very ones
the constructors give for those inputs (tests compare every field), so everything downstream,
a caller's event hooks and `with_raw_response` included, sees ordinary httpx objects. Anything
else (a path needing encoding, a streamed body) is left to httpx's constructors.

httpx is pinned below 0.29: the private fields set here are those of 0.28.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import httpx
from httpx._content import encode_request

# A path httpx leaves as it is: unreserved and sub-delimiter characters, ":", "@" and valid
# percent-escapes, with no "." or ".." segment for it to resolve.
_PLAIN_PATH = re.compile(r"(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)+")
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


def url_on(base: httpx.URL, path: str) -> httpx.URL | None:
    """`base` with `path` (absolute) appended to its path, as `httpx.URL` would parse it; None if it must parse."""
    reference = base._uri_reference
    prefix = reference.path or "/"  # an empty path is sent as "/"
    joined = prefix + path[1:]
    if reference.query is not None or reference.fragment is not None:
        return None
    if prefix[-1] != "/" or "/." in joined or not _PLAIN_PATH.fullmatch(joined):
        return None
    url = object.__new__(httpx.URL)
    url._uri_reference = reference._replace(path=joined)
    return url


def plain_request(  # noqa: PLR0917 - the arguments of `httpx.Request`, in its order
    method: str,
    url: httpx.URL,
    base_headers: httpx.Headers,
    headers: Mapping[str, str] | None,
    content: Any,
    json: Any,
    extensions: dict[str, Any],
) -> httpx.Request | None:
    """`httpx.Request(method, url, headers=base_headers + headers, content=, json=, extensions=)`.

    None for a body httpx would stream. `base_headers` is not changed.
    """
    if content is not None and not isinstance(content, bytes | str):
        return None
    merged = base_headers
    if headers:
        merged = httpx.Headers(base_headers)
        merged.update(headers)
    defaults, stream = _EMPTY if content is None and json is None else encode_request(content=content, json=json)
    # As `Request._prepare`: the body's headers where the request has none, then Host and an
    # empty body's length in front. All of them are ASCII, so the encoding is the merged headers'.
    added = [(name.encode(), value.encode()) for name, value in defaults.items() if name not in merged]
    auto: list[tuple[bytes, bytes]] = []
    if "Host" not in merged:
        auto.append((b"Host", url.netloc))
    method = method.upper()
    if method in _BODY_METHODS and not (
        "Content-Length" in defaults or "Content-Length" in merged or "Transfer-Encoding" in merged
    ):
        auto.append((b"Content-Length", b"0"))
    sent = httpx.Headers([*auto, *merged.raw, *added])
    sent._encoding = merged.encoding
    request = object.__new__(httpx.Request)
    request.method = method
    request.url = url
    request.headers = sent
    request.extensions = extensions
    request.stream = stream
    request._content = stream._stream  # type: ignore[union-attr]  # a ByteStream: its bytes
    return request


_EMPTY: tuple[Mapping[str, str], httpx.ByteStream] = ({}, httpx.ByteStream(b""))


def read_response(
    status: int, raw_headers: Any, body: bytes, request: httpx.Request, extensions: dict[str, Any]
) -> httpx.Response:
    """`httpx.Response(status, headers=raw_headers, stream=..., ...)` for a body that arrived whole.

    As a transport's answer, its stream still yields the body once (`aiter_raw()`); `aread()` and
    `content` have it at once, without passing it through httpx's decoders (there is no content
    encoding to undo).
    """
    response = object.__new__(httpx.Response)
    response.status_code = status
    headers = response.headers = httpx.Headers(raw_headers)
    if all(name.isascii() and value.isascii() for name, value in raw_headers):
        headers._encoding = "ascii"  # what `Headers.encoding` would find, decoding every header to learn it
    response._request = request
    response.next_request = None
    response.extensions = extensions
    response.history = []
    response.is_closed = False
    response.is_stream_consumed = False
    response.default_encoding = "utf-8"
    response.stream = httpx.ByteStream(body)
    response._num_bytes_downloaded = 0
    response._content = body
    return response
