from collections.abc import Mapping
from typing import Any

import httpx

from ...._bodies import json_body
from ...._paths import path_segment
from ...._response import Response, to_response
from ...._streaming.whole_body import json_of
from ...._transport.call import Call
from ... import errors
from ...client import Client
from ...models.target import Target
from ...models.target_field_filter import TargetFieldFilter, TargetFieldFilterDict
from ...types import UNSET, Unset

_CALL = Call(
    "GET",
    "/targets/{id}",
    "get_target",
    resumable=False,
    deprecated=False,
)


def _get_kwargs(
    id: str,
    *,
    body: TargetFieldFilter | TargetFieldFilterDict | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/targets/{id}".format(
            id=path_segment(id, "str", "id"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = json_body(body, TargetFieldFilter)
    headers["Content-Type"] = "application/vnd.mperf.v8.model.v1+json"

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
    id: str,
    *,
    client: Client,
    body: TargetFieldFilter | TargetFieldFilterDict | Unset = UNSET,
) -> Response[Target]:
    """Retrieve a target (experimental)

    Experimental: NP6 marks this operation as experimental; it may change.

    `GET /targets/{id}`.

    Args:
        id (str): id of the target
        body (TargetFieldFilter | Unset): comma separated fieldids to filter output. The public
            reference prints this body as an empty object; its members are not documented, so it stays
            open.

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
            id=id,
            body=body,
        ),
    )
    return _detailed(response)


async def asyncio(
    id: str,
    *,
    client: Client,
    body: TargetFieldFilter | TargetFieldFilterDict | Unset = UNSET,
) -> Target:
    """Retrieve a target (experimental)

    Experimental: NP6 marks this operation as experimental; it may change.

    `GET /targets/{id}`.

    Args:
        id (str): id of the target
        body (TargetFieldFilter | Unset): comma separated fieldids to filter output. The public
            reference prints this body as an empty object; its members are not documented, so it stays
            open.

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
                id=id,
                body=body,
            ),
        )
    )


class GetTargetOperation:
    """`GET /targets/{id}` bound to a client, as `np6.contact.get_target`.

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
        body: TargetFieldFilter | TargetFieldFilterDict | Unset = UNSET,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Target:
        """Retrieve a target (experimental)

        Experimental: NP6 marks this operation as experimental; it may change.

        `GET /targets/{id}`.

        Args:
            id (str): id of the target
            body (TargetFieldFilter | Unset): comma separated fieldids to filter output. The public
                reference prints this body as an empty object; its members are not documented, so it stays
                open.

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
                    id=id,
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
        id: str,
        body: TargetFieldFilter | TargetFieldFilterDict | Unset = UNSET,
        *,
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
                    id=id,
                    body=body,
                ),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )
