from collections.abc import Mapping
from typing import Any

import httpx

from ...._bodies import json_body
from ... import errors
from ...client import AuthenticatedClient, BindingClient, Client
from ...models.targets_bulk_deletion import TargetsBulkDeletion, TargetsBulkDeletionDict
from ...types import Response, http_status


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


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TargetsBulkDeletion | TargetsBulkDeletionDict,
) -> Response[None]:
    """Delete Targets by bulk

    Partial in the public reference: the body selects the targets to delete; only its `type` member
    (value `segment`) is printed.

    `DELETE /targets`.

    Args:
        body (TargetsBulkDeletion): Selects the targets to delete. `type` is a discriminator
            (`segment` in the reference's example); it is kept a plain string so that a new value
            never breaks a reader. Partial in the public reference: the members of each variant are
            not printed, so the object stays open.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[None]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    _parse_response(response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
        maybe_applied=bool(response.extensions.get("np6_maybe_applied")),
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TargetsBulkDeletion | TargetsBulkDeletionDict,
) -> None:
    """Delete Targets by bulk

    Partial in the public reference: the body selects the targets to delete; only its `type` member
    (value `segment`) is printed.

    `DELETE /targets`.

    Args:
        body (TargetsBulkDeletion): Selects the targets to delete. `type` is a discriminator
            (`segment` in the reference's example); it is kept a plain string so that a new value
            never breaks a reader. Partial in the public reference: the members of each variant are
            not printed, so the object stays open.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    _parse_response(response)


class DeleteTargetsOperation:
    """`DELETE /targets` bound to a client, as `np6.contact.delete_targets`.

    Await it for the parsed body; `.detailed(...)` also gives the status, headers and
    `request_id`.
    Per-call options on each: `timeout`, `max_retries`, `extra_headers`, `extra_query`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: BindingClient) -> None:
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
        (value `segment`) is printed.

        `DELETE /targets`.

        Args:
            body (TargetsBulkDeletion): Selects the targets to delete. `type` is a discriminator
                (`segment` in the reference's example); it is kept a plain string so that a new value
                never breaks a reader. Partial in the public reference: the members of each variant are
                not printed, so the object stays open.

        Raises:
            np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
            np6_client.APIConnectionError: the request could not be sent or its answer not read.

        Returns:
            None
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
        body: TargetsBulkDeletion | TargetsBulkDeletionDict,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Response[None]:
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
