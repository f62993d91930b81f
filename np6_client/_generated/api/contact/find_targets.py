from collections.abc import Mapping
from typing import Any

import httpx

from ...._bodies import plain_json
from ...._response import Response, to_response
from ...._streaming.whole_body import json_of
from ...._transport.call import Call
from ... import errors
from ...client import Client
from ...models.target import Target
from ...types import UNSET, Unset

_CALL = Call(
    "GET",
    "/targets",
    "find_targets",
    resumable=False,
    deprecated=False,
)


def _get_kwargs(
    *,
    body: list[str] | Unset = UNSET,
    hash_: str | Unset = UNSET,
    unicity: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["hash"] = hash_

    json_unicity: list[str] | Unset = UNSET
    if not isinstance(unicity, Unset):
        json_unicity = unicity

    params["unicity"] = json_unicity

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/targets",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body

    if "json" in _kwargs:
        _kwargs["json"] = plain_json(_kwargs["json"])

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Target:
    try:
        if response.status_code == 200:
            response_200 = Target.from_dict(json_of(response))

            return response_200

    # Whatever a hostile body makes parsing raise (RecursionError and OverflowError too).
    except Exception as exc:
        raise errors.MalformedResponseError(response, repr(exc), cause=exc) from exc
    raise errors.UnexpectedStatus(
        response.status_code, response.content, response=response
    )


def _detailed(response: httpx.Response) -> Response[Target]:
    return to_response(response, _parse_response(response))


def _answer(response: httpx.Response) -> Target:
    return _parse_response(response)


async def asyncio_detailed(
    *,
    client: Client,
    body: list[str] | Unset = UNSET,
    hash_: str | Unset = UNSET,
    unicity: list[str] | Unset = UNSET,
) -> Response[Target]:
    """Retrieve a target (experimental)

    Experimental: NP6 marks this operation as experimental; it may change.

    Looks a target up by its hash or by its unicity value(s); 404 when none matches. NP6's earlier
    documentation also shows this path without parameters ("Get all Targets") answering an array of
    targets; that form is not described here, as the 8.1.0 reference answers one target.

    `GET /targets`.

    Args:
        hash_ (str | Unset): hash of the target
        unicity (list[str] | Unset): unicity value(s) of the target
        body (list[str] | Unset):

    Raises:
        np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
        np6_client.BadRequestError: HTTP 400: The request is invalid (not printed in the public reference).
        np6_client.AuthenticationError: HTTP 401: The `X-Key` header is missing or holds an unknown key.
        np6_client.NotFoundError: HTTP 404: No resource has this id (not printed in the public reference).
        np6_client.UnsupportedMediaTypeError: HTTP 415: The body was sent with another content type than the one documented.
        np6_client.RateLimitError: HTTP 429: Over the rate limit; back off exponentially before retrying.
        np6_client.APIStatusError: any other non-2xx status NP6 answers (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.
        np6_client.APITimeoutError: no answer within the call's timeout or deadline.
        np6_client.MalformedResponseError: a 2xx answer whose body is not what the spec describes.

    Returns:
        Response[Target]: status, headers, raw content and the parsed body.
    """

    response = await client.send_call(
        _CALL,
        _get_kwargs(
            body=body,
            hash_=hash_,
            unicity=unicity,
        ),
    )
    return _detailed(response)


async def asyncio(
    *,
    client: Client,
    body: list[str] | Unset = UNSET,
    hash_: str | Unset = UNSET,
    unicity: list[str] | Unset = UNSET,
) -> Target:
    """Retrieve a target (experimental)

    Experimental: NP6 marks this operation as experimental; it may change.

    Looks a target up by its hash or by its unicity value(s); 404 when none matches. NP6's earlier
    documentation also shows this path without parameters ("Get all Targets") answering an array of
    targets; that form is not described here, as the 8.1.0 reference answers one target.

    `GET /targets`.

    Args:
        hash_ (str | Unset): hash of the target
        unicity (list[str] | Unset): unicity value(s) of the target
        body (list[str] | Unset):

    Raises:
        np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
        np6_client.BadRequestError: HTTP 400: The request is invalid (not printed in the public reference).
        np6_client.AuthenticationError: HTTP 401: The `X-Key` header is missing or holds an unknown key.
        np6_client.NotFoundError: HTTP 404: No resource has this id (not printed in the public reference).
        np6_client.UnsupportedMediaTypeError: HTTP 415: The body was sent with another content type than the one documented.
        np6_client.RateLimitError: HTTP 429: Over the rate limit; back off exponentially before retrying.
        np6_client.APIStatusError: any other non-2xx status NP6 answers (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.
        np6_client.APITimeoutError: no answer within the call's timeout or deadline.
        np6_client.MalformedResponseError: a 2xx answer whose body is not what the spec describes.

    Returns:
        Target
    """

    return _answer(
        await client.send_call(
            _CALL,
            _get_kwargs(
                body=body,
                hash_=hash_,
                unicity=unicity,
            ),
        )
    )


class FindTargetsOperation:
    """`GET /targets` bound to a client, as `np6.contact.find_targets`.

    Await it for the parsed body; `.detailed(...)` also gives the status, headers and
    `request_id`.
    Per-call options on each: `timeout`, `max_retries`, `extra_headers`, `extra_query`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def __call__(
        self,
        body: list[str] | Unset = UNSET,
        *,
        hash_: str | Unset = UNSET,
        unicity: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Target:
        """Retrieve a target (experimental)

        Experimental: NP6 marks this operation as experimental; it may change.

        Looks a target up by its hash or by its unicity value(s); 404 when none matches. NP6's earlier
        documentation also shows this path without parameters ("Get all Targets") answering an array of
        targets; that form is not described here, as the 8.1.0 reference answers one target.

        `GET /targets`.

        Args:
            hash_ (str | Unset): hash of the target
            unicity (list[str] | Unset): unicity value(s) of the target
            body (list[str] | Unset):

        Raises:
            np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
            np6_client.BadRequestError: HTTP 400: The request is invalid (not printed in the public reference).
            np6_client.AuthenticationError: HTTP 401: The `X-Key` header is missing or holds an unknown key.
            np6_client.NotFoundError: HTTP 404: No resource has this id (not printed in the public reference).
            np6_client.UnsupportedMediaTypeError: HTTP 415: The body was sent with another content type than the one documented.
            np6_client.RateLimitError: HTTP 429: Over the rate limit; back off exponentially before retrying.
            np6_client.APIStatusError: any other non-2xx status NP6 answers (a subclass per status).
            np6_client.APIConnectionError: the request could not be sent or its answer not read.
            np6_client.APITimeoutError: no answer within the call's timeout or deadline.
            np6_client.MalformedResponseError: a 2xx answer whose body is not what the spec describes.

        Returns:
            Target
        """

        return _answer(
            await self._client.send_call(
                _CALL,
                _get_kwargs(
                    body=body,
                    hash_=hash_,
                    unicity=unicity,
                ),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

    async def detailed(
        self,
        body: list[str] | Unset = UNSET,
        *,
        hash_: str | Unset = UNSET,
        unicity: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Response[Target]:
        """The same call, answering `Response`: status, headers, `request_id`, raw bytes and the parsed body."""
        return _detailed(
            await self._client.send_call(
                _CALL,
                _get_kwargs(
                    body=body,
                    hash_=hash_,
                    unicity=unicity,
                ),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )
