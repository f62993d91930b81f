from collections.abc import Mapping
from typing import Any, cast

import httpx

from ...._paths import path_segment
from ...._response import Response, to_response
from ...._streaming.whole_body import json_of
from ...._transport.call import Call
from ... import errors
from ...client import Client
from ...types import UNSET

_CALL = Call(
    "GET",
    "/segments/{id}/targets",
    "list_segment_targets",
    resumable=False,
    deprecated=True,
)


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/segments/{id}/targets".format(
            id=path_segment(id, "int", "id"),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[str]:
    try:
        if response.status_code == 200:
            _response_200 = json_of(response)
            if not isinstance(_response_200, list) and _response_200 is not UNSET:
                raise TypeError(
                    f"expected a JSON array, not {type(_response_200).__name__}"
                )
            response_200 = cast(list[str], _response_200)

            return response_200

    # Whatever a hostile body makes parsing raise (RecursionError and OverflowError too).
    except Exception as exc:
        raise errors.MalformedResponseError(response, repr(exc), cause=exc) from exc
    raise errors.UnexpectedStatus(
        response.status_code, response.content, response=response
    )


def _detailed(response: httpx.Response) -> Response[list[str]]:
    return to_response(response, _parse_response(response))


def _answer(response: httpx.Response) -> list[str]:
    return _parse_response(response)


async def asyncio_detailed(
    id: int,
    *,
    client: Client,
) -> Response[list[str]]:
    """Retrieve a segment's targets

    Deprecated: NP6 marks this operation as deprecated.

    `GET /segments/{id}/targets`.

    Args:
        id (int): The segment's id

    Raises:
        np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
        np6_client.AuthenticationError: HTTP 401: The `X-Key` header is missing or holds an unknown key.
        np6_client.NotFoundError: HTTP 404: No resource has this id (not printed in the public reference).
        np6_client.RateLimitError: HTTP 429: Over the rate limit; back off exponentially before retrying.
        np6_client.APIStatusError: any other non-2xx status NP6 answers (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.
        np6_client.APITimeoutError: no answer within the call's timeout or deadline.
        np6_client.MalformedResponseError: a 2xx answer whose body is not what the spec describes.

    Returns:
        Response[list[str]]: status, headers, raw content and the parsed body.
    """

    response = await client.send_call(
        _CALL,
        _get_kwargs(
            id=id,
        ),
    )
    return _detailed(response)


async def asyncio(
    id: int,
    *,
    client: Client,
) -> list[str]:
    """Retrieve a segment's targets

    Deprecated: NP6 marks this operation as deprecated.

    `GET /segments/{id}/targets`.

    Args:
        id (int): The segment's id

    Raises:
        np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
        np6_client.AuthenticationError: HTTP 401: The `X-Key` header is missing or holds an unknown key.
        np6_client.NotFoundError: HTTP 404: No resource has this id (not printed in the public reference).
        np6_client.RateLimitError: HTTP 429: Over the rate limit; back off exponentially before retrying.
        np6_client.APIStatusError: any other non-2xx status NP6 answers (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.
        np6_client.APITimeoutError: no answer within the call's timeout or deadline.
        np6_client.MalformedResponseError: a 2xx answer whose body is not what the spec describes.

    Returns:
        list[str]
    """

    return _answer(
        await client.send_call(
            _CALL,
            _get_kwargs(
                id=id,
            ),
        )
    )


class ListSegmentTargetsOperation:
    """`GET /segments/{id}/targets` bound to a client, as `np6.segment.list_segment_targets`.

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
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> list[str]:
        """Retrieve a segment's targets

        Deprecated: NP6 marks this operation as deprecated.

        `GET /segments/{id}/targets`.

        Args:
            id (int): The segment's id

        Raises:
            np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
            np6_client.AuthenticationError: HTTP 401: The `X-Key` header is missing or holds an unknown key.
            np6_client.NotFoundError: HTTP 404: No resource has this id (not printed in the public reference).
            np6_client.RateLimitError: HTTP 429: Over the rate limit; back off exponentially before retrying.
            np6_client.APIStatusError: any other non-2xx status NP6 answers (a subclass per status).
            np6_client.APIConnectionError: the request could not be sent or its answer not read.
            np6_client.APITimeoutError: no answer within the call's timeout or deadline.
            np6_client.MalformedResponseError: a 2xx answer whose body is not what the spec describes.

        Returns:
            list[str]
        """

        return _answer(
            await self._client.send_call(
                _CALL,
                _get_kwargs(
                    id=id,
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
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Response[list[str]]:
        """The same call, answering `Response`: status, headers, `request_id`, raw bytes and the parsed body."""
        return _detailed(
            await self._client.send_call(
                _CALL,
                _get_kwargs(
                    id=id,
                ),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )
