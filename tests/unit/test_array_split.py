"""The array splitter: the same elements whatever the pieces, and one judgement for every cut."""

import json
from typing import Any

import pytest

from np6_client import _array_split
from np6_client._array_split import ArraySplitter, BrokenArray, TruncatedArray

# Every kind of token, nested arrays of objects (so "},{" also occurs inside elements), "},{" inside
# a string, escapes of every kind, raw multi-byte UTF-8, whitespace between tokens.
ELEMENTS = [
    '{"type":"activation","id":"00000007-0001-4000-8000-000000000000","timestamp":1704067200000,'
    '"list":[{"a":1},{"b":[{"c":2},{"d":3}]}],"text":"},{\\"quoted\\" \\\\ \\/ \\b\\f\\n\\r\\t"}',
    '{ "type" : "future-kind" , "n" : -12.5e+3 , "m" : 0 , "e" : 1E-2 , "flags" : [ true , false , null ] ,\n'
    '  "u" : "caf\\u00e9 \\ud83d\\ude00", "raw" : "caf\u00e9 \U0001f600", "empty" : {} , "none" : [] }',
    '{"type":"activation","id":"00000007-0001-4000-8000-000000000002","nested":{"deep":{"deeper":[[],[{}]]}}}',
]
BODY = ("[" + ",".join(ELEMENTS[:2]) + " ,\r\n\t" + ELEMENTS[2] + "]\n").encode()
EXPECTED = json.loads(BODY)


def element_ends(body: bytes) -> list[int]:
    """Offset just past each element, found independently of the splitter: by growing prefixes."""
    ends, start = [], 1
    for element in ELEMENTS:
        start = body.index(element.encode(), start) + len(element.encode())
        ends.append(start)
    return ends


def is_json_array(text: bytes) -> bool:
    try:
        return isinstance(json.loads(text), list)
    except ValueError:
        return False


def split(body: bytes, size: int) -> list[Any]:
    splitter = ArraySplitter()
    items: list[Any] = []
    for offset in range(0, len(body), size):
        items += splitter.feed(body[offset : offset + size])
    return items + splitter.finish()


def judge(body: bytes, size: int = 7) -> tuple[str, list[Any]]:
    """What the splitter makes of a whole body: ("complete" | "truncated" | "broken", elements)."""
    splitter = ArraySplitter()
    items: list[Any] = []
    try:
        for offset in range(0, len(body), size):
            items += splitter.feed(body[offset : offset + size])
        items += splitter.finish()
    except TruncatedArray as truncated:
        return "truncated", items + truncated.items
    except BrokenArray as broken:
        return "broken", items + broken.items
    return "complete", items


@pytest.mark.parametrize("size", [1, 2, 3, 7, 64, 65536])
def test_the_same_elements_whatever_the_pieces(size: int) -> None:
    assert split(BODY, size) == EXPECTED


@pytest.mark.parametrize("size", [1, 5, 65536])
def test_every_cut_is_truncated_with_the_elements_before_it(size: int) -> None:
    ends = element_ends(BODY)
    closing = BODY.rindex(b"]")
    for cut in range(len(BODY)):
        verdict, items = judge(BODY[:cut], size)
        if cut > closing:
            assert (verdict, items) == ("complete", EXPECTED), cut
            continue
        assert verdict == "truncated", (cut, BODY[:cut][-20:])
        assert items == EXPECTED[: sum(end <= cut for end in ends)], cut


@pytest.mark.parametrize(
    ("body", "first_bad"),
    [
        (b'{"type":"activation"}', 0),  # an object where an array is expected
        (b"  5", 2),
        (b'"text"', 0),
        (b"null", 0),
        (b"<html>", 0),
        (b'[{"a":tru e}]', 9),  # a cut inside the literal is a prefix; the space is not
        (b'[{"a":"\\u00e9x\\u0g"}]', 17),  # a cut inside the escape is a prefix too
        (b'[{"a":1}}', 8),
        (b'[{"a":1} {"b":2}]', 9),
        (b'[{"a":01}]', 7),
        (b'[{"a":1.}]', 8),
        (b'[{"a" 1}]', 6),
        (b'[{"a":1},]', 9),
        (b'[{"a":1}]x', 9),
        (b'[{"a":1}] [2]', 10),
        (b'[{"a":"x\x01"}]', 8),
    ],
)
def test_malformed_from_the_first_impossible_byte_on(body: bytes, first_bad: int) -> None:
    """Cuts before the first impossible byte are truncated (or complete); from it on, malformed."""
    for cut in range(len(body) + 1):
        verdict, _items = judge(body[:cut], size=3)
        if cut <= first_bad:
            assert verdict == ("complete" if is_json_array(body[:cut]) else "truncated"), (cut, body[:cut])
        else:
            assert verdict == "broken", (cut, body[:cut])


def test_elements_before_a_fault_are_delivered() -> None:
    assert judge(b'[{"a":1},{"b":2},{"c":3} x]') == ("broken", [{"a": 1}, {"b": 2}, {"c": 3}])
    assert judge(b'[{"a":1},{"b":"\xff"}]') == ("broken", [{"a": 1}])  # invalid UTF-8, seen by msgspec


def test_empty_arrays_bom_and_whitespace() -> None:
    assert judge(b"[]") == ("complete", [])
    assert judge(b" \n[ ] \n") == ("complete", [])
    assert judge(b"\xef\xbb\xbf[{}]") == ("complete", [{}])
    assert judge(b"") == ("truncated", [])
    assert judge(b"\xef\xbb") == ("truncated", [])
    assert judge(b"   ") == ("truncated", [])


def test_text_piling_up_without_a_boundary_goes_to_the_exact_scanner(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_array_split, "_GUESS_LIMIT", 64)
    body = b"[" + b",".join(b"1" for _ in range(200)) + b"]"  # no "},{" anywhere: never a guess
    splitter = ArraySplitter()
    first = splitter.feed(body[:100])
    assert first == [1] * 49  # cut at the last separator the scanner saw, before the limit was far exceeded
    assert first + splitter.feed(body[100:]) + splitter.finish() == [1] * 200


def test_guesses_that_keep_failing_go_to_the_exact_scanner() -> None:
    element = b'{"l":[' + b",".join(b'{"k":1}' for _ in range(20)) + b"]}"  # "},{" twenty times inside
    body = b"[" + b",".join([element] * 3) + b"]"
    splitter = ArraySplitter()
    cut = body.index(element, 2 * len(element)) + 30  # inside the third element's nested list
    items = splitter.feed(body[:cut])
    assert items == [json.loads(element)] * 2
    assert splitter.feed(body[cut:]) + splitter.finish() == [json.loads(element)]


def test_after_the_end_only_whitespace() -> None:
    splitter = ArraySplitter()
    assert splitter.feed(b'[{"a":1}]') == []
    assert splitter.finish() == [{"a": 1}]
    splitter = ArraySplitter()
    assert splitter.feed(b'[{"a":1},{"b":2}]  ') == [{"a": 1}]
    assert splitter.feed(b"junk") == []
    with pytest.raises(BrokenArray) as broken:
        splitter.finish()
    assert broken.value.items == [{"b": 2}]
