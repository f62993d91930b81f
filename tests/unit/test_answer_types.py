"""The public answer of a call: status, headers, body, whether an earlier attempt may also have applied."""

from http import HTTPStatus

import httpx
import pytest

from np6_client import Created, UncertainOutcomeError
from np6_client._constants import MAYBE_APPLIED_EXTENSION
from np6_client._response import Response, certain_count, to_response

REQUEST = httpx.Request("PUT", "https://api-cm.np6.com/segments/7/targets")


def answer(status: int = 200, *, maybe_applied: object = None, **kwargs: object) -> httpx.Response:
    extensions = {} if maybe_applied is None else {MAYBE_APPLIED_EXTENSION: maybe_applied}
    return httpx.Response(status, request=REQUEST, extensions=extensions, **kwargs)  # type: ignore[arg-type]


def test_the_response_carries_everything_sent() -> None:
    response = to_response(answer(299, content=b"3", headers={"X-Request-ID": "r-1"}), 3)
    assert (response.status_code, type(response.status_code), response.content, response.parsed) == (299, int, b"3", 3)
    assert (response.request_id, response.headers["x-request-id"], response.maybe_applied) == ("r-1", "r-1", False)
    created: Response[None] = to_response(answer(201), None)
    assert (created.status_code, created.request_id, created.parsed) == (HTTPStatus.CREATED, None, None)


@pytest.mark.parametrize(("mark", "expected"), [(True, True), (1, True), (False, False), (None, False)])
def test_maybe_applied_says_whether_a_lost_attempt_may_have_applied(mark: object, expected: bool) -> None:
    assert to_response(answer(maybe_applied=mark, json=0), 0).maybe_applied is expected


def test_a_count_is_the_whole_truth_only_without_a_lost_attempt() -> None:
    assert certain_count(answer(json=20), 20) == 20
    with pytest.raises(UncertainOutcomeError) as info:
        certain_count(answer(maybe_applied=True, json=0), 0)
    assert (info.value.method, info.value.path, info.value.retry_answer) == ("PUT", "/segments/7/targets", 0)


@pytest.mark.parametrize(
    ("headers", "content", "expected"),
    [
        ({"location": "/actions/12/"}, b"", ("12", "/actions/12/")),
        ({"location": "/imports/TAX"}, b"", ("TAX", "/imports/TAX")),  # only slashes are trimmed
        ({"location": "/actions/"}, b'{"id": 4}', ("actions", "/actions/")),
        ({"location": "/"}, b'{"id": 4}', ("4", "/")),  # no last segment: the body names it
        ({}, b'{"id": 0}', ("0", None)),
        ({}, b'{"id": "a%20b"}', ("a%20b", None)),  # only a Location is percent-decoded
    ],
)
def test_created_names_the_new_item(headers: dict[str, str], content: bytes, expected: tuple[str, str | None]) -> None:
    created = Created.from_response(httpx.Response(202, headers=headers, content=content))
    assert (created.id, created.location, created.status_code) == (*expected, 202)


@pytest.mark.parametrize("content", [b"[4]", b"not json", b'{"id": null}', b'{"id": [4]}', b'{"id": 4.5}'])
def test_a_creation_answer_naming_no_id_says_the_item_was_created(content: bytes) -> None:
    with pytest.raises(ValueError, match="the item was created") as info:
        Created.from_response(httpx.Response(201, content=content))
    assert str(info.value) == (
        "HTTP 201: the item was created, but the answer names no id (no Location header, no JSON id); "
        "sending the creation again would create another"
    )
