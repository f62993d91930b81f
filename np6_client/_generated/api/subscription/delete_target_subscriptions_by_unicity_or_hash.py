from collections.abc import Mapping
from typing import Any

import httpx

from ...._response import Response, to_response
from ...._transport.call import Call
from ... import errors
from ...client import Client
from ...types import UNSET, Unset

_CALL = Call(
    "DELETE",
    "/targets/subscriptions",
    "delete_target_subscriptions_by_unicity_or_hash",
    resumable=False,
    deprecated=False,
)


def _get_kwargs(
    *,
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["unicity"] = unicity

    params["hash"] = hash_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/targets/subscriptions",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    try:
        if 200 <= response.status_code <= 299:
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
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> Response[None]:
    """Delete subscriptions for the specified contact unicity or hash

    The contact is identified by one of the `unicity` or `hash` query parameters. Partial in the public
    reference: the success status and body are not printed, so any 2xx answer is accepted.

    `DELETE /targets/subscriptions`.

    Args:
        unicity (str | Unset): unicity of the contact whose subscriptions are deleted (one of
            unicity or hash identifies the contact)
        hash_ (str | Unset): hash of the contact whose subscriptions are deleted (one of unicity
            or hash identifies the contact)

    Raises:
        np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
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
            unicity=unicity,
            hash_=hash_,
        ),
    )
    return _detailed(response)


async def asyncio(
    *,
    client: Client,
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> None:
    """Delete subscriptions for the specified contact unicity or hash

    The contact is identified by one of the `unicity` or `hash` query parameters. Partial in the public
    reference: the success status and body are not printed, so any 2xx answer is accepted.

    `DELETE /targets/subscriptions`.

    Args:
        unicity (str | Unset): unicity of the contact whose subscriptions are deleted (one of
            unicity or hash identifies the contact)
        hash_ (str | Unset): hash of the contact whose subscriptions are deleted (one of unicity
            or hash identifies the contact)

    Raises:
        np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
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
                unicity=unicity,
                hash_=hash_,
            ),
        )
    )


class DeleteTargetSubscriptionsByUnicityOrHashOperation:
    """`DELETE /targets/subscriptions` bound to a client, as `np6.subscription.delete_target_subscriptions_by_unicity_or_hash`.

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
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> None:
        """Delete subscriptions for the specified contact unicity or hash

        The contact is identified by one of the `unicity` or `hash` query parameters. Partial in the public
        reference: the success status and body are not printed, so any 2xx answer is accepted.

        `DELETE /targets/subscriptions`.

        Args:
            unicity (str | Unset): unicity of the contact whose subscriptions are deleted (one of
                unicity or hash identifies the contact)
            hash_ (str | Unset): hash of the contact whose subscriptions are deleted (one of unicity
                or hash identifies the contact)

        Raises:
            np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
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
                    unicity=unicity,
                    hash_=hash_,
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
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
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
                    unicity=unicity,
                    hash_=hash_,
                ),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )
