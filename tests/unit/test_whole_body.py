"""Whole-body array answers: built by the stream's path, judged exactly as `json.loads` + `from_dict` judged them."""

import gc
import json
import random
from typing import Any

import httpx
import pytest

from np6_client import MalformedResponseError
from np6_client._generated.api.contact import list_target_events
from np6_client._streaming.whole_body import json_of, model_list
from np6_client.models import ContactEvent, Field

EVENT = (
    b'{"type":"activation","id":"00000007-0001-4000-8000-00000000002a","timestamp":1704067200000,'
    b'"identity":{"type":"customer","value":"C1"},"source":{"type":"notification","detail":{"n":[1,2]}}}'
)
UNKNOWN = b'{"type":"future-kind","id":"00000007-0001-4000-8000-00000000002b","timestamp":1,"extension":{"a":1}}'

BODIES: list[bytes] = [
    b"[" + EVENT + b"," + UNKNOWN + b"]",
    b"[]",
    b" \n[" + EVENT + b"] \n",
    b"\xef\xbb\xbf[" + EVENT + b"]",  # a byte order mark: json reads it, msgspec does not
    "[{}]".encode("utf-16"),  # UTF-16: the same
    b'[{"timestamp": NaN}]',
    b'[{"timestamp": 1e400}]',  # beyond a float: json reads inf, msgspec refuses
    b'[{"type": "\\ud800"}]',  # a lone surrogate
    b'[{"timestamp": 123456789012345678901234567890}]',
    b'[{"type": "a", "type": "b"}]',  # the last duplicate wins
    b"[" + EVENT,  # truncated
    b"[" + EVENT + b"] x",  # data after the end
    b'{"items": []}',  # an object
    b"7",
    b"",
    b'["\xe9"]',  # not UTF-8
    b'[{"id": "not-a-uuid"}]',  # an item from_dict refuses
    b"[7]",
    b"[" * 100_000 + b"]" * 100_000,  # nested past any recursion limit
]


def _old_parse(body: bytes) -> list[ContactEvent]:
    """What the generated whole-body parse did: `response.json()`, a list check, `from_dict` per item."""
    data = httpx.Response(200, content=body).json()
    if not isinstance(data, list):
        raise TypeError(f"expected a JSON array, not {type(data).__name__}")
    return [ContactEvent.from_dict(item) for item in data]


def old_path(body: bytes) -> Any:
    try:
        return _old_parse(body)
    except Exception as exc:  # the outcome compared is whatever was raised
        return type(exc)


def new_path(body: bytes) -> Any:
    try:
        return model_list(httpx.Response(200, content=body), ContactEvent.from_dict)
    except Exception as exc:  # the outcome compared is whatever was raised
        return type(exc)


@pytest.mark.parametrize("body", BODIES, ids=range(len(BODIES)))
def test_bodies_are_judged_as_json_and_from_dict_judged_them(body: bytes) -> None:
    expected = old_path(body)
    got = new_path(body)
    assert repr(got) == repr(expected)  # reprs, since NaN is not equal to itself
    if isinstance(expected, list):
        assert repr([event.to_dict() for event in got]) == repr([event.to_dict() for event in expected])


def test_the_items_are_models_with_unknown_members_kept() -> None:
    events = model_list(httpx.Response(200, content=b"[" + EVENT + b"," + UNKNOWN + b"]"), ContactEvent.from_dict)
    assert [type(event) for event in events] == [ContactEvent, ContactEvent]
    assert str(events[0].id) == "00000007-0001-4000-8000-00000000002a"
    assert events[1].type_ == "future-kind"
    assert events[1].additional_properties == {"extension": {"a": 1}}


def test_models_without_a_builder_use_from_dict() -> None:
    body = json.dumps([{"id": 3, "name": "city", "type": "string", "extra": True}]).encode()
    fields = model_list(httpx.Response(200, content=body), Field.from_dict)
    assert fields == [Field.from_dict({"id": 3, "name": "city", "type": "string", "extra": True})]


