from collections.abc import Mapping
from typing import Any

import httpx

from ...._bodies import json_body
from ...._response import Response, to_response
from ...._transport.call import Call
from ... import errors
from ...client import Client
from ...models.targets_bulk_deletion import TargetsBulkDeletion, TargetsBulkDeletionDict

_CALL = Call(
    "DELETE",
    "/targets",
    "delete_targets",
    resumable=False,
    deprecated=False,
)


def _get_kwargs(
    *,
    body: TargetsBulkDeletion | TargetsBulkDeletionDict,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/targets",
    }

    _kwargs["json"] = json_body(body, TargetsBulkDeletion)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    try:
        if response.status_code == 204:
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
    body: TargetsBulkDeletion | TargetsBulkDeletionDict,
) -> Response[None]:
    """Delete Targets by bulk

    Partial in the public reference: the body selects the targets to delete; only its `type` member
    (value `segment`) is printed. NP6's earlier documentation adds the `value` member and prints an
    answer listing the deleted targets (`[{"id": "000JW54T", "unicity": ["t1@mondomaine.com"]}]`) where
    the 8.1.0 reference prints 204; the 204 is kept.

    `DELETE /targets`.

    Args:
        body (TargetsBulkDeletion): Selects the targets to delete. `type` is a discriminator
            (`segment` in the reference's example); it is kept a plain string so that a new value
            never breaks a reader. Partial in the public reference: the members of each variant are
            not printed, so the object stays open.

    Raises:
        np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
        np6_client.BadRequestError: HTTP 400: The request is invalid (not printed in the public reference).
        np6_client.AuthenticationError: HTTP 401: The `X-Key` header is missing or holds an unknown key.
        np6_client.NotFoundError: HTTP 404: The requested targets cannot be found (earlier documentation).
        np6_client.UnsupportedMediaTypeError: HTTP 415: The body was sent with another content type than the one documented.
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
            body=body,
        ),
    )
    return _detailed(response)


async def asyncio(
    *,
    client: Client,
    body: TargetsBulkDeletion | TargetsBulkDeletionDict,
) -> None:
    """Delete Targets by bulk

    Partial in the public reference: the body selects the targets to delete; only its `type` member
    (value `segment`) is printed. NP6's earlier documentation adds the `value` member and prints an
    answer listing the deleted targets (`[{"id": "000JW54T", "unicity": ["t1@mondomaine.com"]}]`) where
    the 8.1.0 reference prints 204; the 204 is kept.

    `DELETE /targets`.

    Args:
        body (TargetsBulkDeletion): Selects the targets to delete. `type` is a discriminator
            (`segment` in the reference's example); it is kept a plain string so that a new value
            never breaks a reader. Partial in the public reference: the members of each variant are
            not printed, so the object stays open.

    Raises:
        np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
        np6_client.BadRequestError: HTTP 400: The request is invalid (not printed in the public reference).
        np6_client.AuthenticationError: HTTP 401: The `X-Key` header is missing or holds an unknown key.
        np6_client.NotFoundError: HTTP 404: The requested targets cannot be found (earlier documentation).
        np6_client.UnsupportedMediaTypeError: HTTP 415: The body was sent with another content type than the one documented.
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
                body=body,
            ),
        )
    )


class DeleteTargetsOperation:
    """`DELETE /targets` bound to a client, as `np6.contact.delete_targets`.

    Await it for the parsed body; `.detailed(...)` also gives the status, headers and
    `request_id`.
    Per-call options on each: `timeout`, `max_retries`, `extra_headers`, `extra_query`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def __call__(
        self,
        body: TargetsBulkDeletion | TargetsBulkDeletionDict,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> None:
        """Delete Targets by bulk

        Partial in the public reference: the body selects the targets to delete; only its `type` member
        (value `segment`) is printed. NP6's earlier documentation adds the `value` member and prints an
        answer listing the deleted targets (`[{"id": "000JW54T", "unicity": ["t1@mondomaine.com"]}]`) where
        the 8.1.0 reference prints 204; the 204 is kept.

        `DELETE /targets`.

        Args:
            body (TargetsBulkDeletion): Selects the targets to delete. `type` is a discriminator
                (`segment` in the reference's example); it is kept a plain string so that a new value
                never breaks a reader. Partial in the public reference: the members of each variant are
                not printed, so the object stays open.

        Raises:
            np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
            np6_client.BadRequestError: HTTP 400: The request is invalid (not printed in the public reference).
            np6_client.AuthenticationError: HTTP 401: The `X-Key` header is missing or holds an unknown key.
            np6_client.NotFoundError: HTTP 404: The requested targets cannot be found (earlier documentation).
            np6_client.UnsupportedMediaTypeError: HTTP 415: The body was sent with another content type than the one documented.
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
        body: TargetsBulkDeletion | TargetsBulkDeletionDict,
        *,
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
                    body=body,
                ),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )
