import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import httpx

from ...._paths import path_segment
from ...._response import Response, to_response
from ...._streaming.whole_body import model_list
from ...._transport.call import Call
from ... import errors
from ...client import Client
from ...models.action_event import ActionEvent
from ...models.event_sort import EventSort
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._streaming.stream import EventStream


_CALL = Call(
    "GET",
    "/actions/{id}/events/hits/mirror",
    "list_action_mirror_hits",
    resumable=True,
    deprecated=False,
)


def _get_kwargs(
    id: str,
    *,
    start: datetime.datetime | int | Unset = UNSET,
    end: datetime.datetime | int | Unset = UNSET,
    sort: EventSort | Literal["asc", "desc"] | Unset = UNSET,
    classification: str | Unset = UNSET,
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

    params["classification"] = classification

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/actions/{id}/events/hits/mirror".format(
            id=path_segment(id, "str", "id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[ActionEvent]:
    try:
        if response.status_code == 200:
            return model_list(response, ActionEvent.from_dict)
    # Whatever a hostile body makes parsing raise (RecursionError and OverflowError too).
    except Exception as exc:
        raise errors.MalformedResponseError(response, repr(exc), cause=exc) from exc
    raise errors.UnexpectedStatus(
        response.status_code, response.content, response=response
    )


def _detailed(response: httpx.Response) -> Response[list[ActionEvent]]:
    return to_response(response, _parse_response(response))


def _answer(response: httpx.Response) -> list[ActionEvent]:
    return _parse_response(response)


async def asyncio_detailed(
    id: str,
    *,
    client: Client,
    start: datetime.datetime | int | Unset = UNSET,
    end: datetime.datetime | int | Unset = UNSET,
    sort: EventSort | Literal["asc", "desc"] | Unset = UNSET,
    classification: str | Unset = UNSET,
) -> Response[list[ActionEvent]]:
    """Retrieve mirror hit events of the specified action

    `GET /actions/{id}/events/hits/mirror`.

    Args:
        id (str): id of the action
        start (datetime.datetime | int | Unset): An ISO 8601 date-time (`string(date-time)` in the
            reference) or, as the reference's text allows, a timestamp in milliseconds since the Unix
            epoch.
        end (datetime.datetime | int | Unset): An ISO 8601 date-time (`string(date-time)` in the
            reference) or, as the reference's text allows, a timestamp in milliseconds since the Unix
            epoch.
        sort (EventSort | Unset):
        classification (str | Unset): robot classification filter, comma separated list e.g.
            genericrobot,mpp,gsr (mpp = Apple Mail Privacy Proxy, gsr = Google Security Robot)

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
        Response[list[ActionEvent]]: status, headers, raw content and the parsed body.
    """

    response = await client.send_call(
        _CALL,
        _get_kwargs(
            id=id,
            start=start,
            end=end,
            sort=sort,
            classification=classification,
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
    classification: str | Unset = UNSET,
) -> list[ActionEvent]:
    """Retrieve mirror hit events of the specified action

    `GET /actions/{id}/events/hits/mirror`.

    Args:
        id (str): id of the action
        start (datetime.datetime | int | Unset): An ISO 8601 date-time (`string(date-time)` in the
            reference) or, as the reference's text allows, a timestamp in milliseconds since the Unix
            epoch.
        end (datetime.datetime | int | Unset): An ISO 8601 date-time (`string(date-time)` in the
            reference) or, as the reference's text allows, a timestamp in milliseconds since the Unix
            epoch.
        sort (EventSort | Unset):
        classification (str | Unset): robot classification filter, comma separated list e.g.
            genericrobot,mpp,gsr (mpp = Apple Mail Privacy Proxy, gsr = Google Security Robot)

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
        list[ActionEvent]
    """

    return _answer(
        await client.send_call(
            _CALL,
            _get_kwargs(
                id=id,
                start=start,
                end=end,
                sort=sort,
                classification=classification,
            ),
        )
    )


def stream(
    id: str,
    *,
    client: Client,
    start: datetime.datetime | int | Unset = UNSET,
    end: datetime.datetime | int | Unset = UNSET,
    sort: EventSort | Literal["asc", "desc"] | Unset = UNSET,
    classification: str | Unset = UNSET,
) -> "EventStream[ActionEvent]":
    """Retrieve mirror hit events of the specified action

    `GET /actions/{id}/events/hits/mirror`, read incrementally: items are
    parsed as they arrive, so memory stays flat whatever the array's length.

    Args:
        id (str): id of the action
        start (datetime.datetime | int | Unset): An ISO 8601 date-time (`string(date-time)` in the
            reference) or, as the reference's text allows, a timestamp in milliseconds since the Unix
            epoch.
        end (datetime.datetime | int | Unset): An ISO 8601 date-time (`string(date-time)` in the
            reference) or, as the reference's text allows, a timestamp in milliseconds since the Unix
            epoch.
        sort (EventSort | Unset):
        classification (str | Unset): robot classification filter, comma separated list e.g.
            genericrobot,mpp,gsr (mpp = Apple Mail Privacy Proxy, gsr = Google Security Robot)

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
        EventStream[ActionEvent]: use with `async for`, optionally inside `async with`.
    """

    return client.stream_call(
        _CALL,
        _get_kwargs(
            id=id,
            start=start,
            end=end,
            sort=sort,
            classification=classification,
        ),
        ActionEvent.from_dict,
    )


class ListActionMirrorHitsOperation:
    """`GET /actions/{id}/events/hits/mirror` bound to a client, as `np6.email_sms.list_action_mirror_hits`.

    Await it for the parsed body; `.detailed(...)` also gives the status, headers and
    `request_id`; `.stream(...)` yields the items as they arrive.
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
        classification: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> list[ActionEvent]:
        """Retrieve mirror hit events of the specified action

        `GET /actions/{id}/events/hits/mirror`.

        Args:
            id (str): id of the action
            start (datetime.datetime | int | Unset): An ISO 8601 date-time (`string(date-time)` in the
                reference) or, as the reference's text allows, a timestamp in milliseconds since the Unix
                epoch.
            end (datetime.datetime | int | Unset): An ISO 8601 date-time (`string(date-time)` in the
                reference) or, as the reference's text allows, a timestamp in milliseconds since the Unix
                epoch.
            sort (EventSort | Unset):
            classification (str | Unset): robot classification filter, comma separated list e.g.
                genericrobot,mpp,gsr (mpp = Apple Mail Privacy Proxy, gsr = Google Security Robot)

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
            list[ActionEvent]
        """

        return _answer(
            await self._client.send_call(
                _CALL,
                _get_kwargs(
                    id=id,
                    start=start,
                    end=end,
                    sort=sort,
                    classification=classification,
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
        classification: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Response[list[ActionEvent]]:
        """The same call, answering `Response`: status, headers, `request_id`, raw bytes and the parsed body."""
        return _detailed(
            await self._client.send_call(
                _CALL,
                _get_kwargs(
                    id=id,
                    start=start,
                    end=end,
                    sort=sort,
                    classification=classification,
                ),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

    def stream(
        self,
        id: str,
        *,
        start: datetime.datetime | int | Unset = UNSET,
        end: datetime.datetime | int | Unset = UNSET,
        sort: EventSort | Literal["asc", "desc"] | Unset = UNSET,
        classification: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> "EventStream[ActionEvent]":
        """The items of the answer, parsed one by one as they arrive (flat memory); use with `async for`."""
        return self._client.stream_call(
            _CALL,
            _get_kwargs(
                id=id,
                start=start,
                end=end,
                sort=sort,
                classification=classification,
            ),
            ActionEvent.from_dict,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