@pytest.mark.parametrize("collecting", [True, False])
def test_the_collector_is_left_as_it_was(collecting: bool) -> None:
    (gc.enable if collecting else gc.disable)()
    try:
        model_list(httpx.Response(200, content=b"[" + EVENT + b"]"), ContactEvent.from_dict)
        with pytest.raises(ValueError, match="badly formed"):
            model_list(httpx.Response(200, content=b'[{"id": "x"}]'), ContactEvent.from_dict)
        assert gc.isenabled() is collecting
    finally:
        gc.enable()


def test_the_generated_call_raises_a_malformed_answer() -> None:
    body = b"[" + EVENT
    with pytest.raises(MalformedResponseError):
        list_target_events._parse_response(httpx.Response(200, content=body, request=httpx.Request("GET", "/")))
    parsed = list_target_events._parse_response(
        httpx.Response(200, content=b"[" + EVENT + b"]", request=httpx.Request("GET", "/"))
    )
    assert [str(event.id) for event in parsed] == ["00000007-0001-4000-8000-00000000002a"]


OTHER_BODIES: list[bytes] = [
    *BODIES,
    b'{"a": 1, "a": 2}',
    b'{"n": -123456789012345678901234567890, "m": 18446744073709551616}',
    b'"tab\\there"',  # an escaped tab: fine
    b'"tab\there"',  # a raw tab inside a string: json refuses it
    rb'"\u0000 \ud83d\ude00"',  # JSON escapes: a NUL and a surrogate pair
    b"-0",
    b"-0.0",
    b"1E400",
    b"1e-400",
    b"4.9e-324",
    b"true",
    b"null",
    b" \t\r\n {} \n",
    b"{}\x00",
    b"\x0c{}",  # a form feed is not JSON whitespace
    b"[1,]",
    b"01",
    b'{"a": [' * 3000 + b"]}" * 3000,
    # UTF-8 that is not: overlong, a surrogate (json reads it), beyond U+10FFFF, a lone
    # continuation byte, a sequence cut short, in a key; then multi-byte UTF-8 that is.
    b'"\xc0\x80"',
    b'"\xed\xa0\x80"',
    b'"\xf4\x90\x80\x80"',
    b'"\x80"',
    b'"\xe2\x82"',
    b'{"a\xff": 1}',
    b'{"\xc3\xa9": "\xf0\x9f\x98\x80"}',
]


def _outcome(read: Any) -> str:
    try:
        return repr(read())
    except Exception as exc:  # the outcome compared is whatever was raised
        return type(exc).__name__


@pytest.mark.parametrize("body", OTHER_BODIES, ids=range(len(OTHER_BODIES)))
def test_any_body_is_read_as_json_reads_it(body: bytes) -> None:
    response = httpx.Response(200, content=body)
    assert _outcome(lambda: json_of(response)) == _outcome(response.json)


def test_numbers_are_read_as_json_reads_them() -> None:
    rng = random.Random(11)
    numbers = [rng.random() * 10.0 ** rng.randint(-330, 308) for _ in range(3000)]
    numbers += [float(rng.getrandbits(rng.randint(1, 80))) for _ in range(500)]
    texts = [form.format(number) for number in numbers for form in ("{!r}", "{:.17g}", "{:.5e}", "{:.0f}")]
    texts += [str(rng.getrandbits(rng.randint(1, 200)) * rng.choice((1, -1))) for _ in range(2000)]
    body = ("[" + ",".join(texts) + "]").encode()
    assert repr(json_of(httpx.Response(200, content=body))) == repr(json.loads(body))


class _NoJson(httpx.Response):
    def json(self, **_: Any) -> Any:
        raise AssertionError("json was asked")


def test_a_body_msgspec_reads_never_reaches_json() -> None:
    assert json_of(_NoJson(200, content=b'{"id": 3, "tags": ["a"]}')) == {"id": 3, "tags": ["a"]}
    with pytest.raises(AssertionError, match="json was asked"):
        json_of(_NoJson(200, content=b"NaN"))


def test_nesting_msgspec_gives_up_on_is_left_to_json(monkeypatch: pytest.MonkeyPatch) -> None:
    def too_deep(_: bytes) -> Any:
        raise RecursionError("maximum recursion depth exceeded while deserializing")

    monkeypatch.setattr("np6_client._streaming.whole_body._decode", too_deep)
    assert json_of(httpx.Response(200, content=b"[[[]]]")) == [[[]]]
