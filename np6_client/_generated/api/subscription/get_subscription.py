from collections.abc import Mapping
from typing import Any

import httpx

from ...._call import Call
from ...._paths import path_segment
from ...._response import Response, to_response
from ... import errors
from ...client import Client
from ...models.subscription import Subscription

_CALL = Call(
    "GET",
    "/subscriptions/{id}",
    "get_subscription",
    resumable=False,
    deprecated=False,
)


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscriptions/{id}".format(
            id=path_segment(id, "str", "id"),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Subscription:
    try:
        if response.status_code == 200:
            response_200 = Subscription.from_dict(response.json())

            return response_200

    # Whatever a hostile body makes parsing raise (RecursionError and OverflowError too).
    except Exception as exc:
        raise errors.MalformedResponseError(response, repr(exc), cause=exc) from exc
    raise errors.UnexpectedStatus(
        response.status_code, response.content, response=response
    )


def _detailed(response: httpx.Response) -> Response[Subscription]:
    return to_response(response, _parse_response(response))


def _answer(response: httpx.Response) -> Subscription:
    return _parse_response(response)


async def asyncio_detailed(
    id: str,
    *,
    client: Client,
) -> Response[Subscription]:
    """Retrieve the specified subscription

    `GET /subscriptions/{id}`.

    Args:
        id (str): id of the subscription to retrieve

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[Subscription]: status, headers, raw content and the parsed body.
    """

    response = await client.send_call(
        _CALL,
        _get_kwargs(
            id=id,
        ),
    )
    return _detailed(response)


async def asyncio(
    id: str,
    *,
    client: Client,
) -> Subscription:
    """Retrieve the specified subscription

    `GET /subscriptions/{id}`.

    Args:
        id (str): id of the subscription to retrieve

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Subscription
    """

    return _answer(
        await client.send_call(
            _CALL,
            _get_kwargs(
                id=id,
            ),
        )
    )


class GetSubscriptionOperation:
    """`GET /subscriptions/{id}` bound to a client, as `np6.subscription.get_subscription`.

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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Subscription:
        """Retrieve the specified subscription

        `GET /subscriptions/{id}`.

        Args:
            id (str): id of the subscription to retrieve

        Raises:
            np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
            np6_client.APIConnectionError: the request could not be sent or its answer not read.

        Returns:
            Subscription
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
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Response[Subscription]:
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
