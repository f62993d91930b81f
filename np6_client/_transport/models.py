"""httpx's `URL`, `Request` and `Response`, built for the common call without their constructors' work.

A call's URL is the base URL with a path the SDK has already encoded, and its answer's body is
already in memory: httpx's constructors would parse that URL character by character, rebuild
the headers twice and wrap the body in a stream only to read it back, which at hundreds of calls
in flight costs as much as the network layer itself. The objects built here are the very ones
the constructors give for those inputs (tests compare every field), so everything downstream,
a caller's event hooks and `with_raw_response` included, sees ordinary httpx objects. Anything
else (a path needing encoding, a streamed body) is left to httpx's constructors.

The transport asks a few questions of every request and answer (the origin, `Host`, `X-Key`, the
body's length and encoding, the rate-limit headers): the helpers at the end answer them from the
headers' bytes, where each `httpx.Headers` lookup would lowercase, encode and decode every header
(and raise a `KeyError` inside `get()` for a header that is absent).

httpx is pinned below 0.29: the private fields read and set here are those of 0.28.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping, Sequence
from http.cookiejar import CookieJar
from typing import Any

import httpx
from httpx._content import encode_request
from httpx._urlparse import ParseResult

# A path httpx leaves as it is: unreserved and sub-delimiter characters, ":", "@" and valid
# percent-escapes, with no "." or ".." segment for it to resolve. One character class, then the
# escapes if there are any: an alternation per character takes several times as long.
_PLAIN_PATH = re.compile(r"/[-A-Za-z0-9._~!$&'()*+,;=:@/%]*")
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
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
    if "%" in joined and _BAD_ESCAPE.search(joined):
        return None
    url = object.__new__(httpx.URL)
    # `reference._replace(path=joined)`, without its keyword handling: the parts are a plain tuple.
    url._uri_reference = tuple.__new__(type(reference), (*reference[:4], joined, None, None))
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
    added = (
        [
            (name.encode(), name.lower().encode(), value.encode())
            for name, value in defaults.items()
            if name not in merged
        ]
        if defaults
        else []
    )
    auto: list[tuple[bytes, bytes, bytes]] = []  # (name, lowercase name, value), as `Headers._list` holds them
    if not has_any(merged, _HOST):
        reference = url._uri_reference
        auto.append((b"Host", b"host", _netloc(reference.host, reference.port)))
    method = method.upper()
    if method in _BODY_METHODS and not (
        "Content-Length" in defaults or "Content-Length" in merged or "Transfer-Encoding" in merged
    ):
        auto.append((b"Content-Length", b"content-length", b"0"))
    sent = object.__new__(httpx.Headers)  # as `httpx.Headers([*auto, *merged.raw, *added])`
    sent._list = [*auto, *merged._list, *added]
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
_HOST = frozenset({b"host"})


@functools.lru_cache(maxsize=64)
def _netloc(host: str, port: int | None) -> bytes:
    """`url.netloc` for a URL's host and port (the `Host` header): a client sends to one or a few."""
    url = object.__new__(httpx.URL)
    url._uri_reference = ParseResult("http", "", host, port, "", None, None)
    return url.netloc


def read_response(
    status: int,
    raw_headers: Sequence[tuple[bytes, bytes]],
    body: bytes,
    request: httpx.Request,
    extensions: dict[str, Any],
) -> httpx.Response:
    """`httpx.Response(status, headers=raw_headers, stream=..., ...)` for a body that arrived whole.

    As a transport's answer, its stream still yields the body once (`aiter_raw()`); `aread()` and
    `content` have it at once, without passing it through httpx's decoders (there is no content
    encoding to undo).
    """
    response = object.__new__(httpx.Response)
    response.status_code = status
    headers = response.headers = object.__new__(httpx.Headers)  # as `httpx.Headers(raw_headers)`
    headers._list = [(name, name.lower(), value) for name, value in raw_headers]
    headers._encoding = None  # found on first use; the transport reads its headers as bytes
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


# Plain loops below: on Python 3.11 a comprehension is a function call of its own, which costs
# more than scanning the handful of headers a message has.


def has_any(headers: httpx.Headers, names: frozenset[bytes]) -> bool:
    """Whether a header of one of `names` (lowercase) is present: `name in headers` without decoding."""
    for entry in headers._list:  # noqa: SIM110 - `any()` over a generator costs twice this loop
        if entry[1] in names:
            return True
    return False


def value_of(headers: httpx.Headers, name: bytes) -> bytes | None:
    """`headers.get(name)` in bytes (`name` lowercase): repeated headers joined as httpx joins them."""
    first: bytes | None = None
    more: list[bytes] | None = None
    for _, key, value in headers._list:
        if key == name:
            if first is None:
                first = value
            elif more is None:
                more = [first, value]
            else:
                more.append(value)
    return first if more is None else b", ".join(more)


def drop(headers: httpx.Headers, name: bytes) -> None:
    """`del headers[name]` (`name` lowercase) that does not mind its absence."""
    entries = headers._list
    for entry in entries:
        if entry[1] == name:
            entries[:] = [kept for kept in entries if kept[1] != name]
            return


def put(headers: httpx.Headers, name: bytes, value: bytes) -> None:
    """`headers[name] = value`: any header of that name gives way to this one, added last."""
    lower = name.lower()
    drop(headers, lower)
    headers._list.append((name, lower, value))


def replace_values(headers: httpx.Headers, change: Callable[[bytes], bytes]) -> None:
    """Each header's value passed through `change`, the names and their order kept."""
    headers._list = [(name, lower, change(value)) for name, lower, value in headers._list]


def as_text(headers: httpx.Headers) -> list[tuple[str, str]]:
    """`headers.multi_items()` (lowercase names, in order), decoding with the encoding found once."""
    encoding = headers.encoding
    return [(name.decode(encoding), value.decode(encoding)) for _, name, value in headers._list]


def close_if_whole(response: httpx.Response) -> bool:
    """Close an answer whose body is in memory and whose stream holds nothing to release (a `ByteStream`).

    All `aread()` and `aclose()` would do for it is set the flag; False for any other answer.
    """
    if type(response.stream) is httpx.ByteStream and hasattr(response, "_content"):
        response.is_closed = True
        return True
    return False


def origin_of(url: httpx.URL) -> tuple[object, ...]:
    """The URL's scheme, userinfo, host and port as written: equal for URLs built on one base URL."""
    return url._uri_reference[:4]


def origin_and_path(url: httpx.URL) -> tuple[tuple[object, ...], str] | None:
    """`origin_of(url)` and the URL's path; None with a query or fragment."""
    reference = url._uri_reference
    if reference.query is not None or reference.fragment is not None or not reference.path.startswith("/"):
        return None
    return origin_of(url), reference.path


def has_cookies(cookies: httpx.Cookies) -> bool:
    """`bool(cookies)` without walking the jar's domains; True may also mean a jar emptied one cookie at a time."""
    jar = cookies.jar
    if type(jar) is CookieJar:
        return bool(jar._cookies)  # type: ignore[attr-defined]  # the stdlib jar's own store
    return bool(cookies)


def has_userinfo(url: httpx.URL) -> bool:
    """`bool(url.userinfo)` without unquoting it."""
    return bool(url._uri_reference.userinfo)
