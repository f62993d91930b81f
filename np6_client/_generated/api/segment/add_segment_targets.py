from collections.abc import Mapping
from typing import Any, cast

import httpx

from ...._bodies import plain_json
from ...._paths import path_segment
from ...._response import Response, certain_count, to_response
from ...._streaming.whole_body import json_of
from ...._transport.call import Call
from ... import errors
from ...client import Client

_CALL = Call(
    "PUT",
    "/segments/{id}/targets",
    "add_segment_targets",
    resumable=False,
    deprecated=True,
)


def _get_kwargs(
    id: int,
    *,
    body: list[str],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/segments/{id}/targets".format(
            id=path_segment(id, "int", "id"),
        ),
    }

    _kwargs["json"] = body

    if "json" in _kwargs:
        _kwargs["json"] = plain_json(_kwargs["json"])

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> int:
    try:
        if response.status_code == 200:
            response_200 = cast(int, json_of(response))
            return response_200

    # Whatever a hostile body makes parsing raise (RecursionError and OverflowError too).
    except Exception as exc:
        raise errors.MalformedResponseError(response, repr(exc), cause=exc) from exc
    raise errors.UnexpectedStatus(
        response.status_code, response.content, response=response
    )


def _detailed(response: httpx.Response) -> Response[int]:
    return to_response(response, _parse_response(response))


def _answer(response: httpx.Response) -> int:
    # A count of what this attempt changed: an earlier attempt whose answer was lost may have changed more.
    return certain_count(response, _parse_response(response))


async def asyncio_detailed(
    id: int,
    *,
    client: Client,
    body: list[str],
) -> Response[int]:
    """Add targets to a static segment

    Deprecated: NP6 marks this operation as deprecated.

    Maximum of 50 targets. If using unicity values to identify targets and the account has more than one
    unicity criteria configured, the values must be concatenated and sent as a single string for each
    target.

    `PUT /segments/{id}/targets`.

    Args:
        id (int): The segment's id
        body (list[str]):

    Raises:
        np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
        np6_client.BadRequestError: HTTP 400: The request is invalid (not printed in the public reference).
        np6_client.AuthenticationError: HTTP 401: The `X-Key` header is missing or holds an unknown key.
        np6_client.NotFoundError: HTTP 404: No resource has this id (not printed in the public reference).
        np6_client.UnsupportedMediaTypeError: HTTP 415: The body was sent with another content type than the one documented.
        np6_client.RateLimitError: HTTP 429: Over the rate limit; back off exponentially before retrying.
        np6_client.APIStatusError: any other non-2xx status NP6 answers (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.
        np6_client.APITimeoutError: no answer within the call's timeout or deadline.
        np6_client.MalformedResponseError: a 2xx answer whose body is not what the spec describes.

    Returns:
        Response[int]: status, headers, raw content and the parsed body.
    """

    response = await client.send_call(
        _CALL,
        _get_kwargs(
            id=id,
            body=body,
        ),
    )
    return _detailed(response)


async def asyncio(
    id: int,
    *,
    client: Client,
    body: list[str],
) -> int:
    """Add targets to a static segment

    Deprecated: NP6 marks this operation as deprecated.

    Maximum of 50 targets. If using unicity values to identify targets and the account has more than one
    unicity criteria configured, the values must be concatenated and sent as a single string for each
    target.

    `PUT /segments/{id}/targets`.

    Args:
        id (int): The segment's id
        body (list[str]):

    Raises:
        np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
        np6_client.BadRequestError: HTTP 400: The request is invalid (not printed in the public reference).
        np6_client.AuthenticationError: HTTP 401: The `X-Key` header is missing or holds an unknown key.
        np6_client.NotFoundError: HTTP 404: No resource has this id (not printed in the public reference).
        np6_client.UnsupportedMediaTypeError: HTTP 415: The body was sent with another content type than the one documented.
        np6_client.RateLimitError: HTTP 429: Over the rate limit; back off exponentially before retrying.
        np6_client.APIStatusError: any other non-2xx status NP6 answers (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.
        np6_client.APITimeoutError: no answer within the call's timeout or deadline.
        np6_client.MalformedResponseError: a 2xx answer whose body is not what the spec describes.

    Returns:
        int
    """

    return _answer(
        await client.send_call(
            _CALL,
            _get_kwargs(
                id=id,
                body=body,
            ),
        )
    )


class AddSegmentTargetsOperation:
    """`PUT /segments/{id}/targets` bound to a client, as `np6.segment.add_segment_targets`.

    Await it for the parsed body; `.detailed(...)` also gives the status, headers and
    `request_id`.
    Per-call options on each: `timeout`, `max_retries`, `extra_headers`, `extra_query`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def __call__(
        self,
        id: int,
        body: list[str],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> int:
        """Add targets to a static segment

        Deprecated: NP6 marks this operation as deprecated.

        Maximum of 50 targets. If using unicity values to identify targets and the account has more than one
        unicity criteria configured, the values must be concatenated and sent as a single string for each
        target.

        `PUT /segments/{id}/targets`.

        Args:
            id (int): The segment's id
            body (list[str]):

        Raises:
            np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
            np6_client.BadRequestError: HTTP 400: The request is invalid (not printed in the public reference).
            np6_client.AuthenticationError: HTTP 401: The `X-Key` header is missing or holds an unknown key.
            np6_client.NotFoundError: HTTP 404: No resource has this id (not printed in the public reference).
            np6_client.UnsupportedMediaTypeError: HTTP 415: The body was sent with another content type than the one documented.
            np6_client.RateLimitError: HTTP 429: Over the rate limit; back off exponentially before retrying.
            np6_client.APIStatusError: any other non-2xx status NP6 answers (a subclass per status).
            np6_client.APIConnectionError: the request could not be sent or its answer not read.
            np6_client.APITimeoutError: no answer within the call's timeout or deadline.
            np6_client.MalformedResponseError: a 2xx answer whose body is not what the spec describes.

        Returns:
            int
        """

        return _answer(
            await self._client.send_call(
                _CALL,
                _get_kwargs(
                    id=id,
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
        id: int,
        body: list[str],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Response[int]:
        """The same call, answering `Response`: status, headers, `request_id`, raw bytes and the parsed body."""
        return _detailed(
            await self._client.send_call(
                _CALL,
                _get_kwargs(
                    id=id,
                    body=body,
                ),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )
