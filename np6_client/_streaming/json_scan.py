r"""Exact, resumable judgement of a JSON array's text, token by token.

The fast splitter (`array_split`) guesses where elements end and lets msgspec confirm; this
scanner decides what the guesses cannot: where the elements of an awkward piece of text end, the
first byte that no JSON text could continue, and whether text that stops early is a prefix of a
valid array (truncated) or can never become one (malformed). It runs at Python speed, so it only
sees the rare pieces the fast path leaves, and it stops and resumes wherever the bytes run out:
a cut inside a literal, a number or a `\u` escape is a prefix like any other.
"""

from __future__ import annotations

import enum
import re

__all__ = ["ArrayScanner", "JSONSyntaxError", "Text"]

Text = bytes | bytearray  # a piece, or the buffer that pieces of a long element extend

_TOKEN = re.compile(
    rb"[ \t\n\r]*(?:"
    rb"([\[{])"  # 1: open
    rb"|([\]}])"  # 2: close
    rb"|(,)"  # 3: comma
    rb"|(:)"  # 4: colon
    rb'|("(?:[^"\\\x00-\x1f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*")'  # 5: string
    rb"|(-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?)(?![0-9.eE+\-])"  # 6: number, 7: fraction, 8: exponent
    rb"|(true|false|null)"  # 9: literal
    rb")"
)
_OPEN, _CLOSE, _COMMA, _COLON, _STRING, _NUMBER, _FRACTION, _EXPONENT, _LITERAL = range(1, 10)
# The inside of a string, resumable: a long string arriving in pieces is checked once, piece by
# piece, never again from its opening quote.
_STRING_BODY = re.compile(rb'(?:[^"\\\x00-\x1f]+|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*')
_ESCAPE_START = re.compile(rb"\\(?:u[0-9a-fA-F]{0,3})?")
_DIGITS = re.compile(rb"[0-9]*")
_SPACE = re.compile(rb"[ \t\n\r]*")
# What may still become a token once more bytes arrive.
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


class _Part(enum.Enum):
    """Where a number that ran to the end of a piece stands, which decides what may follow it."""

    ZERO = "after a leading 0"
    INT = "in its integer digits"
    DOT = "after its '.'"
    FRAC = "in its fraction digits"
    E = "after its exponent's 'e'"
    E_SIGN = "after its exponent's sign"
    EXP = "in its exponent digits"


_RUNS = (_Part.INT, _Part.FRAC, _Part.EXP)  # where a run of digits goes on, read by `_DIGITS`
_ENDS = (_Part.ZERO, *_RUNS)  # where a number may end
_NUMBER_BYTES = frozenset(b"0123456789.eE+-")  # a number that ends must not be followed by one
# The part a digit leads to: none after a leading 0, and runs read their digits before this is asked.
_AFTER_DIGIT = {_Part.DOT: _Part.FRAC, _Part.E: _Part.EXP, _Part.E_SIGN: _Part.EXP}


