r"""Exact, resumable judgement of a JSON array's text, token by token.

The fast splitter (`_array_split`) guesses where elements end and lets msgspec confirm; this
scanner decides what the guesses cannot: where the elements of an awkward piece of text end, the
first byte that no JSON text could continue, and whether text that stops early is a prefix of a
valid array (truncated) or can never become one (malformed). It runs at Python speed, so it only
sees the rare pieces the fast path leaves, and it stops and resumes wherever the bytes run out:
a cut inside a literal, a number or a `\u` escape is a prefix like any other.
"""

from __future__ import annotations

import enum
import re

__all__ = ["ArrayScanner", "JSONSyntaxError"]

_TOKEN = re.compile(
    rb"[ \t\n\r]*(?:"
    rb"([\[{])"  # 1: open
    rb"|([\]}])"  # 2: close
    rb"|(,)"  # 3: comma
    rb"|(:)"  # 4: colon
    rb'|("(?:[^"\\\x00-\x1f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*")'  # 5: string
    rb"|(-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)(?![0-9.eE+\-])"  # 6: number
    rb"|(true|false|null)"  # 7: literal
    rb")"
)
_OPEN, _CLOSE, _COMMA, _COLON, _STRING, _NUMBER, _LITERAL = range(1, 8)
# What may still become a token once more bytes arrive.
_STRING_START = re.compile(rb'"(?:[^"\\\x00-\x1f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*(?:\\(?:u[0-9a-fA-F]{0,3})?)?')
_NUMBER_START = re.compile(rb"-|-?(?:0|[1-9][0-9]*)(?:\.[0-9]*|(?:\.[0-9]+)?[eE][+-]?[0-9]*)?")
_LITERALS = (b"true", b"false", b"null")


class JSONSyntaxError(ValueError):
    """The text cannot be the beginning of a JSON array; `position` is the first offending byte."""

    def __init__(self, position: int, problem: str) -> None:
        self.position = position
        self.problem = problem
        super().__init__(f"{problem} at byte {position}")


class _Expect(enum.Enum):
    VALUE = "a value"
    VALUE_OR_CLOSE = "a value or ']'"
    KEY = "a member name"
    KEY_OR_CLOSE = "a member name or '}'"
    COLON = "':'"
    COMMA_OR_CLOSE = "',' or a closing bracket"
    NOTHING = "the end of the body"


_VALUE_STARTS = (_Expect.VALUE, _Expect.VALUE_OR_CLOSE)
_KEY_STARTS = (_Expect.KEY, _Expect.KEY_OR_CLOSE)


class ArrayScanner:
    """Walks the text inside one array, from just after its `[` or after a separating `,`.

    `scan` reads as far as complete tokens go and reports, for each element that ended, the
    offset just past it; `commas` then holds the offsets of the separators between elements and
    `closed_at` the offset of the array's own `]` once seen. Offsets are into the text given.
    """

    def __init__(self, *, after_open: bool) -> None:
        self._stack: list[int] = []  # brackets open inside the current element: ord('{') or ord('[')
        self._expect = _Expect.VALUE_OR_CLOSE if after_open else _Expect.VALUE
        self.position = 0
        self.element_ends: list[int] = []
        self.commas: list[int] = []
        self.closed_at: int | None = None

    def scan(self, text: bytes) -> None:
        """Consume every complete token of `text` from `position`; raise at the first impossible one."""
        position = self.position
        end = len(text)
        while True:
            match = _TOKEN.match(text, position)
            if match is None or (match.lastindex == _NUMBER and match.end() == end):
                break  # an incomplete token (or a number that more digits may extend), or an error
            kind = match.lastindex or 0
            start = match.start(kind)
            self._take(kind, text[start], start, match.end())
            position = match.end()
        self.position = position
        if not self._may_continue(text[position:]):
            rest = text[position:]
            start = position + len(rest) - len(rest.lstrip(b" \t\n\r"))
            raise JSONSyntaxError(start, f"expected {self._expect.value}, got {text[start : start + 12]!r}")

    def _take(self, kind: int, first: int, start: int, end: int) -> None:
        """Take the token `text[start:end]`, whose first byte is `first`; a misplaced one is the error."""
        expect = self._expect
        if expect is _Expect.NOTHING:
            raise JSONSyntaxError(start, "data after the end of the array")
        if kind == _OPEN and expect in _VALUE_STARTS:
            self._stack.append(first)
            self._expect = _Expect.KEY_OR_CLOSE if first == ord("{") else _Expect.VALUE_OR_CLOSE
        elif kind in (_STRING, _NUMBER, _LITERAL) and expect in _VALUE_STARTS:
            self._value_done(end)
        elif kind == _STRING and expect in _KEY_STARTS:
            self._expect = _Expect.COLON
        elif kind == _COLON and expect is _Expect.COLON:
            self._expect = _Expect.VALUE
        elif kind == _COMMA and expect is _Expect.COMMA_OR_CLOSE:
            if not self._stack:
                self.commas.append(end - 1)
            in_object = bool(self._stack) and self._stack[-1] == ord("{")
            self._expect = _Expect.KEY if in_object else _Expect.VALUE
        elif kind == _CLOSE and self._closes(first, expect):
            if self._stack:
                self._stack.pop()
                self._value_done(end)
            else:
                self.closed_at = end - 1
                self._expect = _Expect.NOTHING
        else:
            raise JSONSyntaxError(start, f"expected {expect.value}")

    def _closes(self, bracket: int, expect: _Expect) -> bool:
        opener = self._stack[-1] if self._stack else ord("[")
        if bracket == ord("}"):
            return opener == ord("{") and expect in (_Expect.KEY_OR_CLOSE, _Expect.COMMA_OR_CLOSE)
        return opener == ord("[") and expect in (_Expect.VALUE_OR_CLOSE, _Expect.COMMA_OR_CLOSE)

    def _value_done(self, end: int) -> None:
        if not self._stack:
            self.element_ends.append(end)
        self._expect = _Expect.COMMA_OR_CLOSE

    def _may_continue(self, rest: bytes) -> bool:
        """Whether `rest`, where no complete token starts, can still begin one the grammar allows here."""
        rest = rest.lstrip(b" \t\n\r")
        if not rest:
            return True
        expect = self._expect
        if rest[:1] == b'"' and (expect in _VALUE_STARTS or expect in _KEY_STARTS):
            return _STRING_START.fullmatch(rest) is not None
        if expect not in _VALUE_STARTS:
            return False
        return _NUMBER_START.fullmatch(rest) is not None or any(
            literal.startswith(rest) and literal != rest for literal in _LITERALS
        )
