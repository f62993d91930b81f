"""Each error of the tree, built from an answer: its class, its attributes and its exact text, with
the key blanked out by the answer's redactor wherever a text comes from the answer."""

import httpx
import pytest

from np6_client import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    InvalidRequestError,
    MalformedResponseError,
    NotFoundAfterRetryError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RedirectError,
    ResponseTooLargeError,
    StreamInterruptedError,
    UncertainOutcomeError,
    UnexpectedStatus,
    UnprocessableEntityError,
    UnsupportedMediaTypeError,
)
from np6_client._exceptions import REDACTOR_EXTENSION, status_error

SECRET = "sk-texts-secret-5"


class Blanker:
    """Stands for the transport's redactor: blanks `SECRET` out of texts and of an error's args."""

    def __init__(self) -> None:
        self.scrubbed: list[BaseException] = []

    def redact(self, text: str) -> str:
        return text.replace(SECRET, "[key]")

    def scrub(self, error: BaseException) -> None:
        self.scrubbed.append(error)


def answer(
    status: int,
    body: bytes = b"",
    *,
    headers: dict[str, str] | None = None,
    method: str = "GET",
    url: str = "https://api-cm.np6.com/targets/T1?q=1",
    redactor: object | None = None,
) -> httpx.Response:
    extensions = {} if redactor is None else {REDACTOR_EXTENSION: redactor}
    return httpx.Response(
        status, content=body, headers=headers, request=httpx.Request(method, url), extensions=extensions
    )


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (300, RedirectError),
        (302, RedirectError),
        (399, RedirectError),
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (415, UnsupportedMediaTypeError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (418, APIStatusError),
        (499, APIStatusError),
        (500, InternalServerError),
        (503, InternalServerError),
        (599, InternalServerError),
    ],
)
def test_each_status_gets_its_own_class(status: int, kind: type[APIStatusError]) -> None:
    error = status_error(answer(status))
    assert type(error) is kind
    assert error.uncertain is False


def test_a_404_after_a_retry_is_its_own_uncertain_class_and_other_statuses_keep_theirs() -> None:
    found = status_error(answer(404), uncertain=True)
    assert type(found) is NotFoundAfterRetryError and found.uncertain is True
    other = status_error(answer(409), uncertain=True)
    assert type(other) is ConflictError and other.uncertain is True
    assert str(other).endswith("; an earlier attempt whose answer was lost may have been applied")


def test_a_status_error_says_method_path_status_request_id_and_body() -> None:
    headers = {
        "x-request-id": "rq-9",
        "retry-after": "7",
        "x-ratelimit-limit": "100",
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset": "30",
        "x-other": "kept out",
    }
    error = status_error(answer(429, b'{"error":\n  "slow   down"}', headers=headers, method="PUT"))
    assert str(error) == 'PUT /targets/T1 -> HTTP 429 (x-request-id rq-9): {"error": "slow down"}'
    assert (error.method, error.path, error.status_code, error.request_id) == ("PUT", "/targets/T1", 429, "rq-9")
    assert dict(error.headers) == {
        "retry-after": "7",
        "x-ratelimit-limit": "100",
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset": "30",
    }
    assert error.retry_after == "7"
    assert error.body_excerpt == '{"error": "slow down"}'


def test_a_status_error_without_request_id_or_body_says_only_the_status() -> None:
    error = status_error(answer(400))
    assert str(error) == "GET /targets/T1 -> HTTP 400"
    assert error.request_id is None and error.body_excerpt == "" and error.retry_after is None


def test_the_excerpt_is_cut_to_300_characters_after_the_key_is_blanked() -> None:
    exact = status_error(answer(500, b"x" * 300))
    assert exact.body_excerpt == "x" * 300
    long = status_error(answer(500, b"y" * 301))
    assert long.body_excerpt == "y" * 299 + "…"
    tail = SECRET[:5]
    cut = status_error(answer(500, b"z" * 295 + SECRET.encode(), redactor=Blanker()))
    assert cut.body_excerpt == "z" * 295 + "[key]"
    assert tail not in cut.body_excerpt.replace("z", "")


def test_the_key_is_blanked_out_of_a_status_errors_text() -> None:
    error = status_error(answer(401, f"unknown API key {SECRET}".encode(), redactor=Blanker()))
    assert str(error) == "GET /targets/T1 -> HTTP 401: unknown API key [key]"
    assert error.body_excerpt == "unknown API key [key]"


def test_a_redactor_without_redact_is_not_used() -> None:
    error = status_error(answer(401, SECRET.encode(), redactor=object()))
    assert error.body_excerpt == SECRET  # nothing to blank with; the transport always sets a real one


def undecodable(_: bytes) -> str:
    raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")


@pytest.mark.parametrize("encoding", ["no-such-charset", undecodable])
def test_an_unreadable_or_undecodable_body_gives_no_excerpt(encoding: object) -> None:
    unread = httpx.Response(500, stream=httpx.ByteStream(b"later"), request=httpx.Request("GET", "https://h/x"))
    assert status_error(unread).body_excerpt == ""
    request = httpx.Request("GET", "https://h/x")
    odd = httpx.Response(500, content=b"\xff bad", request=request, default_encoding=encoding)  # type: ignore[arg-type]
    error = status_error(odd)
    assert error.body_excerpt == "" and str(error) == "GET /x -> HTTP 500"


def test_a_redirect_names_where_it_pointed_with_the_key_blanked() -> None:
    location = f"https://elsewhere.example/?k={SECRET}&" + "p" * 400
    error = status_error(answer(302, headers={"location": location}, redactor=Blanker()))
    assert isinstance(error, RedirectError)
    redacted = location.replace(SECRET, "[key]")[:300]
    assert error.location == redacted
    assert str(error) == f"GET /targets/T1 -> HTTP 302; redirect to {redacted!r} not followed"
    moved = status_error(answer(301))
    assert isinstance(moved, RedirectError) and moved.location == ""


def test_a_malformed_answer_says_why_and_keeps_the_key_out() -> None:
    blanker = Blanker()
    cause = ValueError(f"bad {SECRET}")
    headers = {"content-type": f"text/html; {SECRET}", "x-request-id": "rq-1"}
    error = MalformedResponseError(
        answer(200, f"<html>{SECRET}</html>".encode(), headers=headers, method="POST", redactor=blanker),
        f"not JSON {SECRET}",
        cause=cause,
    )
    assert str(error) == (
        "POST /targets/T1: HTTP 200 answer could not be parsed (not JSON [key]); "
        "content-type='text/html; [key]', body starts '<html>[key]</html>'"
    )
    assert (error.status_code, error.request_id, error.content_type) == (200, "rq-1", "text/html; [key]")
    assert error.body_excerpt == "<html>[key]</html>"
    assert blanker.scrubbed == [cause]


def test_a_malformed_answer_without_content_type_or_redactor() -> None:
    error = MalformedResponseError(answer(200, b"oops"), "not JSON")
    expected = "GET /targets/T1: HTTP 200 answer could not be parsed (not JSON); content-type='', body starts 'oops'"
    assert str(error) == expected
    assert error.request_id is None
    blanker = Blanker()
    MalformedResponseError(answer(200, b"oops", redactor=blanker), "not JSON")
    assert blanker.scrubbed == []


def test_too_large_names_what_and_the_limit() -> None:
    error = ResponseTooLargeError(answer(200, headers={"x-request-id": "rq-2"}, method="POST"), what="item", limit=1024)
    assert str(error) == "POST /targets/T1: HTTP 200 answer's item exceeds 1024 bytes; not read further"
    assert (error.status_code, error.method, error.path, error.what, error.limit, error.request_id) == (
        200,
        "POST",
        "/targets/T1",
        "item",
        1024,
        "rq-2",
    )
    assert ResponseTooLargeError(answer(500), what="body", limit=1).request_id is None


def test_an_uncertain_outcome_carries_the_retrys_answer() -> None:
    error = UncertainOutcomeError(method="PUT", path="/segments/1/targets", retry_answer=0)
    assert str(error) == (
        "PUT /segments/1/targets: an earlier attempt whose answer was lost may have been applied; "
        "the retry answered 0, which describes the retry only"
    )
    assert (error.method, error.path, error.retry_answer, error.uncertain) == ("PUT", "/segments/1/targets", 0, True)


def test_an_undocumented_status_keeps_300_bytes_of_the_body_with_the_key_blanked() -> None:
    plain = UnexpectedStatus(299, b"a" * 301)
    assert plain.status_code == 299 and plain.content == b"a" * 300
    assert str(plain) == f"undocumented status 299; body starts {b'a' * 300!r}"
    response = answer(299, redactor=Blanker())
    blanked = UnexpectedStatus(299, f"{SECRET} \xe9".encode() + b"\xff" + b"b" * 400, response=response)
    assert blanked.content == ("[key] \xe9\ufffd" + "b" * 400).encode()[:300]
    assert SECRET.encode() not in blanked.content
    no_redactor = UnexpectedStatus(299, SECRET.encode(), response=answer(299))
    assert no_redactor.content == SECRET.encode()


def test_connection_errors_say_method_and_path_and_whether_the_outcome_is_known() -> None:
    error = APIConnectionError("connection reset", method="PUT", path="/targets/T1")
    assert str(error) == "PUT /targets/T1: connection reset"
    assert (error.method, error.path, error.uncertain) == ("PUT", "/targets/T1", False)
    assert APITimeoutError("late", method="GET", path="/x", uncertain=True).uncertain is True


def test_an_interrupted_stream_says_where_it_stopped() -> None:
    error = StreamInterruptedError(
        "broke", method="GET", path="/events", delivered=3, last_timestamp=1700, last_id="e3"
    )
    assert str(error) == "GET /events: broke after 3 events (last timestamp=1700, id=e3)"
    assert (error.delivered, error.last_timestamp, error.last_id, error.uncertain) == (3, 1700, "e3", False)


def test_an_invalid_request_names_its_field() -> None:
    error = InvalidRequestError("body.email", "must be a string")
    assert str(error) == "body.email: must be a string"
    assert (error.field, error.problem) == ("body.email", "must be a string")


def test_a_status_error_keeps_its_answer_and_is_certain_unless_told() -> None:
    response = answer(500)
    error = APIStatusError(response)
    assert error.response is response and error.uncertain is False
    assert RedirectError(answer(302)).uncertain is False


def test_an_uncertain_redirect_says_so() -> None:
    error = status_error(answer(307, headers={"location": "/x"}, method="DELETE"), uncertain=True)
    assert isinstance(error, RedirectError) and error.uncertain is True
    assert str(error) == (
        "DELETE /targets/T1 -> HTTP 307; an earlier attempt whose answer was lost may have been applied; "
        "redirect to '/x' not followed"
    )


def test_a_request_id_echoing_the_key_is_blanked_out_of_the_message() -> None:
    error = status_error(answer(500, headers={"x-request-id": f"id-{SECRET}"}, redactor=Blanker()))
    assert str(error) == "GET /targets/T1 -> HTTP 500 (x-request-id id-[key])"


def test_a_path_holding_the_key_is_blanked_out_of_the_message() -> None:
    error = status_error(answer(404, url=f"https://api-cm.np6.com/targets/{SECRET}", redactor=Blanker()))
    assert str(error) == "GET /targets/[key] -> HTTP 404"


def test_headers_echoing_the_key_are_blanked_out_of_every_error_attribute() -> None:
    echoing = {"x-request-id": f"id-{SECRET}", "retry-after": SECRET, "x-ratelimit-limit": "50"}
    status = status_error(answer(429, headers=echoing, redactor=Blanker()))
    assert (status.request_id, status.headers) == ("id-[key]", {"retry-after": "[key]", "x-ratelimit-limit": "50"})
    malformed = MalformedResponseError(answer(200, headers=echoing, redactor=Blanker()), "not JSON")
    too_large = ResponseTooLargeError(answer(200, headers=echoing, redactor=Blanker()), what="body", limit=1)
    assert malformed.request_id == too_large.request_id == "id-[key]"
