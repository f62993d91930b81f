"""How a whole-body array is built: a 64 kB piece at a time, with the collector off, refusals named."""

import gc
import json
from typing import Any

import httpx
import pytest

from np6_client._streaming import array_split as _array_split
from np6_client._streaming.array_split import ArraySplitter
from np6_client._streaming.whole_body import PIECE, model_list


def test_items_are_built_a_piece_at_a_time_before_the_next_piece_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    log: list[tuple[str, Any]] = []

    class Recording(ArraySplitter):
        def feed(self, piece: bytes) -> list[Any]:
            log.append(("feed", len(piece)))
            return super().feed(piece)

    monkeypatch.setattr(_array_split, "ArraySplitter", Recording)  # read where the splitter is built
    items = [{"n": n, "pad": "x" * 90} for n in range(1500)]
    body = json.dumps(items).encode()  # about 150 kB: two full pieces and a rest

    def build(item: Any) -> Any:
        log.append(("build", item["n"]))
        return item

    built = model_list(httpx.Response(200, content=body), build)
    assert built == items
    feeds = [(position, size) for position, (step, size) in enumerate(log) if step == "feed"]
    assert [size for _, size in feeds] == [PIECE, PIECE, len(body) - 2 * PIECE]
    # Items of the first piece are built before the second piece is fed.
    first_built = next(position for position, (step, _) in enumerate(log) if step == "build")
    assert feeds[0][0] < first_built < feeds[1][0]


def test_the_collector_is_off_while_items_are_built() -> None:
    seen: list[bool] = []

    def build(item: Any) -> Any:
        seen.append(gc.isenabled())
        return item

    gc.enable()
    model_list(httpx.Response(200, content=b"[1, 2]"), build)
    assert (seen, gc.isenabled()) == ([False, False], True)


@pytest.mark.parametrize(("body", "kind"), [(b'{"items": []}', "dict"), (b"7", "int"), (b"null", "NoneType")])
def test_an_answer_that_is_not_an_array_is_named(body: bytes, kind: str) -> None:
    with pytest.raises(TypeError) as info:
        model_list(httpx.Response(200, content=body), lambda item: item)
    assert str(info.value) == f"expected a JSON array, not {kind}"
