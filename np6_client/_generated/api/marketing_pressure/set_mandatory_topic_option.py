from collections.abc import Mapping
from typing import Any

import httpx

from ...._bodies import plain_json
from ...._response import Response, to_response
from ...._transport.call import Call
from ... import errors
from ...client import Client

_CALL = Call(
    "PUT",
    "/settings/marketing/pressure/topic",
    "set_mandatory_topic_option",
    resumable=False,
    deprecated=False,
)


def _get_kwargs(
    *,
    body: bool,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/settings/marketing/pressure/topic",
    }

    _kwargs["json"] = plain_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    try:
        if response.status_code == 200:
            return
    # Whatever a hostile body makes parsing raise (RecursionError and OverflowError too).
    except Exception as exc:
        raise errors.MalformedResponseError(response, repr(exc), cause=exc) from exc
    raise errors.UnexpectedStatus(
        response.status_code, response.content, response=response
    )


def _detailed(response: httpx.Response) -> Response[None]:
    _parse_response(response)
    return to_response(response, None)


def _answer(response: httpx.Response) -> None:
    _parse_response(response)


async def asyncio_detailed(
    *,
    client: Client,
    body: bool,
) -> Response[None]:
    """Set the mandatory topic option

    The reference's request sample sends `{}` although the body is a boolean. Partial in the public
    reference: the answer's content type and schema are not printed, so its body is not parsed.

    `PUT /settings/marketing/pressure/topic`.

    Args:
        body (bool):

    Raises:
        np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
        np6_client.BadRequestError: HTTP 400: The request is invalid (not printed in the public reference).
        np6_client.AuthenticationError: HTTP 401: The `X-Key` header is missing or holds an unknown key.
        np6_client.UnsupportedMediaTypeError: HTTP 415: The body was sent with another content type than the one documented.
        np6_client.RateLimitError: HTTP 429: Over the rate limit; back off exponentially before retrying.
        np6_client.APIStatusError: any other non-2xx status NP6 answers (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.
        np6_client.APITimeoutError: no answer within the call's timeout or deadline.
        np6_client.MalformedResponseError: a 2xx answer whose body is not what the spec describes.

    Returns:
        Response[None]: status, headers, raw content and the parsed body.
    """

    response = await client.send_call(
        _CALL,
        _get_kwargs(
            body=body,
        ),
    )
    return _detailed(response)


async def asyncio(
    *,
    client: Client,
    body: bool,
) -> None:
    """Set the mandatory topic option

    The reference's request sample sends `{}` although the body is a boolean. Partial in the public
    reference: the answer's content type and schema are not printed, so its body is not parsed.

    `PUT /settings/marketing/pressure/topic`.

    Args:
        body (bool):

    Raises:
        np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
        np6_client.BadRequestError: HTTP 400: The request is invalid (not printed in the public reference).
        np6_client.AuthenticationError: HTTP 401: The `X-Key` header is missing or holds an unknown key.
        np6_client.UnsupportedMediaTypeError: HTTP 415: The body was sent with another content type than the one documented.
        np6_client.RateLimitError: HTTP 429: Over the rate limit; back off exponentially before retrying.
        np6_client.APIStatusError: any other non-2xx status NP6 answers (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.
        np6_client.APITimeoutError: no answer within the call's timeout or deadline.
        np6_client.MalformedResponseError: a 2xx answer whose body is not what the spec describes.

    Returns:
        None
    """

    _answer(
        await client.send_call(
            _CALL,
            _get_kwargs(
                body=body,
            ),
        )
    )


class SetMandatoryTopicOptionOperation:
    """`PUT /settings/marketing/pressure/topic` bound to a client, as `np6.marketing_pressure.set_mandatory_topic_option`.

    Await it for the parsed body; `.detailed(...)` also gives the status, headers and
    `request_id`.
    Per-call options on each: `timeout`, `max_retries`, `extra_headers`, `extra_query`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def __call__(
        self,
        body: bool,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> None:
        """Set the mandatory topic option

        The reference's request sample sends `{}` although the body is a boolean. Partial in the public
        reference: the answer's content type and schema are not printed, so its body is not parsed.

        `PUT /settings/marketing/pressure/topic`.

        Args:
            body (bool):

        Raises:
            np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
            np6_client.BadRequestError: HTTP 400: The request is invalid (not printed in the public reference).
            np6_client.AuthenticationError: HTTP 401: The `X-Key` header is missing or holds an unknown key.
            np6_client.UnsupportedMediaTypeError: HTTP 415: The body was sent with another content type than the one documented.
            np6_client.RateLimitError: HTTP 429: Over the rate limit; back off exponentially before retrying.
            np6_client.APIStatusError: any other non-2xx status NP6 answers (a subclass per status).
            np6_client.APIConnectionError: the request could not be sent or its answer not read.
            np6_client.APITimeoutError: no answer within the call's timeout or deadline.
            np6_client.MalformedResponseError: a 2xx answer whose body is not what the spec describes.

        Returns:
            None
        """

        _answer(
            await self._client.send_call(
                _CALL,
                _get_kwargs(
                    body=body,
                ),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

    async def detailed(
        self,
        body: bool,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Response[None]:
        """The same call, answering `Response`: status, headers, `request_id`, raw bytes and the parsed body."""
        return _detailed(
            await self._client.send_call(
                _CALL,
                _get_kwargs(
                    body=body,
                ),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )
