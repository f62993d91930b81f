"""One exception tree for everything the SDK raises.

Errors carry what NP6 support and retry logic need (status, method, path, `x-request-id`,
rate-limit headers, a short body excerpt) and never the request headers, so the API key cannot
travel with an exception.

    NP6Error
    ├── InvalidRequestError          (also a ValueError) the call breaks the spec; nothing was sent
    ├── ConfigurationError           (also a ValueError)
    ├── ClientClosedError            (also a RuntimeError)
    ├── StreamClosedError            (also a RuntimeError)
    ├── MalformedResponseError       a 2xx body that is not what the spec describes
    ├── ResponseTooLargeError        an answer or a streamed item past its size limit
    ├── UncertainOutcomeError        a retried change whose first attempt may have applied
    ├── UnexpectedStatus             a 2xx status the spec does not document
    ├── APIConnectionError           not sent, or its answer not read
    │   ├── APITimeoutError
    │   └── StreamInterruptedError
    └── APIStatusError               any non-2xx answer
        ├── RedirectError            3xx
        ├── BadRequestError          400
        ├── AuthenticationError      401
        ├── PermissionDeniedError    403
        ├── NotFoundError            404
        │   └── NotFoundAfterRetryError
        ├── ConflictError            409
        ├── UnsupportedMediaTypeError 415
        ├── UnprocessableEntityError 422
        ├── RateLimitError           429
        └── InternalServerError      5xx
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

import httpx

from ._constants import RATE_LIMIT_HEADERS

_EXCERPT_CHARS = 300
# Set by the transport on every answer: what blanks the key out of texts built from it.
REDACTOR_EXTENSION = "np6_redactor"


class Redactor(Protocol):
    def redact(self, text: str) -> str: ...

    def scrub(self, error: BaseException) -> None: ...


class NP6Error(Exception):
    """Base of every error raised by np6_client."""


class InvalidRequestError(NP6Error, ValueError):
    """The call's arguments are wrong; nothing was sent."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")


class ConfigurationError(NP6Error, ValueError):
    """The client was configured in a way that cannot work or would be unsafe."""


class APIConnectionError(NP6Error):
    """The request could not be sent, or its answer could not be read.

    `uncertain` is True when a PUT or DELETE may have reached NP6 and been applied.
    """

    def __init__(self, message: str, *, method: str, path: str, uncertain: bool = False) -> None:
        self.method = method
        self.path = path
        self.uncertain = uncertain
        super().__init__(f"{method} {path}: {message}")


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired, or the call's deadline passed."""


class ClientClosedError(NP6Error, RuntimeError):
    """The client, or the client a view belongs to, was closed; it does not reopen."""


class StreamInterruptedError(APIConnectionError):
    """An event stream broke after delivering some items; says where it stopped."""

    def __init__(
        self,
        message: str,
        *,
        method: str,
        path: str,
        delivered: int,
        last_timestamp: int | None,
        last_id: str | None,
    ) -> None:
        self.delivered = delivered
        self.last_timestamp = last_timestamp
        self.last_id = last_id
        where = f"after {delivered} events (last timestamp={last_timestamp}, id={last_id})"
        super().__init__(f"{message} {where}", method=method, path=path)


class StreamClosedError(NP6Error, RuntimeError):
    """An event stream was iterated after `aclose()`; a closed stream delivers nothing more."""


class MalformedResponseError(NP6Error):
    """A 2xx answer whose body is not what the spec describes (bad JSON, HTML page, wrong shape).

    Give the parser's exception as `cause` (then `raise ... from` it): the key is blanked out of
    it too, should the body echo it.
    """

    def __init__(self, response: httpx.Response, reason: str, *, cause: BaseException | None = None) -> None:
        redactor = _redactor(response)
        self.status_code = response.status_code
        self.content_type = _redacted(redactor, response.headers.get("content-type", ""))
        self.request_id = _request_id(response, redactor)
        self.body_excerpt = _excerpt(response)
        request = response.request
        if cause is not None and redactor is not None:
            redactor.scrub(cause)
        super().__init__(
            _redacted(
                redactor,
                f"{request.method} {request.url.path}: HTTP {self.status_code} answer could not be parsed "
                f"({reason}); content-type={self.content_type!r}, body starts {self.body_excerpt!r}",
            )
        )


class ResponseTooLargeError(NP6Error):
    """An answer (`what="body"`) or one streamed item (`what="item"`) is larger than the client allows.

    The limits are `ClientOptions.max_body_bytes` and `max_item_bytes`; nothing past them is kept.
    """

    def __init__(self, response: httpx.Response, *, what: str, limit: int) -> None:
        request = response.request
        self.status_code = response.status_code
        self.method = request.method
        self.path = request.url.path
        self.what = what
        self.limit = limit
        self.request_id = _request_id(response, _redactor(response))
        super().__init__(
            f"{self.method} {self.path}: HTTP {self.status_code} answer's {what} exceeds {limit} bytes; "
            "not read further"
        )


