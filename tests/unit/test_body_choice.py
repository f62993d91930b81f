"""Which kind of body a mapping is, and what of it is sent: members the caller left UNSET are not."""

import json
from typing import Any

import httpx
import pytest

from np6_client import InvalidRequestError, NP6Client
from np6_client._bodies import Variant, choose_body, plain_json
from np6_client._generated.types import UNSET


class Declared:
    def to_dict(self) -> dict[str, Any]:
        return {"a": 1}


class Open:
    def to_dict(self) -> dict[str, Any]:
        return {}


DECLARED: Variant = ("application/vnd.declared+json", Declared, False, frozenset({"a", "b"}))
OPEN: Variant = ("application/vnd.open+json", Open, False, frozenset())


def test_a_mapping_whose_members_a_kind_declares_is_that_kind() -> None:
    assert choose_body({"a": 1}, [OPEN, DECLARED]) == ("application/vnd.declared+json", {"a": 1})
    assert choose_body({"a": 1, "b": 2}, [DECLARED, OPEN])[0] == "application/vnd.declared+json"


def test_sharing_some_members_is_not_enough_the_open_kind_takes_the_rest() -> None:
    # "a" is declared by the first kind, "z" by none: not a subset, so not that kind.
    assert choose_body({"a": 1, "z": 2}, [DECLARED, OPEN]) == ("application/vnd.open+json", {"a": 1, "z": 2})


def test_a_mapping_no_kind_covers_is_refused_without_an_open_kind() -> None:
    other: Variant = ("application/vnd.other+json", Open, False, frozenset({"c"}))
    with pytest.raises(InvalidRequestError, match="match none"):
        choose_body({"a": 1, "z": 2}, [DECLARED, other])


def test_unset_members_are_left_out_at_every_level() -> None:
    value = {"a": UNSET, "b": 1, "inner": {"c": UNSET, "d": [{"e": UNSET, "f": 2}]}}
    assert plain_json(value) == {"b": 1, "inner": {"d": [{"f": 2}]}}


async def test_request_sends_no_unset_member() -> None:
    sent: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.content)
        return httpx.Response(204)

    async with NP6Client(api_key="sk-choice-secret-2", transport=httpx.MockTransport(handler)) as np6:
        await np6.request("POST", "/anything", json={"name": "n", "description": UNSET})
    assert [json.loads(body) for body in sent] == [{"name": "n"}]
