import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import httpx

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
    "/actions/reactivities/hits/open",
    "list_action_open_hit_reactivities",
    resumable=False,
    deprecated=False,
)


def _get_kwargs(
    *,
    activation_start: datetime.datetime | Unset = UNSET,
    activation_end: datetime.datetime | Unset = UNSET,
    reactivity_start: datetime.datetime | Unset = UNSET,
    reactivity_end: datetime.datetime | Unset = UNSET,
    sort: EventSort | Literal["asc", "desc"] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_activation_start: str | Unset = UNSET
    if not isinstance(activation_start, Unset):
        json_activation_start = activation_start.isoformat()
    params["activationStart"] = json_activation_start

    json_activation_end: str | Unset = UNSET
    if not isinstance(activation_end, Unset):
        json_activation_end = activation_end.isoformat()
    params["activationEnd"] = json_activation_end

    json_reactivity_start: str | Unset = UNSET
    if not isinstance(reactivity_start, Unset):
        json_reactivity_start = reactivity_start.isoformat()
    params["reactivityStart"] = json_reactivity_start

    json_reactivity_end: str | Unset = UNSET
    if not isinstance(reactivity_end, Unset):
        json_reactivity_end = reactivity_end.isoformat()
    params["reactivityEnd"] = json_reactivity_end

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = EventSort.coerce(sort, "sort").value
    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/actions/reactivities/hits/open",
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
    *,
    client: Client,
    activation_start: datetime.datetime | Unset = UNSET,
    activation_end: datetime.datetime | Unset = UNSET,
    reactivity_start: datetime.datetime | Unset = UNSET,
    reactivity_end: datetime.datetime | Unset = UNSET,
    sort: EventSort | Literal["asc", "desc"] | Unset = UNSET,
) -> Response[list[ActionEvent]]:
    """Retrieve open "hit" reactivities of all marketing actions

    `GET /actions/reactivities/hits/open`.

    Args:
        activation_start (datetime.datetime | Unset): keep events whose activation is at or after
            this time
        activation_end (datetime.datetime | Unset): keep events whose activation is strictly
            before this time
        reactivity_start (datetime.datetime | Unset): keep events at or after this time
        reactivity_end (datetime.datetime | Unset): end filter on the reactivity
        sort (EventSort | Unset):

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
        Response[list[ActionEvent]]: status, headers, raw content and the parsed body.
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
    activation_start: datetime.datetime | Unset = UNSET,
    activation_end: datetime.datetime | Unset = UNSET,
    reactivity_start: datetime.datetime | Unset = UNSET,
    reactivity_end: datetime.datetime | Unset = UNSET,
    sort: EventSort | Literal["asc", "desc"] | Unset = UNSET,
) -> list[ActionEvent]:
    """Retrieve open "hit" reactivities of all marketing actions

    `GET /actions/reactivities/hits/open`.

    Args:
        activation_start (datetime.datetime | Unset): keep events whose activation is at or after
            this time
        activation_end (datetime.datetime | Unset): keep events whose activation is strictly
            before this time
        reactivity_start (datetime.datetime | Unset): keep events at or after this time
        reactivity_end (datetime.datetime | Unset): end filter on the reactivity
        sort (EventSort | Unset):

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
        list[ActionEvent]
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
    activation_start: datetime.datetime | Unset = UNSET,
    activation_end: datetime.datetime | Unset = UNSET,
    reactivity_start: datetime.datetime | Unset = UNSET,
    reactivity_end: datetime.datetime | Unset = UNSET,
    sort: EventSort | Literal["asc", "desc"] | Unset = UNSET,
) -> "EventStream[ActionEvent]":
    """Retrieve open "hit" reactivities of all marketing actions

    `GET /actions/reactivities/hits/open`, read incrementally: items are
    parsed as they arrive, so memory stays flat whatever the array's length.

    Args:
        activation_start (datetime.datetime | Unset): keep events whose activation is at or after
            this time
        activation_end (datetime.datetime | Unset): keep events whose activation is strictly
            before this time
        reactivity_start (datetime.datetime | Unset): keep events at or after this time
        reactivity_end (datetime.datetime | Unset): end filter on the reactivity
        sort (EventSort | Unset):

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
        EventStream[ActionEvent]: use with `async for`, optionally inside `async with`.
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
        ActionEvent.from_dict,
    )


class ListActionOpenHitReactivitiesOperation:
    """`GET /actions/reactivities/hits/open` bound to a client, as `np6.email_sms.list_action_open_hit_reactivities`.

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
        activation_start: datetime.datetime | Unset = UNSET,
        activation_end: datetime.datetime | Unset = UNSET,
        reactivity_start: datetime.datetime | Unset = UNSET,
        reactivity_end: datetime.datetime | Unset = UNSET,
        sort: EventSort | Literal["asc", "desc"] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> list[ActionEvent]:
        """Retrieve open "hit" reactivities of all marketing actions

        `GET /actions/reactivities/hits/open`.

        Args:
            activation_start (datetime.datetime | Unset): keep events whose activation is at or after
                this time
            activation_end (datetime.datetime | Unset): keep events whose activation is strictly
                before this time
            reactivity_start (datetime.datetime | Unset): keep events at or after this time
            reactivity_end (datetime.datetime | Unset): end filter on the reactivity
            sort (EventSort | Unset):

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
            list[ActionEvent]
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
        activation_start: datetime.datetime | Unset = UNSET,
        activation_end: datetime.datetime | Unset = UNSET,
        reactivity_start: datetime.datetime | Unset = UNSET,
        reactivity_end: datetime.datetime | Unset = UNSET,
        sort: EventSort | Literal["asc", "desc"] | Unset = UNSET,
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
        activation_start: datetime.datetime | Unset = UNSET,
        activation_end: datetime.datetime | Unset = UNSET,
        reactivity_start: datetime.datetime | Unset = UNSET,
        reactivity_end: datetime.datetime | Unset = UNSET,
        sort: EventSort | Literal["asc", "desc"] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> "EventStream[ActionEvent]":
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
            ActionEvent.from_dict,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
