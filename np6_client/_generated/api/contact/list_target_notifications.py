import datetime
from collections.abc import Mapping
from typing import Any, Literal

import httpx

from ...._paths import path_segment
from ...._response import Response, to_response
from ...._streaming.whole_body import model_list
from ...._transport.call import Call
from ... import errors
from ...client import Client
from ...models.event_sort import EventSort
from ...models.target_notification import TargetNotification
from ...types import UNSET, Unset

_CALL = Call(
    "GET",
    "/targets/{id}/notifications",
    "list_target_notifications",
    resumable=False,
    deprecated=False,
)


def _get_kwargs(
    id: str,
    *,
    start: datetime.datetime | int | Unset = UNSET,
    end: datetime.datetime | int | Unset = UNSET,
    sort: EventSort | Literal["asc", "desc"] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start: int | str | Unset
    if isinstance(start, Unset):
        json_start = UNSET
    elif isinstance(start, datetime.datetime):
        json_start = start.isoformat()
    else:
        json_start = start
    params["start"] = json_start

    json_end: int | str | Unset
    if isinstance(end, Unset):
        json_end = UNSET
    elif isinstance(end, datetime.datetime):
        json_end = end.isoformat()
    else:
        json_end = end
    params["end"] = json_end

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = EventSort.coerce(sort, "sort").value
    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/targets/{id}/notifications".format(
            id=path_segment(id, "str", "id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[TargetNotification]:
    try:
        if response.status_code == 200:
            return model_list(response, TargetNotification.from_dict)
    # Whatever a hostile body makes parsing raise (RecursionError and OverflowError too).
    except Exception as exc:
        raise errors.MalformedResponseError(response, repr(exc), cause=exc) from exc
    raise errors.UnexpectedStatus(
        response.status_code, response.content, response=response
    )


def _detailed(response: httpx.Response) -> Response[list[TargetNotification]]:
    return to_response(response, _parse_response(response))


def _answer(response: httpx.Response) -> list[TargetNotification]:
    return _parse_response(response)


async def asyncio_detailed(
    id: str,
    *,
    client: Client,
    start: datetime.datetime | int | Unset = UNSET,
    end: datetime.datetime | int | Unset = UNSET,
    sort: EventSort | Literal["asc", "desc"] | Unset = UNSET,
) -> Response[list[TargetNotification]]:
    """Retrieve notifications routed by target (experimental)

    Experimental: NP6 marks this operation as experimental; it may change.

    Partial in the public reference: the members of the answered items are printed only up to
    `redirection`; further members stay open.

    `GET /targets/{id}/notifications`.

    Args:
        id (str): target id
        start (datetime.datetime | int | Unset): An ISO 8601 date-time (`string(date-time)` in the
            reference) or, as the reference's text allows, a timestamp in milliseconds since the Unix
            epoch.
        end (datetime.datetime | int | Unset): An ISO 8601 date-time (`string(date-time)` in the
            reference) or, as the reference's text allows, a timestamp in milliseconds since the Unix
            epoch.
        sort (EventSort | Unset):

    Raises:
        np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
        np6_client.BadRequestError: HTTP 400: The request is invalid (not printed in the public reference).
        np6_client.AuthenticationError: HTTP 401: The `X-Key` header is missing or holds an unknown key.
        np6_client.NotFoundError: HTTP 404: No resource has this id (not printed in the public reference).
        np6_client.RateLimitError: HTTP 429: Over the rate limit; back off exponentially before retrying.
        np6_client.APIStatusError: any other non-2xx status NP6 answers (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.
        np6_client.APITimeoutError: no answer within the call's timeout or deadline.
        np6_client.MalformedResponseError: a 2xx answer whose body is not what the spec describes.

    Returns:
        Response[list[TargetNotification]]: status, headers, raw content and the parsed body.
    """

    response = await client.send_call(
        _CALL,
        _get_kwargs(
            id=id,
            start=start,
            end=end,
            sort=sort,
        ),
    )
    return _detailed(response)


async def asyncio(
    id: str,
    *,
    client: Client,
    start: datetime.datetime | int | Unset = UNSET,
    end: datetime.datetime | int | Unset = UNSET,
    sort: EventSort | Literal["asc", "desc"] | Unset = UNSET,
) -> list[TargetNotification]:
    """Retrieve notifications routed by target (experimental)

    Experimental: NP6 marks this operation as experimental; it may change.

    Partial in the public reference: the members of the answered items are printed only up to
    `redirection`; further members stay open.

    `GET /targets/{id}/notifications`.

    Args:
        id (str): target id
        start (datetime.datetime | int | Unset): An ISO 8601 date-time (`string(date-time)` in the
            reference) or, as the reference's text allows, a timestamp in milliseconds since the Unix
            epoch.
        end (datetime.datetime | int | Unset): An ISO 8601 date-time (`string(date-time)` in the
            reference) or, as the reference's text allows, a timestamp in milliseconds since the Unix
            epoch.
        sort (EventSort | Unset):

    Raises:
        np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
        np6_client.BadRequestError: HTTP 400: The request is invalid (not printed in the public reference).
        np6_client.AuthenticationError: HTTP 401: The `X-Key` header is missing or holds an unknown key.
        np6_client.NotFoundError: HTTP 404: No resource has this id (not printed in the public reference).
        np6_client.RateLimitError: HTTP 429: Over the rate limit; back off exponentially before retrying.
        np6_client.APIStatusError: any other non-2xx status NP6 answers (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.
        np6_client.APITimeoutError: no answer within the call's timeout or deadline.
        np6_client.MalformedResponseError: a 2xx answer whose body is not what the spec describes.

    Returns:
        list[TargetNotification]
    """

    return _answer(
        await client.send_call(
            _CALL,
            _get_kwargs(
                id=id,
                start=start,
                end=end,
                sort=sort,
            ),
        )
    )


class ListTargetNotificationsOperation:
    """`GET /targets/{id}/notifications` bound to a client, as `np6.contact.list_target_notifications`.

    Await it for the parsed body; `.detailed(...)` also gives the status, headers and
    `request_id`.
    Per-call options on each: `timeout`, `max_retries`, `extra_headers`, `extra_query`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def __call__(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSort | Literal["asc", "desc"] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> list[TargetNotification]:
        """Retrieve notifications routed by target (experimental)

        Experimental: NP6 marks this operation as experimental; it may change.

        Partial in the public reference: the members of the answered items are printed only up to
        `redirection`; further members stay open.

        `GET /targets/{id}/notifications`.

        Args:
            id (str): target id
            start (datetime.datetime | int | Unset): An ISO 8601 date-time (`string(date-time)` in the
                reference) or, as the reference's text allows, a timestamp in milliseconds since the Unix
                epoch.
            end (datetime.datetime | int | Unset): An ISO 8601 date-time (`string(date-time)` in the
                reference) or, as the reference's text allows, a timestamp in milliseconds since the Unix
                epoch.
            sort (EventSort | Unset):

        Raises:
            np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
            np6_client.BadRequestError: HTTP 400: The request is invalid (not printed in the public reference).
            np6_client.AuthenticationError: HTTP 401: The `X-Key` header is missing or holds an unknown key.
            np6_client.NotFoundError: HTTP 404: No resource has this id (not printed in the public reference).
            np6_client.RateLimitError: HTTP 429: Over the rate limit; back off exponentially before retrying.
            np6_client.APIStatusError: any other non-2xx status NP6 answers (a subclass per status).
            np6_client.APIConnectionError: the request could not be sent or its answer not read.
            np6_client.APITimeoutError: no answer within the call's timeout or deadline.
            np6_client.MalformedResponseError: a 2xx answer whose body is not what the spec describes.

        Returns:
            list[TargetNotification]
        """

        return _answer(
            await self._client.send_call(
                _CALL,
                _get_kwargs(
                    id=id,
                    start=start,
                    end=end,
                    sort=sort,
                ),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

    async def detailed(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSort | Literal["asc", "desc"] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Response[list[TargetNotification]]:
        """The same call, answering `Response`: status, headers, `request_id`, raw bytes and the parsed body."""
        return _detailed(
            await self._client.send_call(
                _CALL,
                _get_kwargs(
                    id=id,
                    start=start,
                    end=end,
                    sort=sort,
                ),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )
