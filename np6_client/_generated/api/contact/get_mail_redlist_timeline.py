import datetime
from collections.abc import Mapping
from typing import Any

import httpx

from ...._response import Response, to_response
from ...._transport.call import Call
from ... import errors
from ...client import Client
from ...types import UNSET, Unset

_CALL = Call(
    "GET",
    "/targets/redlist/mail",
    "get_mail_redlist_timeline",
    resumable=False,
    deprecated=False,
)


def _get_kwargs(
    *,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date: None | str | Unset
    if isinstance(start_date, Unset):
        json_start_date = UNSET
    elif isinstance(start_date, datetime.datetime):
        json_start_date = start_date.isoformat()
    else:
        json_start_date = start_date
    params["startDate"] = json_start_date

    json_end_date: None | str | Unset
    if isinstance(end_date, Unset):
        json_end_date = UNSET
    elif isinstance(end_date, datetime.datetime):
        json_end_date = end_date.isoformat()
    else:
        json_end_date = end_date
    params["endDate"] = json_end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/targets/redlist/mail",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    try:
        if response.status_code == 204:
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
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
) -> Response[None]:
    """Retrieve the mail redlist timeline

    Timeline of the mail redlist between optional start and end dates. Partial in the public reference:
    only the `No Content` answer is printed.

    `GET /targets/redlist/mail`.

    Args:
        start_date (datetime.datetime | None | Unset): start date of the timeline query (optional)
        end_date (datetime.datetime | None | Unset): end date of the timeline query (optional)

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
        Response[None]: status, headers, raw content and the parsed body.
    """

    response = await client.send_call(
        _CALL,
        _get_kwargs(
            start_date=start_date,
            end_date=end_date,
        ),
    )
    return _detailed(response)


async def asyncio(
    *,
    client: Client,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
) -> None:
    """Retrieve the mail redlist timeline

    Timeline of the mail redlist between optional start and end dates. Partial in the public reference:
    only the `No Content` answer is printed.

    `GET /targets/redlist/mail`.

    Args:
        start_date (datetime.datetime | None | Unset): start date of the timeline query (optional)
        end_date (datetime.datetime | None | Unset): end date of the timeline query (optional)

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
        None
    """

    _answer(
        await client.send_call(
            _CALL,
            _get_kwargs(
                start_date=start_date,
                end_date=end_date,
            ),
        )
    )


class GetMailRedlistTimelineOperation:
    """`GET /targets/redlist/mail` bound to a client, as `np6.contact.get_mail_redlist_timeline`.

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
        start_date: datetime.datetime | None | Unset = UNSET,
        end_date: datetime.datetime | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> None:
        """Retrieve the mail redlist timeline

        Timeline of the mail redlist between optional start and end dates. Partial in the public reference:
        only the `No Content` answer is printed.

        `GET /targets/redlist/mail`.

        Args:
            start_date (datetime.datetime | None | Unset): start date of the timeline query (optional)
            end_date (datetime.datetime | None | Unset): end date of the timeline query (optional)

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
            None
        """

        _answer(
            await self._client.send_call(
                _CALL,
                _get_kwargs(
                    start_date=start_date,
                    end_date=end_date,
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
        start_date: datetime.datetime | None | Unset = UNSET,
        end_date: datetime.datetime | None | Unset = UNSET,
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
                    start_date=start_date,
                    end_date=end_date,
                ),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )
