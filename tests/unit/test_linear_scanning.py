"""Streaming parse work grows linearly with the body: a long string, number or run of whitespace that
arrives in 64 kB pieces is examined once, never again from its start for each piece. Work is
counted by the scanner itself, so no clock is involved."""

import json

import msgspec
import pytest

from np6_client._streaming.array_split import _GUESS_LIMIT, ArraySplitter, BrokenArray, ItemTooLarge
from np6_client._streaming.json_scan import ArrayScanner, JSONSyntaxError

PIECE = 1 << 16
MiB = 1 << 20


def feed_all(body: bytes, *, max_item_bytes: int = 64 * MiB) -> tuple[list[object], ArraySplitter, list[int]]:
    splitter = ArraySplitter(max_item_bytes=max_item_bytes)
    items: list[object] = []
    per_piece = []
    for start in range(0, len(body), PIECE):
        before = splitter.work
        items += splitter.feed(body[start : start + PIECE])
        per_piece.append(splitter.work - before)
    items += splitter.finish()
    return items, splitter, per_piece


def string_item(size: int) -> bytes:
    return b'[{"id": "a"}, {"id": "b", "text": "' + b"x" * size + b'"}, {"id": "c"}]'


def escaped_item(size: int) -> bytes:
    return b'[{"id": "a", "text": "' + b'\\u00e9\\n"'[:-1] * (size // 8) + b'"}]'


def spaced_item(size: int) -> bytes:
    return b"[1," + b" " * size + b"2]"


def number_item(size: int) -> bytes:
    return b'[{"id": "a", "n": -1.' + b"5" * size + b'e5}, {"id": "c"}]'


@pytest.mark.parametrize("make", [string_item, escaped_item, spaced_item, number_item])
def test_four_times_the_body_is_about_four_times_the_work(make) -> None:  # type: ignore[no-untyped-def]
    _small_items, small, _ = feed_all(make(int(1.5 * MiB)))
    large_items, large, _ = feed_all(make(6 * MiB))
    assert large_items == msgspec.json.decode(make(6 * MiB))  # and the result is right
    assert small.work > 0  # the exact scanner did take these bodies
    assert large.work <= 4.5 * small.work  # a rescan per piece would make it about 16 times


@pytest.mark.parametrize("make", [string_item, escaped_item, spaced_item, number_item])
def test_no_piece_costs_more_than_its_own_bytes(make) -> None:  # type: ignore[no-untyped-def]
    body = make(4 * MiB)
    _, _, per_piece = feed_all(body)
    # A piece costs its own bytes, plus at most the fast path's buffer when the scanner takes it
    # over; never the item's whole length so far. Each byte is examined at most about twice.
    assert max(per_piece) <= _GUESS_LIMIT + 2 * PIECE
    assert sorted(per_piece)[-3] <= 2 * PIECE + 64
    assert sum(per_piece) <= 2.1 * len(body)


def test_a_4_mb_string_item_is_delivered_whole() -> None:
    items, _, _ = feed_all(string_item(4 * MiB))
    assert [item["id"] for item in items] == ["a", "b", "c"]  # type: ignore[index]
    assert len(items[1]["text"]) == 4 * MiB  # type: ignore[index]


def test_an_item_past_the_limit_is_refused_with_the_items_before_it() -> None:
    body = string_item(3 * MiB)
    splitter = ArraySplitter(max_item_bytes=2 * MiB)
    delivered: list[object] = []
    with pytest.raises(ItemTooLarge) as info:
        for start in range(0, len(body), PIECE):
            delivered += splitter.feed(body[start : start + PIECE])
    assert delivered + info.value.items == [{"id": "a"}]
    assert info.value.limit == 2 * MiB
    assert str(info.value) == f"an element is longer than {2 * MiB} bytes"
    assert start < 2 * MiB + 2 * PIECE  # refused as soon as the limit was passed, not at the item's end


def test_an_item_at_the_limit_is_accepted() -> None:
    body = string_item(MiB)
    items, _, _ = feed_all(body, max_item_bytes=len(b'{"id": "b", "text": "') + MiB + 2 + 16)
    assert len(items) == 3


@pytest.mark.parametrize(
    "text",
    [
        '["plain", "esc \\" \\\\ \\/ \\b \\f \\n \\r \\t", "uni \\u00e9 \\uD83D\\uDE00", {"k\\u0041": "v"}]',
        '[{"a": "' + "é" * 50 + '"}, "tail"]',
    ],
)
def test_strings_cut_anywhere_decode_as_a_whole_parse_would(text: str) -> None:
    body = text.encode()
    for cut in range(1, len(body)):
        scanner = ArrayScanner(after_open=True)
        scanner.scan(body[1:cut])
        scanner.scan(body[1:])
        assert scanner.closed_at == len(body) - 2
    assert feed_all(body)[0] == json.loads(text)


@pytest.mark.parametrize("bad", [b'["a\x01b"]', b'["a\\xb"]', b'["a\\u12G4"]'])
def test_a_bad_string_is_refused_wherever_it_is_cut(bad: bytes) -> None:
    for cut in range(1, len(bad)):
        scanner = ArrayScanner(after_open=True)
        try:
            scanner.scan(bad[1:cut])
            scanner.scan(bad[1:])
        except ValueError:
            continue
        raise AssertionError(f"accepted {bad!r} cut at {cut}")


NUMBERS = b'[12, -0.5, 3e7, 1.25E-3, 1.09, 2.90, 3e09, 4E90, 5e+0, 6E-9, -0, 0e1, {"n": 6789}, [0, -10], 2]'


def test_numbers_cut_anywhere_end_where_a_whole_scan_says() -> None:
    whole = ArrayScanner(after_open=True)
    whole.scan(NUMBERS[1:])
    assert whole.closed_at == len(NUMBERS) - 2
    for first in range(1, len(NUMBERS)):
        for second in range(first, len(NUMBERS), 3):
            scanner = ArrayScanner(after_open=True)
            for cut in (first, second, len(NUMBERS)):
                scanner.scan(NUMBERS[1:cut])
            assert (scanner.element_ends, scanner.commas, scanner.closed_at) == (
                whole.element_ends,
                whole.commas,
                whole.closed_at,
            ), (first, second)
    assert feed_all(NUMBERS)[0] == json.loads(NUMBERS)


@pytest.mark.parametrize(
    "bad",
    [
        b"[01]",
        b"[1.]",
        b"[-]",
        b"[1e]",
        b"[1.2.3]",
        b"[12-3]",
        b"[1e5.5]",
        b"[1.5e+]",
        b"[1.:]",
        b"[1e:]",
        b"[--1]",
        b"[-01]",
    ],
)
def test_a_bad_number_is_refused_at_its_start_wherever_it_is_cut(bad: bytes) -> None:
    for cut in range(1, len(bad)):
        scanner = ArrayScanner(after_open=True)
        with pytest.raises(JSONSyntaxError) as info:
            scanner.scan(bad[1:cut])
            scanner.scan(bad[1:])
        assert (info.value.position, info.value.problem) == (0, f"expected a value or ']', got {bad[1:2]!r}"), cut


def test_a_negative_number_s_leading_zero_is_its_whole_integer_wherever_it_is_cut() -> None:
    text = b"1, -0, -01]"
    for cut in range(1, len(text)):
        scanner = ArrayScanner(after_open=True)
        with pytest.raises(JSONSyntaxError) as info:
            scanner.scan(text[:cut])
            scanner.scan(text)
        assert info.value.position == text.index(b"-01"), cut


@pytest.mark.parametrize("bad", [b"[1X5]", b"[1eX5]", b"[1.5/]", b"[1.5:]"])
def test_a_number_followed_by_a_byte_no_number_holds_ends_before_it(bad: bytes) -> None:
    where = next(i for i, byte in enumerate(bad[1:]) if byte in b"X/:")
    for cut in range(1, len(bad)):
        scanner = ArrayScanner(after_open=True)
        with pytest.raises(JSONSyntaxError) as info:
            scanner.scan(bad[1:cut])
            scanner.scan(bad[1:])
        assert info.value.position in {0, where}, cut  # the number itself, or the byte after it
        if bad != b"[1eX5]":
            assert info.value.position == where, cut  # "1" and "1.5" are numbers: the next byte is wrong


def test_a_long_number_s_digits_are_read_once() -> None:
    digits = 4 * MiB
    body = b"[1." + b"5" * digits + b", 2]"
    scanner = ArrayScanner(after_open=True)
    for end in range(1 + PIECE, len(body) + PIECE, PIECE):
        scanner.scan(body[1:end])
        if end < len(body) - 4:
            assert (scanner.position, scanner.element_ends) == (0, [])  # open: the number is where scanning resumes
    assert scanner.closed_at == len(body) - 2
    # Each new piece's digits once, after the first piece's read twice: about its length, never
    # the number again from its first digit with each piece.
    assert digits <= scanner.work <= digits + 2 * PIECE + 4 * (digits // PIECE) + 64


def test_a_long_element_in_small_pieces_grows_one_buffer_in_place() -> None:
    # Joining the kept text and each new piece into new bytes would copy the element once per
    # piece: quadratic in its length (a 16 MB element in 4 kB pieces, 32 GB of copying).
    element = b'{"text":"' + b"x" * (2 << 20) + b'"}'
    body = b"[" + element + b"," + element + b"]"
    pieces = [body[i : i + 4096] for i in range(0, len(body), 4096)]
    splitter = ArraySplitter()
    items = splitter.feed(pieces[0]) + splitter.feed(pieces[1])
    buffer = splitter._text
    for piece in pieces[2:500]:  # within the first element, past where the exact scanner takes over (1 MB)
        items += splitter.feed(piece)
        assert splitter._text is buffer
    for piece in pieces[500:]:
        items += splitter.feed(piece)
    items += splitter.finish()
    assert items == [{"text": "x" * (2 << 20)}] * 2


def test_a_fault_inside_a_long_element_is_reported_as_bytes() -> None:
    splitter = ArraySplitter()
    splitter.feed(b'[{"a":"' + b"x" * (2 * MiB))
    with pytest.raises(BrokenArray) as info:
        splitter.feed(b'\x01"}]')
    assert str(info.value) == f"invalid character in a string: b'\\x01' at byte {2 * MiB + 7}"


def test_the_scanner_s_work_counts_every_byte_it_read() -> None:
    # The linear bounds above are only proofs if nothing the scanner reads goes uncounted.
    scanner = ArrayScanner(after_open=True)
    text = b'1000, 2000, "a string", 3000, "another one", 4000]'
    scanner.scan(text)
    assert scanner.closed_at == len(text) - 1
    assert scanner.work >= len(text)
    waiting = ArrayScanner(after_open=True)
    text = b"1, 12345678901234567890"  # a number at the end of the text: more digits may come
    waiting.scan(text)
    assert waiting.element_ends == [1]
    assert waiting.work >= len(text)
    unfinished = ArrayScanner(after_open=True)
    unfinished.scan(b"fals")  # no token yet, only a literal that may still come: read to say so
    assert unfinished.work >= len(b"fals")


def test_an_element_as_long_as_the_limit_is_accepted_while_it_waits_for_what_follows() -> None:
    element = b'{"b":"xx"}'
    splitter = ArraySplitter(max_item_bytes=len(element))
    assert splitter.feed(b'[{"a":1},' + element) == [{"a": 1}]
    assert splitter.feed(b"]") + splitter.finish() == [{"b": "xx"}]
