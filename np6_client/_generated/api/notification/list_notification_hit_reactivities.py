import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ...._response import Response, to_response
from ...._streaming.whole_body import model_list
from ...._transport.call import Call
from ... import errors
from ...client import Client
from ...models.notification_event import NotificationEvent
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._streaming.stream import EventStream


_CALL = Call(
    "GET",
    "/notifications/reactivities/hits",
    "list_notification_hit_reactivities",
    resumable=False,
    deprecated=False,
)


def _get_kwargs(
    *,
    activation_start: datetime.datetime | int | Unset = UNSET,
    activation_end: datetime.datetime | int | Unset = UNSET,
    reactivity_start: datetime.datetime | int | Unset = UNSET,
    reactivity_end: datetime.datetime | int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_activation_start: int | str | Unset
    if isinstance(activation_start, Unset):
        json_activation_start = UNSET
    elif isinstance(activation_start, datetime.datetime):
        json_activation_start = activation_start.isoformat()
    else:
        json_activation_start = activation_start
    params["activationStart"] = json_activation_start

    json_activation_end: int | str | Unset
    if isinstance(activation_end, Unset):
        json_activation_end = UNSET
    elif isinstance(activation_end, datetime.datetime):
        json_activation_end = activation_end.isoformat()
    else:
        json_activation_end = activation_end
    params["activationEnd"] = json_activation_end

    json_reactivity_start: int | str | Unset
    if isinstance(reactivity_start, Unset):
        json_reactivity_start = UNSET
    elif isinstance(reactivity_start, datetime.datetime):
        json_reactivity_start = reactivity_start.isoformat()
    else:
        json_reactivity_start = reactivity_start
    params["reactivityStart"] = json_reactivity_start

    json_reactivity_end: int | str | Unset
    if isinstance(reactivity_end, Unset):
        json_reactivity_end = UNSET
    elif isinstance(reactivity_end, datetime.datetime):
        json_reactivity_end = reactivity_end.isoformat()
    else:
        json_reactivity_end = reactivity_end
    params["reactivityEnd"] = json_reactivity_end

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/notifications/reactivities/hits",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[NotificationEvent]:
    try:
        if response.status_code == 200:
            return model_list(response, NotificationEvent.from_dict)
    # Whatever a hostile body makes parsing raise (RecursionError and OverflowError too).
    except Exception as exc:
        raise errors.MalformedResponseError(response, repr(exc), cause=exc) from exc
    raise errors.UnexpectedStatus(
        response.status_code, response.content, response=response
    )


def _detailed(response: httpx.Response) -> Response[list[NotificationEvent]]:
    return to_response(response, _parse_response(response))


def _answer(response: httpx.Response) -> list[NotificationEvent]:
    return _parse_response(response)


async def asyncio_detailed(
    *,
    client: Client,
    activation_start: datetime.datetime | int | Unset = UNSET,
    activation_end: datetime.datetime | int | Unset = UNSET,
    reactivity_start: datetime.datetime | int | Unset = UNSET,
    reactivity_end: datetime.datetime | int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[list[NotificationEvent]]:
    """Retrieve "hit" reactivities of all notifications

    Partial in the public reference: the events are printed through a cut example only.

    `GET /notifications/reactivities/hits`.

    Args:
        activation_start (datetime.datetime | int | Unset): An ISO 8601 date-time (`string(date-
            time)` in the reference) or, as the reference's text allows, a timestamp in milliseconds
            since the Unix epoch.
        activation_end (datetime.datetime | int | Unset): An ISO 8601 date-time (`string(date-
            time)` in the reference) or, as the reference's text allows, a timestamp in milliseconds
            since the Unix epoch.
        reactivity_start (datetime.datetime | int | Unset): An ISO 8601 date-time (`string(date-
            time)` in the reference) or, as the reference's text allows, a timestamp in milliseconds
            since the Unix epoch.
        reactivity_end (datetime.datetime | int | Unset): An ISO 8601 date-time (`string(date-
            time)` in the reference) or, as the reference's text allows, a timestamp in milliseconds
            since the Unix epoch.
        sort (str | Unset): Defines a sort order applied on events timestamp (`asc` in the
            reference's sample; its values are not listed for notification reactivities, so any string
            is accepted). Without it the order is not guaranteed between two requests.

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
        Response[list[NotificationEvent]]: status, headers, raw content and the parsed body.
    """

    response = await client.send_call(
        _CALL,
        _get_kwargs(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        ),
    )
    return _detailed(response)


async def asyncio(
    *,
    client: Client,
    activation_start: datetime.datetime | int | Unset = UNSET,
    activation_end: datetime.datetime | int | Unset = UNSET,
    reactivity_start: datetime.datetime | int | Unset = UNSET,
    reactivity_end: datetime.datetime | int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> list[NotificationEvent]:
    """Retrieve "hit" reactivities of all notifications

    Partial in the public reference: the events are printed through a cut example only.

    `GET /notifications/reactivities/hits`.

    Args:
        activation_start (datetime.datetime | int | Unset): An ISO 8601 date-time (`string(date-
            time)` in the reference) or, as the reference's text allows, a timestamp in milliseconds
            since the Unix epoch.
        activation_end (datetime.datetime | int | Unset): An ISO 8601 date-time (`string(date-
            time)` in the reference) or, as the reference's text allows, a timestamp in milliseconds
            since the Unix epoch.
        reactivity_start (datetime.datetime | int | Unset): An ISO 8601 date-time (`string(date-
            time)` in the reference) or, as the reference's text allows, a timestamp in milliseconds
            since the Unix epoch.
        reactivity_end (datetime.datetime | int | Unset): An ISO 8601 date-time (`string(date-
            time)` in the reference) or, as the reference's text allows, a timestamp in milliseconds
            since the Unix epoch.
        sort (str | Unset): Defines a sort order applied on events timestamp (`asc` in the
            reference's sample; its values are not listed for notification reactivities, so any string
            is accepted). Without it the order is not guaranteed between two requests.

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
        list[NotificationEvent]
    """

    return _answer(
        await client.send_call(
            _CALL,
            _get_kwargs(
                activation_start=activation_start,
                activation_end=activation_end,
                reactivity_start=reactivity_start,
                reactivity_end=reactivity_end,
                sort=sort,
            ),
        )
    )


def stream(
    *,
    client: Client,
    activation_start: datetime.datetime | int | Unset = UNSET,
    activation_end: datetime.datetime | int | Unset = UNSET,
    reactivity_start: datetime.datetime | int | Unset = UNSET,
    reactivity_end: datetime.datetime | int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> "EventStream[NotificationEvent]":
    """Retrieve "hit" reactivities of all notifications

    Partial in the public reference: the events are printed through a cut example only.

    `GET /notifications/reactivities/hits`, read incrementally: items are
    parsed as they arrive, so memory stays flat whatever the array's length.

    Args:
        activation_start (datetime.datetime | int | Unset): An ISO 8601 date-time (`string(date-
            time)` in the reference) or, as the reference's text allows, a timestamp in milliseconds
            since the Unix epoch.
        activation_end (datetime.datetime | int | Unset): An ISO 8601 date-time (`string(date-
            time)` in the reference) or, as the reference's text allows, a timestamp in milliseconds
            since the Unix epoch.
        reactivity_start (datetime.datetime | int | Unset): An ISO 8601 date-time (`string(date-
            time)` in the reference) or, as the reference's text allows, a timestamp in milliseconds
            since the Unix epoch.
        reactivity_end (datetime.datetime | int | Unset): An ISO 8601 date-time (`string(date-
            time)` in the reference) or, as the reference's text allows, a timestamp in milliseconds
            since the Unix epoch.
        sort (str | Unset): Defines a sort order applied on events timestamp (`asc` in the
            reference's sample; its values are not listed for notification reactivities, so any string
            is accepted). Without it the order is not guaranteed between two requests.

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
        EventStream[NotificationEvent]: use with `async for`, optionally inside `async with`.
    """

    return client.stream_call(
        _CALL,
        _get_kwargs(
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        ),
        NotificationEvent.from_dict,
    )


class ListNotificationHitReactivitiesOperation:
    """`GET /notifications/reactivities/hits` bound to a client, as `np6.notification.list_notification_hit_reactivities`.

    Await it for the parsed body; `.detailed(...)` also gives the status, headers and
    `request_id`; `.stream(...)` yields the items as they arrive.
    Per-call options on each: `timeout`, `max_retries`, `extra_headers`, `extra_query`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def __call__(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> list[NotificationEvent]:
        """Retrieve "hit" reactivities of all notifications

        Partial in the public reference: the events are printed through a cut example only.

        `GET /notifications/reactivities/hits`.

        Args:
            activation_start (datetime.datetime | int | Unset): An ISO 8601 date-time (`string(date-
                time)` in the reference) or, as the reference's text allows, a timestamp in milliseconds
                since the Unix epoch.
            activation_end (datetime.datetime | int | Unset): An ISO 8601 date-time (`string(date-
                time)` in the reference) or, as the reference's text allows, a timestamp in milliseconds
                since the Unix epoch.
            reactivity_start (datetime.datetime | int | Unset): An ISO 8601 date-time (`string(date-
                time)` in the reference) or, as the reference's text allows, a timestamp in milliseconds
                since the Unix epoch.
            reactivity_end (datetime.datetime | int | Unset): An ISO 8601 date-time (`string(date-
                time)` in the reference) or, as the reference's text allows, a timestamp in milliseconds
                since the Unix epoch.
            sort (str | Unset): Defines a sort order applied on events timestamp (`asc` in the
                reference's sample; its values are not listed for notification reactivities, so any string
                is accepted). Without it the order is not guaranteed between two requests.

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
            list[NotificationEvent]
        """

        return _answer(
            await self._client.send_call(
                _CALL,
                _get_kwargs(
                    activation_start=activation_start,
                    activation_end=activation_end,
                    reactivity_start=reactivity_start,
                    reactivity_end=reactivity_end,
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
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Response[list[NotificationEvent]]:
        """The same call, answering `Response`: status, headers, `request_id`, raw bytes and the parsed body."""
        return _detailed(
            await self._client.send_call(
                _CALL,
                _get_kwargs(
                    activation_start=activation_start,
                    activation_end=activation_end,
                    reactivity_start=reactivity_start,
                    reactivity_end=reactivity_end,
                    sort=sort,
                ),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

    def stream(
        self,
        *,
        activation_start: datetime.datetime | int | Unset = UNSET,
        activation_end: datetime.datetime | int | Unset = UNSET,
        reactivity_start: datetime.datetime | int | Unset = UNSET,
        reactivity_end: datetime.datetime | int | Unset = UNSET,
        sort: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> "EventStream[NotificationEvent]":
        """The items of the answer, parsed one by one as they arrive (flat memory); use with `async for`."""
        return self._client.stream_call(
            _CALL,
            _get_kwargs(
                activation_start=activation_start,
                activation_end=activation_end,
                reactivity_start=reactivity_start,
                reactivity_end=reactivity_end,
                sort=sort,
            ),
            NotificationEvent.from_dict,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