def _step(part: _Part, byte: int) -> _Part | None:
    """The part a number is in after `byte`, or None where `byte` cannot go on this number."""
    if 0x30 <= byte <= 0x39:
        return _AFTER_DIGIT.get(part)
    if byte == ord(".") and part in (_Part.ZERO, _Part.INT):
        return _Part.DOT
    if byte in b"eE" and part in (_Part.ZERO, _Part.INT, _Part.FRAC):
        return _Part.E
    if byte in b"+-" and part is _Part.E:
        return _Part.E_SIGN
    return None


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
        self.work = 0  # bytes the regular expressions were given to examine: linear in the text
        self._string_at: int | None = None  # offset of the opening quote of a string still open
        self._string_checked = 0  # offset up to which that string's inside is known to be valid
        self._number_at: int | None = None  # offset of a number that ran to the end of the text so far
        self._number_checked = 0  # offset up to which that number has been read
        self._number_part = _Part.INT  # and where it stood there
        self.element_ends: list[int] = []
        self.commas: list[int] = []
        self.closed_at: int | None = None

    def scan(self, text: Text) -> None:
        """Consume every complete token of `text` from `position`; raise at the first impossible one."""
        position = self.position
        end = len(text)
        while True:
            if self._number_at is not None:
                if self._number_goes_on(text):
                    self.position = self._number_at
                    return  # more of the number may still come in the next piece
                position = self._number_ends(text)
            elif self._string_at is None:
                position = self._skip_space(text, position)
                if self._opens_string(text, position):
                    self._string_at, self._string_checked = position, position + 1
            if self._string_at is not None:
                closed = self._continue_string(text)
                if closed is None:
                    return  # the string goes on in the next piece
                position = closed
                continue
            match = _TOKEN.match(text, position)
            self.work += (end if match is None else match.end()) - position
            if match is None:
                break  # an incomplete token, or an error
            kind = match.lastindex or 0
            start = match.start(kind)
            if kind == _NUMBER and end == match.end() and self._expect in _VALUE_STARTS:
                # More of it may come: read on from its end with the next piece, never from its start.
                self._number_at, self._number_checked = start, end
                self._number_part = self._part_at_end(match)
                self.position = start
                return
            self._take(kind, text[start], start, match.end())
            position = match.end()
        self.position = position
        if not self._may_continue(text[position:]):
            rest = text[position:]
            start = position + len(rest) - len(rest.lstrip(b" \t\n\r"))
            # One byte only: the text may be anything, a secret the server echoed included.
            raise JSONSyntaxError(start, f"expected {self._expect.value}, got {bytes(text[start : start + 1])!r}")

    @staticmethod
    def _part_at_end(number: re.Match[bytes]) -> _Part:
        """Where a number the token pattern matched, which ran to the end of the text, stands there."""
        if number.start(_EXPONENT) != -1:
            return _Part.EXP
        if number.start(_FRACTION) != -1:
            return _Part.FRAC
        first = number.start(_NUMBER)
        digit = number.string[first + 1] if number.string[first] == ord("-") else number.string[first]
        return _Part.ZERO if digit == ord("0") else _Part.INT  # a leading 0 is the whole integer

    def _number_goes_on(self, text: Text) -> bool:
        """Read the open number from where the last piece stopped; whether it still runs to the end of `text`."""
        position, part, end = self._number_checked, self._number_part, len(text)
        while position < end:
            if part in _RUNS:
                digits = _DIGITS.match(text, position)
                assert digits is not None  # the pattern matches the empty text
                self.work += digits.end() - position + 1
                position = digits.end()
                if position == end:
                    break
            following = _step(part, text[position])
            if following is None:
                break
            part, position = following, position + 1
        self._number_checked, self._number_part = position, part
        return position == end

    def _number_ends(self, text: Text) -> int:
        """Take the open number, which ends before the byte where reading stopped; the offset past it."""
        start, stop = self._number_at, self._number_checked
        assert start is not None
        self._number_at = None
        if self._number_part not in _ENDS or text[stop] in _NUMBER_BYTES:
            raise JSONSyntaxError(start, f"expected {self._expect.value}, got {bytes(text[start : start + 1])!r}")
        self._value_done(stop)  # in place of a value: only there is a number left open
        return stop

    def _skip_space(self, text: Text, position: int) -> int:
        """Past the whitespace at `position`, so that it is not examined again with the next piece."""
        space = _SPACE.match(text, position)
        assert space is not None  # the pattern matches the empty text
        self.work += space.end() - position + 1
        return space.end()

    def _opens_string(self, text: Text, position: int) -> bool:
        expect = self._expect
        return text[position : position + 1] == b'"' and (expect in _VALUE_STARTS or expect in _KEY_STARTS)

    def _continue_string(self, text: Text) -> int | None:
        """Check the open string's inside from where the last piece stopped; the offset past it once closed."""
        start = self._string_at
        assert start is not None
        body = _STRING_BODY.match(text, self._string_checked)
        assert body is not None  # the pattern matches the empty text
        stop = body.end()
        self.work += stop - self._string_checked
        if stop < len(text) and text[stop] == ord('"'):
            self._string_at = None
            self._take(_STRING, ord('"'), start, stop + 1)
            return stop + 1
        self._string_checked = stop
        self.position = start
        rest = text[stop : stop + 6]
        if stop == len(text) or (len(text) - stop < 6 and _ESCAPE_START.fullmatch(rest)):
            return None  # more of the string, or the rest of an escape, is still to come
        raise JSONSyntaxError(stop, f"invalid character in a string: {bytes(text[stop : stop + 1])!r}")

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

    def _may_continue(self, rest: Text) -> bool:
        """Whether `rest`, where no complete token starts, can still begin one the grammar allows here."""
        rest = rest.lstrip(b" \t\n\r")
        self.work += len(rest)
        if not rest:
            return True
        # A `"` where a string may stand has opened one before any token is matched: none reaches here.
        expect = self._expect
        if expect not in _VALUE_STARTS:
            return False
        return _NUMBER_START.fullmatch(rest) is not None or any(
            literal.startswith(rest) and literal != rest for literal in _LITERALS
        )
