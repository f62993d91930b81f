"""Cut a JSON array that arrives in pieces into runs of decoded elements, in flat memory.

The fast path guesses the last element boundary of the buffered text (a `{` after `,` after `}`,
whitespace allowed) and has msgspec decode `[` + the text up to it + `]` in one C call. The
decode is the proof: the text starts at a real boundary, and msgspec reads it exactly as a parser
of the whole body would, so `[...]` is valid only if the guess is a real boundary too. A guess
inside a string or a nested array of objects fails and the previous one is tried. When guesses
keep failing, or text piles up without one, the exact scanner (`json_scan`) takes that text.

Every strict prefix of a valid array is judged truncated, wherever it stops; text no array can
start with is judged malformed as soon as it is seen.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

import msgspec

from .json_scan import ArrayScanner, JSONSyntaxError, Text

__all__ = ["ArraySplitter", "BrokenArray", "ItemTooLarge", "TruncatedArray"]

_WHITESPACE = b" \t\n\r"
_BOM = b"\xef\xbb\xbf"
_GUESSES = 3  # failed guesses in one piece before the exact scanner takes it
_GUESS_LIMIT = 1 << 20  # buffered bytes without any confirmed boundary before the exact scanner takes them
_DECODE_ERRORS = (msgspec.DecodeError, ValueError, RecursionError)  # ValueError: invalid UTF-8


class BrokenArray(Exception):  # an outcome handed to the stream, never raised to callers
    """The text can never become a JSON array; `items` are the elements decoded before the fault."""

    def __init__(self, items: list[Any], cause: Exception) -> None:
        self.items = items
        self.cause = cause
        super().__init__(str(cause))


class TruncatedArray(Exception):  # an outcome handed to the stream, never raised to callers
    """The text stopped early but is a prefix of a valid array; `items` are its complete elements."""

    def __init__(self, items: list[Any]) -> None:
        self.items = items
        super().__init__("the array stops before its end")


class ItemTooLarge(Exception):  # an outcome handed to the stream, never raised to callers
    """One element is longer than `limit` bytes; `items` are the elements decoded before it."""

    def __init__(self, items: list[Any], limit: int) -> None:
        self.items = items
        self.limit = limit
        super().__init__(f"an element is longer than {limit} bytes")


class _State(enum.Enum):
    START = "before the opening bracket"
    ITEMS = "inside the array"
    DONE = "after the closing bracket"


class ArraySplitter:
    """Feed it the body's pieces in order; it returns the elements each piece completed."""

    def __init__(self, *, max_item_bytes: int = 16 << 20) -> None:
        self._max_item = max_item_bytes
        self.work = 0  # bytes the exact scanner examined, for proofs that it stays linear
        self._decode = msgspec.json.Decoder().decode
        # Unconsumed text; in ITEMS it starts just after '[' or a separating ','. Text kept whole for
        # the next piece is a bytearray extended in place, so a long element costs linear copying.
        self._text: Text = b""
        self._state = _State.START
        self._after_open = True
        self._searched = 0  # boundary guesses before this offset of _text were already refuted
        self._scanner: ArrayScanner | None = None
        self._fed = 0  # bytes of the body fed so far: `_text` is their last len(_text)

    def feed(self, piece: bytes) -> list[Any]:
        """The elements that `piece` completed; raises `BrokenArray` once the text cannot be an array."""
        if self._text:
            self._text += piece
            text = self._text
        else:
            text = piece
        self._fed += len(piece)
        if self._state is _State.START:
            text = self._open(text)
        if self._state is _State.DONE:
            self._text = b""
            if text.strip(_WHITESPACE):
                start = len(text) - len(text.lstrip(_WHITESPACE))
                raise BrokenArray([], JSONSyntaxError(self._fed - len(text) + start, "data after the end of the array"))
            return []
        if self._state is _State.START:
            self._text = _growable(text)
            return []
        if self._scanner is None:
            items = self._guess(text)
            if items is not None:
                return self._bounded(items)
            if self._scanner is None and len(text) <= min(_GUESS_LIMIT, self._max_item):
                self._text = _growable(text)
                return []
        return self._bounded(self._scan(text))

    def _bounded(self, items: list[Any]) -> list[Any]:
        """`items`, unless the text kept for the next element is already past the item limit."""
        if len(self._text) > self._max_item:
            self._text = b""
            raise ItemTooLarge(items, self._max_item)
        return items

    def finish(self) -> list[Any]:
        """The last elements once the body ended; raises `TruncatedArray` or `BrokenArray` if it ended early."""
        text, self._text = self._text, b""
        if self._state is _State.START:
            raise TruncatedArray([])
        if self._state is _State.DONE:
            return []
        scanner = self._scanner or ArrayScanner(after_open=self._after_open)
        self._scanner = None
        try:
            self._scan_with(scanner, text)
        except JSONSyntaxError as exc:
            raise BrokenArray(self._decode_elements(text, scanner), self._in_body(exc, text)) from None
        items = self._decode_elements(text, scanner)
        if scanner.closed_at is None:
            raise TruncatedArray(items)
        self._state = _State.DONE
        return items

    def _open(self, text: Text) -> Text:
        """Skip a byte order mark and whitespace up to '['; stay in START while that is all there is."""
        if _BOM.startswith(text[:3]):
            if len(text) < len(_BOM):
                return text
            text = text[len(_BOM) :]
        rest = text.lstrip(_WHITESPACE)
        if not rest:
            return text
        if rest[:1] != b"[":
            raise BrokenArray([], JSONSyntaxError(self._fed - len(rest), "the body is not a JSON array"))
        self._state = _State.ITEMS
        return rest[1:]

    def _guess(self, text: Text) -> list[Any] | None:
        """Decode up to the last boundary msgspec confirms; None when no guess held."""
        low = self._searched
        start = text.rfind(b"{", low)
        failures = 0
        while start > 0:
            end = _end_before(text, start)
            if end > 0:
                try:
                    items: list[Any] = self._decode(b"[" + text[:end] + b"]")
                except _DECODE_ERRORS:
                    failures += 1
                    if failures == _GUESSES:
                        self._scanner = ArrayScanner(after_open=self._after_open)
                        return None
                else:
                    self._text = text[start:]
                    self._after_open = False
                    self._searched = 0
                    return items
            start = text.rfind(b"{", low, start)
        self._searched = len(text)
        return None

    def _scan(self, text: Text) -> list[Any]:
        """The exact scanner's cut: every element up to the last separating comma it saw."""
        scanner = self._scanner or ArrayScanner(after_open=self._after_open)
        self._scanner = scanner
        try:
            self._scan_with(scanner, text)
        except JSONSyntaxError as exc:
            raise BrokenArray(self._decode_elements(text, scanner), self._in_body(exc, text)) from None
        if scanner.closed_at is not None:
            self._scanner = None
            self._text = b""
            self._state = _State.DONE
            return self._decode_elements(text, scanner)
        if not scanner.commas:
            self._text = _growable(text)
            return []
        cut = scanner.commas[-1]
        items = self._decode_run(text, 0, cut, scanner)
        self._scanner = None
        self._text = text[cut + 1 :].lstrip(_WHITESPACE)  # whitespace already judged is not scanned again
        self._after_open = False
        self._searched = 0
        return items

    def _scan_with(self, scanner: ArrayScanner, text: Text) -> None:
        before = scanner.work
        try:
            scanner.scan(text)
        finally:
            self.work += scanner.work - before

    def _in_body(self, error: JSONSyntaxError, text: Text) -> JSONSyntaxError:
        """The scanner's error with its position counted from the start of the body, not of `text`."""
        return JSONSyntaxError(self._fed - len(text) + error.position, error.problem)

    def _decode_elements(self, text: Text, scanner: ArrayScanner) -> list[Any]:
        """Every element the scanner saw end, in one decode when it can."""
        if not scanner.element_ends:
            return []
        return self._decode_run(text, 0, scanner.element_ends[-1], scanner)

    def _decode_run(self, text: Text, start: int, end: int, scanner: ArrayScanner) -> list[Any]:
        """Decode text[start:end] as elements; on failure, those before the faulty one then `BrokenArray`.

        The scanner checks the grammar only; msgspec also refuses invalid UTF-8, lone surrogates,
        numbers out of range and deep nesting.
        """
        try:
            items: list[Any] = self._decode(b"[" + text[start:end] + b"]")
        except _DECODE_ERRORS:
            pass
        else:
            return items
        good: list[Any] = []
        for element in _element_spans(scanner.element_ends, scanner.commas, end):
            try:
                good.append(self._decode(text[element[0] : element[1]]))
            except _DECODE_ERRORS as exc:
                raise BrokenArray(good, exc) from None
        return good  # pragma: no cover - msgspec refused the run but none of its elements


def _growable(text: Text) -> bytearray:
    """`text` as a buffer the next piece extends in place."""
    return text if isinstance(text, bytearray) else bytearray(text)


def _end_before(text: Text, brace: int) -> int:
    """Offset just past the '}' that ends the element before the `{` at `brace`, or -1 if none."""
    index = brace - 1
    while index >= 0 and text[index] in _WHITESPACE:
        index -= 1
    if index < 0 or text[index] != ord(","):
        return -1
    index -= 1
    while index >= 0 and text[index] in _WHITESPACE:
        index -= 1
    return index + 1 if index >= 0 and text[index] == ord("}") else -1


def _element_spans(ends: Sequence[int], commas: Sequence[int], limit: int) -> list[tuple[int, int]]:
    """(start, end) of each element ending at or before `limit`; element i starts after comma i-1."""
    starts = [0, *(comma + 1 for comma in commas)]
    return [(starts[i], end) for i, end in enumerate(ends) if end <= limit]