class UncertainOutcomeError(NP6Error):
    """A change NP6 may have applied twice over: an attempt whose answer was lost was retried.

    The retry's answer (`retry_answer`, a count for instance) describes the retry only, so the
    call cannot say what the whole did; `uncertain` is always True.
    """

    uncertain = True

    def __init__(self, *, method: str, path: str, retry_answer: object) -> None:
        self.method = method
        self.path = path
        self.retry_answer = retry_answer
        super().__init__(
            f"{method} {path}: an earlier attempt whose answer was lost may have been applied; "
            f"the retry answered {retry_answer!r}, which describes the retry only"
        )


class UnexpectedStatus(NP6Error):
    """A 2xx status the spec does not document for this operation (so its body cannot be typed)."""

    def __init__(self, status_code: int, content: bytes, *, response: httpx.Response | None = None) -> None:
        redactor = None if response is None else _redactor(response)
        self.status_code = status_code
        self.content = content[:_EXCERPT_CHARS]
        if redactor is not None:
            self.content = redactor.redact(content.decode("utf-8", "replace")).encode()[:_EXCERPT_CHARS]
        super().__init__(f"undocumented status {status_code}; body starts {self.content!r}")


class APIStatusError(NP6Error):
    """NP6 answered with a non-2xx status."""

    status_code: int

    uncertain: bool
    """True when an earlier attempt, whose answer was lost, may have been applied by NP6."""

    def __init__(self, response: httpx.Response, *, uncertain: bool = False) -> None:
        request = response.request
        redactor = _redactor(response)
        self.uncertain = uncertain
        self.response = response  # raw access; its request no longer carries the key
        self.status_code = response.status_code
        self.method = request.method
        self.path = request.url.path
        self.request_id = _request_id(response, redactor)
        self.headers: Mapping[str, str] = {
            name: _redacted(redactor, response.headers[name]) for name in RATE_LIMIT_HEADERS if name in response.headers
        }
        self.body_excerpt = _excerpt(response)
        detail = f" (x-request-id {self.request_id})" if self.request_id else ""
        body = f": {self.body_excerpt}" if self.body_excerpt else ""
        doubt = "; an earlier attempt whose answer was lost may have been applied" if uncertain else ""
        message = f"{self.method} {self.path} -> HTTP {self.status_code}{detail}{body}{doubt}"
        super().__init__(_redacted(redactor, message))

    @property
    def retry_after(self) -> str | None:
        """The raw `Retry-After` header, when NP6 sent one."""
        return self.headers.get("retry-after")


class RedirectError(APIStatusError):
    """NP6 does not redirect API calls: a 3xx is refused, never followed (the key stays home)."""

    def __init__(self, response: httpx.Response, *, uncertain: bool = False) -> None:
        self.location = _redacted(_redactor(response), response.headers.get("location", ""))[:_EXCERPT_CHARS]
        super().__init__(response, uncertain=uncertain)
        self.args = (f"{self.args[0]}; redirect to {self.location!r} not followed",)


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401: the API key is missing or unknown."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403."""


class NotFoundError(APIStatusError):
    """HTTP 404."""


class NotFoundAfterRetryError(NotFoundError):
    """HTTP 404 after a retry whose earlier attempt may have succeeded (deleted it, for instance).

    The resource is gone now, but this call may be what removed it; `uncertain` is always True.
    """


class ConflictError(APIStatusError):
    """HTTP 409; never retried."""


class UnsupportedMediaTypeError(APIStatusError):
    """HTTP 415: the body was sent with a content type NP6 does not accept here."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422."""


class RateLimitError(APIStatusError):
    """HTTP 429, raised once the retry budget for rate limits is spent."""


class InternalServerError(APIStatusError):
    """HTTP 5xx."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    415: UnsupportedMediaTypeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response, *, uncertain: bool = False) -> APIStatusError:
    """The typed error for a non-2xx response whose body has been read."""
    status = response.status_code
    kind: type[APIStatusError]
    if status >= 500:
        kind = InternalServerError
    elif 300 <= status < 400:
        kind = RedirectError
    elif status == 404 and uncertain:
        kind = NotFoundAfterRetryError
    else:
        kind = _BY_STATUS.get(status, APIStatusError)
    return kind(response, uncertain=uncertain)


def _redactor(response: httpx.Response) -> Redactor | None:
    found = response.extensions.get(REDACTOR_EXTENSION)
    return found if callable(getattr(found, "redact", None)) else None


def _redacted(redactor: Redactor | None, text: str) -> str:
    return text if redactor is None else redactor.redact(text)


def _request_id(response: httpx.Response, redactor: Redactor | None) -> str | None:
    """NP6's `x-request-id`, the key blanked out should a server echo it there."""
    found = response.headers.get("x-request-id")
    return None if found is None else _redacted(redactor, found)


def _excerpt(response: httpx.Response) -> str:
    try:
        text = response.text
    except (httpx.ResponseNotRead, UnicodeDecodeError, LookupError):
        return ""
    text = _redacted(_redactor(response), text)  # before cutting, so no part of the key survives
    text = " ".join(text.split())
    return text if len(text) <= _EXCERPT_CHARS else text[: _EXCERPT_CHARS - 1] + "…"
