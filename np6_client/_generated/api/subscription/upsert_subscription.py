from collections.abc import Mapping
from typing import Any

import httpx

from ...._bodies import json_body
from ... import errors
from ...client import AuthenticatedClient, BindingClient, Client
from ...models.subscription import Subscription, SubscriptionDict
from ...types import Response, http_status


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
            response_200 = Subscription.from_dict(response.json())

            return response_200

    # Whatever a hostile body makes parsing raise (RecursionError and OverflowError too).
    except Exception as exc:
        raise errors.MalformedResponseError(response, repr(exc), cause=exc) from exc
    raise errors.UnexpectedStatus(
        response.status_code, response.content, response=response
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Subscription | SubscriptionDict,
) -> Response[Subscription]:
    """Create or update a subscription

    Partial in the public reference: the success status is not printed; the status shown here is the one
    that carries the printed answer body.

    `PUT /subscriptions`.

    Args:
        body (Subscription): A push subscription of a contact to an application.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[Subscription]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
        maybe_applied=bool(response.extensions.get("np6_maybe_applied")),
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Subscription | SubscriptionDict,
) -> Subscription:
    """Create or update a subscription

    Partial in the public reference: the success status is not printed; the status shown here is the one
    that carries the printed answer body.

    `PUT /subscriptions`.

    Args:
        body (Subscription): A push subscription of a contact to an application.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Subscription
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _parse_response(response)


class UpsertSubscriptionOperation:
    """`PUT /subscriptions` bound to a client, as `np6.subscription.upsert_subscription`.

    Await it for the parsed body; `.detailed(...)` also gives the status, headers and
    `request_id`.
    Per-call options on each: `timeout`, `max_retries`, `extra_headers`, `extra_query`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: BindingClient) -> None:
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
            np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
            np6_client.APIConnectionError: the request could not be sent or its answer not read.

        Returns:
            Subscription
        """

        return await asyncio(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
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
        return await asyncio_detailed(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )
