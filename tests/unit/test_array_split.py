"""The array splitter: the same elements whatever the pieces, and one judgement for every cut."""

import json
from typing import Any

import pytest

from np6_client._streaming import array_split
from np6_client._streaming.array_split import ArraySplitter, BrokenArray, TruncatedArray
from np6_client._streaming.json_scan import ArrayScanner, JSONSyntaxError

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
    monkeypatch.setattr(array_split, "_GUESS_LIMIT", 64)
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


def broken_by(*pieces: bytes) -> BrokenArray:
    """The `BrokenArray` that feeding `pieces` then finishing raises, with the items fed before it."""
    splitter = ArraySplitter()
    items: list[Any] = []
    with pytest.raises(BrokenArray) as info:
        for piece in pieces:
            items += splitter.feed(piece)
        splitter.finish()
    info.value.items[:0] = items
    return info.value


def test_a_fault_names_its_byte_and_keeps_its_cause() -> None:
    broken = broken_by(b'[{"a":1} {"b":2}]')
    assert isinstance(broken.cause, JSONSyntaxError)
    assert (broken.cause.position, broken.cause.problem) == (9, "expected ',' or a closing bracket")
    assert str(broken) == str(broken.cause) == "expected ',' or a closing bracket at byte 9"
    assert broken.items == [{"a": 1}]
    undecodable = broken_by(b'[{"a":1},{"b":"\xff"}]')
    assert isinstance(undecodable.cause, ValueError) and not isinstance(undecodable.cause, JSONSyntaxError)
    assert str(undecodable) == str(undecodable.cause) != ""


def test_undecodable_elements_keep_the_ones_before_them() -> None:
    """msgspec refuses the run; each element is then decoded alone, from its own first byte."""
    assert judge(b'[12,345,"\xff",6]', size=64) == ("broken", [12, 345])
    assert judge(b'[ 12 , 345 ,"\xff"]', size=64) == ("broken", [12, 345])


def test_the_exact_scanner_cuts_at_its_last_separator(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(array_split, "_GUESS_LIMIT", 16)
    numbers = list(range(1000, 1010))
    body = json.dumps(numbers).encode()
    splitter = ArraySplitter()
    first = splitter.feed(body[:30])  # "[1000, 1001, 1002, 1003, 1004, 10": five complete, cut at the 5th comma
    assert first == numbers[:5]
    rest = splitter.feed(body[30:]) + splitter.finish()
    assert first + rest == numbers


def test_the_exact_scanner_reads_an_empty_array_and_a_closed_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(array_split, "_GUESS_LIMIT", 16)
    assert judge(b"[" + b" " * 40 + b"]", size=64) == ("complete", [])
    splitter = ArraySplitter()
    assert splitter.feed(b"[1000, 2000, 3000]   ") == [1000, 2000, 3000]
    assert splitter.feed(b"  \n") == []
    assert splitter.finish() == []


def test_the_exact_scanner_refuses_a_trailing_comma(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(array_split, "_GUESS_LIMIT", 16)
    broken = broken_by(b"[1000, 2000, 3000, 4000,", b" ]")
    assert broken.items == [1000, 2000, 3000, 4000]
    assert isinstance(broken.cause, JSONSyntaxError)
    assert broken.cause.problem == "expected a value"


def test_the_exact_scanner_keeps_the_elements_before_a_fault(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(array_split, "_GUESS_LIMIT", 16)
    broken = broken_by(b"[1000, 2000, 3000, 4000 x, 5000]")
    assert broken.items == [1000, 2000, 3000, 4000]
    assert isinstance(broken.cause, JSONSyntaxError)
    assert broken.cause.position == 24
    assert broken.cause.problem == "expected ',' or a closing bracket, got b'x'"
    assert str(broken) == "expected ',' or a closing bracket, got b'x' at byte 24"


@pytest.mark.parametrize(
    ("body", "position", "problem"),
    [
        (b"\xef\xbb\xbf  {}", 5, "the body is not a JSON array"),
        (b'[{"a":1}]  x', 11, ("data after the end of the array", "expected the end of the body")),
        (b'[{"a":1}, {"b":2}, {"c":3}] [', 28, ("data after the end of the array", "expected the end of the body")),
        (b'  [{"a":1}, {"b":2}, {"c":3}, {"d":]', 35, "expected a value"),
    ],
)
def test_a_fault_is_placed_by_its_offset_in_the_body(body: bytes, position: int, problem: Any) -> None:
    for size in (1, 4, 12, len(body)):
        pieces = [body[offset : offset + size] for offset in range(0, len(body), size)]
        cause = broken_by(*pieces).cause
        assert isinstance(cause, JSONSyntaxError)
        assert cause.position == position, size
        assert str(cause) == f"{cause.problem} at byte {position}"
        assert cause.problem.startswith(problem), size


@pytest.mark.parametrize(
    ("body", "position", "problem"),
    [
        (b"[1000] 2000 ", 7, "data after the end of the array"),
        (b"[1000] null", 7, "data after the end of the array"),
        (b'[{"a" "bc" 1}]', 6, "expected ':'"),
        (b'[{"a":1 "bc"}]', 8, "expected ',' or a closing bracket"),
        (b'[{"a":1}, true false]', 15, "expected ',' or a closing bracket"),
        (b"[1000 x, 2000, 3000, 4000]", 6, "expected ',' or a closing bracket, got b'x'"),
        (b"[1000,\n\t x]", 9, "expected a value, got b'x'"),
    ],
)
def test_the_exact_scanner_places_a_misplaced_token_at_its_first_byte(body: bytes, position: int, problem: str) -> None:
    cause = broken_by(body).cause
    assert isinstance(cause, JSONSyntaxError)
    assert (cause.position, cause.problem) == (position, problem)


def test_a_number_at_the_end_of_a_piece_may_go_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(array_split, "_GUESS_LIMIT", 16)
    splitter = ArraySplitter()
    assert splitter.feed(b"[" + b" " * 20 + b"10") == []
    assert splitter.feed(b"00 ]") == [1000]
    assert splitter.finish() == []


def test_the_exact_scanner_cuts_from_the_first_byte_of_its_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(array_split, "_GUESS_LIMIT", 16)
    numbers = [-5, 10, 20, 30, 40, 50, 60]
    assert split(json.dumps(numbers).encode(), 20) == numbers


def test_an_undecodable_element_before_the_exact_scanner_s_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(array_split, "_GUESS_LIMIT", 16)
    splitter = ArraySplitter()
    with pytest.raises(BrokenArray) as info:
        splitter.feed(b'[1000, 2000, "\xff", 3000, 4000')
    assert info.value.items == [1000, 2000]
    assert isinstance(info.value.cause, ValueError)


def test_the_exact_scanner_reads_each_byte_once_and_hands_back_to_the_fast_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(array_split, "_GUESS_LIMIT", 16)
    scanned: list[int] = []
    scan = ArrayScanner.scan

    def counting_scan(self: ArrayScanner, text: bytes) -> None:
        scanned.append(len(text) - self.position)
        scan(self, text)

    monkeypatch.setattr(ArrayScanner, "scan", counting_scan)
    long_list = list(range(500))
    long_text = json.dumps(long_list).encode()  # one element without a boundary guess: the scanner takes it
    objects = b",".join(b'{"k":%d}' % n for n in range(50))
    body = b"[" + long_text + b"," + objects + b"]"
    assert split(body, 50) == [long_list, *({"k": n} for n in range(50))]
    assert sum(scanned) < len(long_text) + 200  # once over the list, then the guesses take the objects


@pytest.mark.parametrize(
    ("body", "before"),
    [(b"[\x0c", []), (b"[\x0b1", []), (b"[X", []), (b"[1000, X", [1000]), (b'[{"a":1},\x0c', [{"a": 1}])],
)
def test_bytes_json_does_not_count_as_whitespace_are_malformed_at_once(body: bytes, before: list[Any]) -> None:
    assert judge(body, size=64) == ("broken", before)


def test_a_run_is_decoded_in_one_call(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(array_split, "_GUESS_LIMIT", 16)
    splitter = ArraySplitter()
    calls: list[bytes] = []
    decode = splitter._decode

    def counting_decode(text: Any) -> Any:
        calls.append(text)
        return decode(text)

    splitter._decode = counting_decode
    assert splitter.feed(b"[-5, 10, 20, 30, 40, 50,") == [-5, 10, 20, 30, 40, 50]
    assert splitter.feed(b"-60, 70]") == []
    assert splitter.finish() == [-60, 70]
    assert calls == [b"[-5, 10, 20, 30, 40, 50]", b"[-60, 70]"]


def counted(splitter: ArraySplitter) -> list[bytes]:
    """The texts the splitter hands msgspec, recorded as it goes."""
    calls: list[bytes] = []
    decode = splitter._decode

    def counting_decode(text: Any) -> Any:
        calls.append(text)
        return decode(text)

    splitter._decode = counting_decode
    return calls


def test_a_refuted_guess_is_not_tried_again_in_later_pieces() -> None:
    element = b'{"a":"x},{y' + b"z" * 50 + b"{" + b"z" * 50 + b'"}'  # one false boundary, then a lone brace
    splitter = ArraySplitter()
    calls = counted(splitter)
    body = b"[" + element + b"]"
    items = [item for offset in range(0, len(body), 10) for item in splitter.feed(body[offset : offset + 10])]
    assert items + splitter.finish() == [json.loads(element)]
    assert calls == [b'[{"a":"x}]', b"[" + element + b"]"]


def test_the_exact_scanner_takes_a_piece_after_a_few_failed_guesses(monkeypatch: pytest.MonkeyPatch) -> None:
    scans: list[int] = []
    scan = ArrayScanner.scan

    def counting_scan(self: ArrayScanner, text: bytes) -> None:
        scans.append(len(text))
        scan(self, text)

    monkeypatch.setattr(ArrayScanner, "scan", counting_scan)
    element = b'{"l":[' + b",".join(b'{"k":1}' for _ in range(20)) + b"]}"  # "},{" twenty times inside
    body = b"[" + element + b"," + element
    splitter = ArraySplitter()
    calls = counted(splitter)
    assert splitter.feed(body[: len(body) - 20]) == [json.loads(element)]
    assert len(calls) == array_split._GUESSES + 1  # the failed guesses, then the scanner's run
    assert len(scans) == 1


def test_a_bracket_closed_at_once_then_text_is_data_after_the_end() -> None:
    broken = broken_by(b'[] x},{"a":1},{"a":1},{"a":1},{"a":1}')
    assert isinstance(broken.cause, JSONSyntaxError)
    assert (broken.cause.position, broken.cause.problem[:28]) == (3, "expected the end of the body")


@pytest.mark.parametrize("junk", [b"x", b"  x", b"\x0c", b"]"])
def test_junk_after_an_array_the_scanner_closed(monkeypatch: pytest.MonkeyPatch, junk: bytes) -> None:
    monkeypatch.setattr(array_split, "_GUESS_LIMIT", 16)
    splitter = ArraySplitter()
    assert splitter.feed(b"[1000, 2000, 3000] ") == [1000, 2000, 3000]
    assert splitter.feed(b"\n ") == []
    with pytest.raises(BrokenArray) as info:
        splitter.feed(junk)
    assert info.value.items == []
    cause = info.value.cause
    assert isinstance(cause, JSONSyntaxError)
    position = 21 + len(junk) - len(junk.lstrip(b" "))
    assert (cause.position, cause.problem) == (position, "data after the end of the array")
    assert str(info.value) == f"data after the end of the array at byte {position}"


@pytest.mark.parametrize("body", [b'[{"a":1}:{"b":2}]', b'[{"a":1}}{"b":2}]', b'[1 {"b":2}]', b"\x0c[]"])
def test_no_false_boundary_makes_a_malformed_body_whole(body: bytes) -> None:
    assert judge(body, size=64)[0] == "broken"


def test_whitespace_around_a_separator_still_makes_a_boundary() -> None:
    splitter = ArraySplitter()
    assert splitter.feed(b'[{"a":1} \n,\t{"b":2}') == [{"a": 1}]
    assert splitter.feed(b' ,{"c":3}]') == [{"b": 2}]
    assert splitter.finish() == [{"c": 3}]


def test_text_up_to_the_limit_waits_for_a_boundary(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(array_split, "_GUESS_LIMIT", 16)
    splitter = ArraySplitter()
    assert splitter.feed(b"[1000, 2000, 3000") == []  # 16 bytes after the bracket: still waiting
    assert splitter.feed(b",") == [1000, 2000, 3000]


def test_a_truncated_array_says_so() -> None:
    splitter = ArraySplitter()
    splitter.feed(b'[{"a":1},{"b"')
    with pytest.raises(TruncatedArray) as info:
        splitter.finish()
    assert str(info.value) == "the array stops before its end"
    assert info.value.items == []


def test_a_number_before_an_object_is_read_whole() -> None:
    assert judge(b'[12,{"b":2}]', size=64) == ("complete", [12, {"b": 2}])
    assert judge(b'[12, {"b":2}, 345 , {"c":3}]', size=5) == ("complete", [12, {"b": 2}, 345, {"c": 3}])


def test_a_comma_after_anything_but_a_closing_brace_is_no_boundary_to_try() -> None:
    # ",{" inside a string is common; only "},{" may end an element, so none of these costs a decode
    # or sends the piece to the exact scanner.
    splitter = ArraySplitter()
    calls = counted(splitter)
    assert splitter.feed(b'[{"s":"a,{b, {c,{d,{e"}') == []
    assert (calls, splitter.work) == ([], 0)
    assert splitter.feed(b"]") + splitter.finish() == [{"s": "a,{b, {c,{d,{e"}]


def test_a_closing_brace_right_after_the_opening_bracket_is_a_guess_like_any_other() -> None:
    # Three refuted guesses, the last one "}" at the very start: the exact scanner names the byte at once.
    splitter = ArraySplitter()
    calls = counted(splitter)
    with pytest.raises(BrokenArray) as info:
        splitter.feed(b'[},{"s":"},{"},{"t":1}')
    assert len(calls) == array_split._GUESSES
    assert info.value.items == []
    assert str(info.value.cause) == "expected a value or ']' at byte 1"


def test_the_text_kept_after_the_exact_scanner_s_cut_keeps_every_byte_of_an_open_string(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(array_split, "_GUESS_LIMIT", 16)
    splitter = ArraySplitter()
    assert splitter.feed(b'[1000, 2000, 3000, "a b ') == [1000, 2000, 3000]
    assert splitter.feed(b'c"]') == []
    assert splitter.finish() == ["a b c"]


@pytest.mark.parametrize("body", [b'[{"a" "b', b'[1 "x', b'[{"a":1 "b', b'[{"a":1}, {"b":2} "c'])
def test_a_string_cut_short_where_no_string_may_stand_is_malformed(body: bytes) -> None:
    assert not any(is_json_array(body + end) for end in (b'"]', b'"}]', b'":1}]'))
    assert judge(body, size=64)[0] == "broken"


@pytest.mark.parametrize("body", [b'[""]', b'["", ""]', b'[{"": ""}, ""]'])
def test_the_exact_scanner_reads_empty_strings(monkeypatch: pytest.MonkeyPatch, body: bytes) -> None:
    monkeypatch.setattr(array_split, "_GUESS_LIMIT", 1)
    assert judge(body, size=3) == ("complete", json.loads(body))


def test_the_splitter_s_work_adds_up_the_scanner_s_over_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(array_split, "_GUESS_LIMIT", 16)
    splitter = ArraySplitter()
    pieces = [b"[1000, 2000, 3000, 4000,", b" 5000, 6000, 7000, 8000,", b" 9000]"]
    items = [item for piece in pieces for item in splitter.feed(piece)]
    assert items + splitter.finish() == [1000 * n for n in range(1, 10)]
    assert splitter.work >= sum(map(len, pieces)) - 1  # every byte after the bracket, each piece's scan counted
