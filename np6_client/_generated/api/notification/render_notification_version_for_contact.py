from collections.abc import Mapping
from typing import Any
from uuid import UUID

import httpx

from ...._paths import path_segment
from ...._response import Response, to_response
from ...._streaming.whole_body import json_of
from ...._transport.call import Call
from ... import errors
from ...client import Client
from ...models.notification_render_result import NotificationRenderResult
from ...types import UNSET, Unset

_CALL = Call(
    "GET",
    "/notifications/{id}/versions/{version}/render/contact",
    "render_notification_version_for_contact",
    resumable=False,
    deprecated=False,
)


def _get_kwargs(
    id: int,
    version: UUID,
    *,
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["unicity"] = unicity

    params["hash"] = hash_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/notifications/{id}/versions/{version}/render/contact".format(
            id=path_segment(id, "int", "id"),
            version=path_segment(version, "UUID", "version"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> NotificationRenderResult:
    try:
        if response.status_code == 200:
            response_200 = NotificationRenderResult.from_dict(json_of(response))

            return response_200

    # Whatever a hostile body makes parsing raise (RecursionError and OverflowError too).
    except Exception as exc:
        raise errors.MalformedResponseError(response, repr(exc), cause=exc) from exc
    raise errors.UnexpectedStatus(
        response.status_code, response.content, response=response
    )


def _detailed(response: httpx.Response) -> Response[NotificationRenderResult]:
    return to_response(response, _parse_response(response))


def _answer(response: httpx.Response) -> NotificationRenderResult:
    return _parse_response(response)


async def asyncio_detailed(
    id: int,
    version: UUID,
    *,
    client: Client,
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> Response[NotificationRenderResult]:
    """Render the specified version of the specified notification and the specified contact unicity or hash

    Identify the contact either by its unicity value (`unicity`) or by its hash (`hash`). Partial in the
    public reference: the render result is printed down to `render.thumbnail` only.

    `GET /notifications/{id}/versions/{version}/render/contact`.

    Args:
        id (int): Notification id
        version (UUID): Notification version to render
        unicity (str | Unset): Contact unicity used for rendering (give it or `hash`)
        hash_ (str | Unset): Contact hash used for rendering (give it or `unicity`)

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
        Response[NotificationRenderResult]: status, headers, raw content and the parsed body.
    """

    response = await client.send_call(
        _CALL,
        _get_kwargs(
            id=id,
            version=version,
            unicity=unicity,
            hash_=hash_,
        ),
    )
    return _detailed(response)


async def asyncio(
    id: int,
    version: UUID,
    *,
    client: Client,
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
) -> NotificationRenderResult:
    """Render the specified version of the specified notification and the specified contact unicity or hash

    Identify the contact either by its unicity value (`unicity`) or by its hash (`hash`). Partial in the
    public reference: the render result is printed down to `render.thumbnail` only.

    `GET /notifications/{id}/versions/{version}/render/contact`.

    Args:
        id (int): Notification id
        version (UUID): Notification version to render
        unicity (str | Unset): Contact unicity used for rendering (give it or `hash`)
        hash_ (str | Unset): Contact hash used for rendering (give it or `unicity`)

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
        NotificationRenderResult
    """

    return _answer(
        await client.send_call(
            _CALL,
            _get_kwargs(
                id=id,
                version=version,
                unicity=unicity,
                hash_=hash_,
            ),
        )
    )


class RenderNotificationVersionForContactOperation:
    """`GET /notifications/{id}/versions/{version}/render/contact` bound to a client, as `np6.notification.render_notification_version_for_contact`.

    Await it for the parsed body; `.detailed(...)` also gives the status, headers and
    `request_id`.
    Per-call options on each: `timeout`, `max_retries`, `extra_headers`, `extra_query`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def __call__(
        self,
        id: int,
        version: UUID,
        *,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> NotificationRenderResult:
        """Render the specified version of the specified notification and the specified contact unicity or hash

        Identify the contact either by its unicity value (`unicity`) or by its hash (`hash`). Partial in the
        public reference: the render result is printed down to `render.thumbnail` only.

        `GET /notifications/{id}/versions/{version}/render/contact`.

        Args:
            id (int): Notification id
            version (UUID): Notification version to render
            unicity (str | Unset): Contact unicity used for rendering (give it or `hash`)
            hash_ (str | Unset): Contact hash used for rendering (give it or `unicity`)

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
            NotificationRenderResult
        """

        return _answer(
            await self._client.send_call(
                _CALL,
                _get_kwargs(
                    id=id,
                    version=version,
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
        id: int,
        version: UUID,
        *,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Response[NotificationRenderResult]:
        """The same call, answering `Response`: status, headers, `request_id`, raw bytes and the parsed body."""
        return _detailed(
            await self._client.send_call(
                _CALL,
                _get_kwargs(
                    id=id,
                    version=version,
                    unicity=unicity,
                    hash_=hash_,
                ),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )
