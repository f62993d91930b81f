from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.targets_bulk_deletion import TargetsBulkDeletion
from ...types import Response


def _get_kwargs(
    *,
    body: TargetsBulkDeletion,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/targets",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    try:
        if response.status_code == 204:
            return
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.MalformedResponseError(response, repr(exc)) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TargetsBulkDeletion,
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
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TargetsBulkDeletion,
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
