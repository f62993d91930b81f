"""Whole-body array answers built the way streams build them: msgspec runs, generated builders, no GC.

A generated `asyncio()` of an operation answering an array of models hands its body here. The body
goes through `ArraySplitter` in pieces, as a stream's would, and each run of decoded elements
through the builder `make generate` wrote for its model (or its `from_dict`), with the garbage
collector off while the list is built: the same path as `EventStream`, so a whole-body read runs at
about the stream's rate, and each piece's dicts are freed before the next is decoded (decoding
the whole body at once measured less than half as fast, and held every dict at the same time).

The judgement of a body stays `response.json()`'s: msgspec refuses some bodies that Python's
`json` reads (UTF-16, `NaN`, numbers beyond a float, lone surrogates), and whatever msgspec
accepts, `json` reads the same. So when the splitter refuses a body, `response.json()` decides,
exactly as before, and any error it raises is the caller's malformed answer.

Every other JSON answer (an object, a list of plain values, a number) goes through `json_of`:
msgspec decodes the body in one call, in a third of the time `json` takes, and on the same rule,
when msgspec refuses a body, `response.json()` decides.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any, TypeVar

import httpx
import msgspec

T = TypeVar("T")

PIECE = 1 << 16  # what httpcore reads from a socket at most, so runs are the size a stream's are
_decode = msgspec.json.Decoder().decode
# msgspec's `DecodeError` is a `ValueError`; nesting deeper than the recursion limit raises `RecursionError`.
_REFUSED = (ValueError, RecursionError)


def json_of(response: httpx.Response) -> Any:
    """`response.json()`: what msgspec decodes of the body, else what `json` makes of it (or raises)."""
    try:
        return _decode(response.content)
    except _REFUSED:
        return response.json()


def fast_builder(parse_item: Callable[[Any], T]) -> Callable[[Any], T]:
    """The generated builder for a model's `from_dict`, else `parse_item` itself.

    A builder takes ownership of the freshly decoded dict it is given (no copy) and builds the
    same model `from_dict` would.
    """
    owner = getattr(parse_item, "__self__", None)
    if isinstance(owner, type) and parse_item == getattr(owner, "from_dict", None):
        from .._generated.builders import BUILDERS

        builder: Callable[[Any], T] = BUILDERS.get(owner, parse_item)
        return builder
    return parse_item


def model_list(response: httpx.Response, parse_item: Callable[[Any], T]) -> list[T]:
    """The models of a JSON array answer; raises (any exception) when the body is not one."""
    # The splitter's scanner (compiled patterns, state tables) loads with the first array of models:
    # a call answering anything else never needs it.
    from .array_split import BrokenArray, ItemTooLarge, TruncatedArray

    build = fast_builder(parse_item)
    was_collecting = gc.isenabled()
    if was_collecting:
        # Nothing here awaits, and what is built is either kept (the models) or freed by its
        # reference count (each run's dicts): collector passes over the growing list are pure cost.
        gc.disable()
    try:
        try:
            return _built_in_runs(response.content, build)
        except (BrokenArray, TruncatedArray, ItemTooLarge):  # the body is bounded already: json may read it
            data = response.json()  # json decides, as before
        if not isinstance(data, list):
            raise TypeError(f"expected a JSON array, not {type(data).__name__}")
        return list(map(build, data))
    finally:
        if was_collecting:
            gc.enable()


def _built_in_runs(content: bytes, build: Callable[[Any], T]) -> list[T]:
    from .array_split import ArraySplitter

    splitter = ArraySplitter()
    items: list[T] = []
    view = memoryview(content)
    for start in range(0, len(content), PIECE):
        items += map(build, splitter.feed(bytes(view[start : start + PIECE])))
    items += map(build, splitter.finish())
    return items
