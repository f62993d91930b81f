"""A path template that is no template is refused by name, before anything is sent."""

import httpx
import pytest

from np6_client import InvalidRequestError, NP6Client
from np6_client._paths import path_segment

KEY = "sk-paths-52"


@pytest.mark.parametrize(
    ("template", "values", "reason"),
    [
        ("/targets/{id", {"id": "T1"}, "expected '}' before end of string"),
        ("/targets/id}", {}, "Single '}' encountered in format string"),
        ("/targets/{}", {}, "Format string contains positional fields"),
        ("/targets/{id[9]}", {"id": "T1"}, "string index out of range"),
        ("/targets/{id.real}", {"id": "T1"}, "'str' object has no attribute 'real'"),
        ("/targets/{id[x]}", {"id": "T1"}, "string indices must be integers, not 'str'"),
    ],
)
async def test_a_malformed_template_is_refused_as_the_path(template: str, values: dict[str, str], reason: str) -> None:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(204)

    np6 = NP6Client(api_key=KEY, transport=httpx.MockTransport(record))
    with pytest.raises(InvalidRequestError) as info:
        await np6.request("GET", template, path=values)
    assert info.value.field == "path"
    assert info.value.problem == f"{template!r} is not a path template: {reason}"
    assert sent == []


@pytest.mark.parametrize(("value", "segment"), [("X.X", "X.X"), (".", "%2E"), ("..", "%2E%2E"), ("a/X", "a%2FX")])
def test_only_a_whole_dot_segment_has_its_dots_encoded(value: str, segment: str) -> None:
    assert path_segment(value) == segment


def test_a_wrong_typed_value_given_without_a_name_is_refused_as_the_path() -> None:
    with pytest.raises(InvalidRequestError) as info:
        path_segment(4, "str")
    assert (info.value.field, info.value.problem) == ("path", "must be a string, not int")


def test_an_integer_whose_str_says_otherwise_is_sent_as_its_digits() -> None:
    class Sneaky(int):
        def __str__(self) -> str:
            return "1/../../admin"

    assert path_segment(Sneaky(7), "int", "id") == "7"
    assert path_segment(-12, "int", "id") == "-12"
