"""Which listed member an unknown body member misspells (edit distance, bound by length), named first."""

import json
import random

import httpx
import pytest

from np6_client import InvalidRequestError
from np6_client._spec.near_miss import _distance, close_member
from np6_client._spec.validation import validate_request


def textbook_osa(a: str, b: str) -> int:
    """Optimal string alignment distance over the full table, without bands or early exits."""
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        table[i][0] = i
    for j in range(len(b) + 1):
        table[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            substitution = table[i - 1][j - 1] + (a[i - 1] != b[j - 1])
            table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, substitution)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
    return table[-1][-1]


def test_the_distance_is_exact_up_to_the_bound_and_above_it_beyond() -> None:
    draw = random.Random(20261205)
    words = ["", "a", "ab", "ba", "abc", "acb", "ca", "abcd", "badc", "abcdef", "abdcef"]
    words += ["".join(draw.choice("abc") for _ in range(draw.randint(0, 7))) for _ in range(60)]
    for a in words:
        for b in words:
            for bound in range(4):
                exact, found = textbook_osa(a, b), _distance(a, b, bound)
                assert found == exact if exact <= bound else found > bound, (a, b, bound)


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("ab", "ba", 1),  # an adjacent swap counts once
        ("abcd", "acbd", 1),
        ("ca", "abc", 3),  # a swapped pair is not edited again
        ("ab", "abc", 1),  # lengths differing by exactly the bound
        ("abc", "xyz", 3),
    ],
)
def test_known_distances(a: str, b: str, distance: int) -> None:
    assert _distance(a, b, 3) == distance


@pytest.mark.parametrize(
    ("name", "members", "meant"),
    [
        ("abd", ["abc"], None),  # three letters: only separators and case may differ
        ("A_B-c", ["abc"], "abc"),
        ("a-b-c", ["abc"], "abc"),
        ("a_b_c", ["abc"], "abc"),
        ("abc", ["a_b_c"], "a_b_c"),
        ("abce", ["abcd"], "abcd"),  # four to six letters: one edit
        ("abcdeg", ["abcdef"], "abcdef"),
        ("abcdgh", ["abcdef"], None),
        ("abcdexy", ["abcdefg"], "abcdefg"),  # seven or more: two edits
        ("abcdxyz", ["abcdefg"], None),
        ("abcz", ["abcx", "abcy"], "abcx"),  # a tie goes to the first listed
        ("abcdxz", ["abcdxy", "abcdxz_"], "abcdxz_"),  # the closest wins over the first
    ],
)
def test_the_member_a_name_misspells(name: str, members: list[str], meant: str | None) -> None:
    assert close_member(name, members) == meant


def test_a_misspelt_member_is_named_before_a_wrong_type_beside_it() -> None:
    body = json.dumps({"nmae": "x", "type": 5}).encode()
    request = httpx.Request(
        "POST", "https://api-cm.np6.com/segments", content=body, headers={"content-type": "application/json"}
    )
    with pytest.raises(InvalidRequestError) as info:
        validate_request(request)
    assert (info.value.field, info.value.problem) == ("body['nmae']", "is not a member; did you mean 'name'?")
