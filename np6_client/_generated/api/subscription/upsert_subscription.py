from collections.abc import Mapping
from typing import Any

import httpx

from ...._bodies import json_body
from ...._response import Response, to_response
from ...._streaming.whole_body import json_of
from ...._transport.call import Call
from ... import errors
from ...client import Client
from ...models.subscription import Subscription, SubscriptionDict

_CALL = Call(
    "PUT",
    "/subscriptions",
    "upsert_subscription",
    resumable=False,
    deprecated=False,
)


def _get_kwargs(
    *,
    body: Subscription | SubscriptionDict,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/subscriptions",
    }

    _kwargs["json"] = json_body(body, Subscription)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Subscription:
    try:
        if response.status_code == 200:
            response_200 = Subscription.from_dict(json_of(response))

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
    *,
    client: Client,
    body: Subscription | SubscriptionDict,
) -> Response[Subscription]:
    """Create or update a subscription

    Partial in the public reference: the success status is not printed; the status shown here is the one
    that carries the printed answer body.

    `PUT /subscriptions`.

    Args:
        body (Subscription): A push subscription of a contact to an application.

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
        Response[Subscription]: status, headers, raw content and the parsed body.
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
    body: Subscription | SubscriptionDict,
) -> Subscription:
    """Create or update a subscription

    Partial in the public reference: the success status is not printed; the status shown here is the one
    that carries the printed answer body.

    `PUT /subscriptions`.

    Args:
        body (Subscription): A push subscription of a contact to an application.

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
        Subscription
    """

    return _answer(
        await client.send_call(
            _CALL,
            _get_kwargs(
                body=body,
            ),
        )
    )


class UpsertSubscriptionOperation:
    """`PUT /subscriptions` bound to a client, as `np6.subscription.upsert_subscription`.

    Await it for the parsed body; `.detailed(...)` also gives the status, headers and
    `request_id`.
    Per-call options on each: `timeout`, `max_retries`, `extra_headers`, `extra_query`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def __call__(
        self,
        body: Subscription | SubscriptionDict,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Subscription:
        """Create or update a subscription

        Partial in the public reference: the success status is not printed; the status shown here is the one
        that carries the printed answer body.

        `PUT /subscriptions`.

        Args:
            body (Subscription): A push subscription of a contact to an application.

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
            Subscription
        """

        return _answer(
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
        body: Subscription | SubscriptionDict,
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
                    body=body,
                ),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )
