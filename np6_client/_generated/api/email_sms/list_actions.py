import datetime
from collections.abc import Mapping
from typing import Any

import httpx

from ...._response import Response, to_response
from ...._streaming.whole_body import model_list
from ...._transport.call import Call
from ... import errors
from ...client import Client
from ...models.action_summary import ActionSummary
from ...types import UNSET, Unset

_CALL = Call(
    "GET",
    "/actions",
    "list_actions",
    resumable=False,
    deprecated=True,
)


def _get_kwargs(
    *,
    creation_start: datetime.datetime | None | Unset = UNSET,
    creation_end: datetime.datetime | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_creation_start: None | str | Unset
    if isinstance(creation_start, Unset):
        json_creation_start = UNSET
    elif isinstance(creation_start, datetime.datetime):
        json_creation_start = creation_start.isoformat()
    else:
        json_creation_start = creation_start
    params["creation_start"] = json_creation_start

    json_creation_end: None | str | Unset
    if isinstance(creation_end, Unset):
        json_creation_end = UNSET
    elif isinstance(creation_end, datetime.datetime):
        json_creation_end = creation_end.isoformat()
    else:
        json_creation_end = creation_end
    params["creation_end"] = json_creation_end

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/actions",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[ActionSummary]:
    try:
        if response.status_code == 200:
            return model_list(response, ActionSummary.from_dict)
    # Whatever a hostile body makes parsing raise (RecursionError and OverflowError too).
    except Exception as exc:
        raise errors.MalformedResponseError(response, repr(exc), cause=exc) from exc
    raise errors.UnexpectedStatus(
        response.status_code, response.content, response=response
    )


def _detailed(response: httpx.Response) -> Response[list[ActionSummary]]:
    return to_response(response, _parse_response(response))


def _answer(response: httpx.Response) -> list[ActionSummary]:
    return _parse_response(response)


async def asyncio_detailed(
    *,
    client: Client,
    creation_start: datetime.datetime | None | Unset = UNSET,
    creation_end: datetime.datetime | None | Unset = UNSET,
) -> Response[list[ActionSummary]]:
    """Retrieve all actions

    Deprecated: NP6 marks this operation as deprecated.

    `GET /actions`.

    Args:
        creation_start (datetime.datetime | None | Unset): keep actions created at or after this
            date (ISO date or timestamp)
        creation_end (datetime.datetime | None | Unset): keep actions created strictly before this
            date (ISO date or timestamp)

    Raises:
        np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
        np6_client.BadRequestError: HTTP 400: The request is invalid (not printed in the public reference).
        np6_client.AuthenticationError: HTTP 401: The `X-Key` header is missing or holds an unknown key.
        np6_client.RateLimitError: HTTP 429: Over the rate limit; back off exponentially before retrying.
        np6_client.APIStatusError: any other non-2xx status NP6 answers (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.
        np6_client.APITimeoutError: no answer within the call's timeout or deadline.
        np6_client.MalformedResponseError: a 2xx answer whose body is not what the spec describes.

    Returns:
        Response[list[ActionSummary]]: status, headers, raw content and the parsed body.
    """

    response = await client.send_call(
        _CALL,
        _get_kwargs(
            creation_start=creation_start,
            creation_end=creation_end,
        ),
    )
    return _detailed(response)


async def asyncio(
    *,
    client: Client,
    creation_start: datetime.datetime | None | Unset = UNSET,
    creation_end: datetime.datetime | None | Unset = UNSET,
) -> list[ActionSummary]:
    """Retrieve all actions

    Deprecated: NP6 marks this operation as deprecated.

    `GET /actions`.

    Args:
        creation_start (datetime.datetime | None | Unset): keep actions created at or after this
            date (ISO date or timestamp)
        creation_end (datetime.datetime | None | Unset): keep actions created strictly before this
            date (ISO date or timestamp)

    Raises:
        np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
        np6_client.BadRequestError: HTTP 400: The request is invalid (not printed in the public reference).
        np6_client.AuthenticationError: HTTP 401: The `X-Key` header is missing or holds an unknown key.
        np6_client.RateLimitError: HTTP 429: Over the rate limit; back off exponentially before retrying.
        np6_client.APIStatusError: any other non-2xx status NP6 answers (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.
        np6_client.APITimeoutError: no answer within the call's timeout or deadline.
        np6_client.MalformedResponseError: a 2xx answer whose body is not what the spec describes.

    Returns:
        list[ActionSummary]
    """

    return _answer(
        await client.send_call(
            _CALL,
            _get_kwargs(
                creation_start=creation_start,
                creation_end=creation_end,
            ),
        )
    )


class ListActionsOperation:
    """`GET /actions` bound to a client, as `np6.email_sms.list_actions`.

    Await it for the parsed body; `.detailed(...)` also gives the status, headers and
    `request_id`.
    Per-call options on each: `timeout`, `max_retries`, `extra_headers`, `extra_query`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def __call__(
        self,
        *,
        creation_start: datetime.datetime | None | Unset = UNSET,
        creation_end: datetime.datetime | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> list[ActionSummary]:
        """Retrieve all actions

        Deprecated: NP6 marks this operation as deprecated.

        `GET /actions`.

        Args:
            creation_start (datetime.datetime | None | Unset): keep actions created at or after this
                date (ISO date or timestamp)
            creation_end (datetime.datetime | None | Unset): keep actions created strictly before this
                date (ISO date or timestamp)

        Raises:
            np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
            np6_client.BadRequestError: HTTP 400: The request is invalid (not printed in the public reference).
            np6_client.AuthenticationError: HTTP 401: The `X-Key` header is missing or holds an unknown key.
            np6_client.RateLimitError: HTTP 429: Over the rate limit; back off exponentially before retrying.
            np6_client.APIStatusError: any other non-2xx status NP6 answers (a subclass per status).
            np6_client.APIConnectionError: the request could not be sent or its answer not read.
            np6_client.APITimeoutError: no answer within the call's timeout or deadline.
            np6_client.MalformedResponseError: a 2xx answer whose body is not what the spec describes.

        Returns:
            list[ActionSummary]
        """

        return _answer(
            await self._client.send_call(
                _CALL,
                _get_kwargs(
                    creation_start=creation_start,
                    creation_end=creation_end,
                ),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

    async def detailed(
        self,
        *,
        creation_start: datetime.datetime | None | Unset = UNSET,
        creation_end: datetime.datetime | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Response[list[ActionSummary]]:
        """The same call, answering `Response`: status, headers, `request_id`, raw bytes and the parsed body."""
        return _detailed(
            await self._client.send_call(
                _CALL,
                _get_kwargs(
                    creation_start=creation_start,
                    creation_end=creation_end,
                ),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )
