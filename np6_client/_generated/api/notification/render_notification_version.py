from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notification_render_request import NotificationRenderRequest
from ...types import Response


def _get_kwargs(
    id: int,
    version: UUID,
    *,
    body: NotificationRenderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/notifications/{id}/versions/{version}/render".format(
            id=quote(str(id), safe=""),
            version=quote(str(version), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    try:
        if 200 <= response.status_code <= 299:
            return
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.MalformedResponseError(response, repr(exc)) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    id: int,
    version: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: NotificationRenderRequest,
) -> Response[None]:
    """Render the specified version of the specified notification

    Partial in the public reference: the answer is not printed, so any 2xx status is accepted and its
    body is not parsed. The types of `id` and `version` are not printed for this operation; they are
    typed as on the other notification render operations.

    `POST /notifications/{id}/versions/{version}/render`.

    Args:
        id (int): Notification id to render
        version (UUID): Notification version to render
        body (NotificationRenderRequest): Render input of a notification version. Partial in the
            public reference: a further related identification member is not named, so the object
            stays open.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[None]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        id=id,
        version=version,
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
    id: int,
    version: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: NotificationRenderRequest,
) -> None:
    """Render the specified version of the specified notification

    Partial in the public reference: the answer is not printed, so any 2xx status is accepted and its
    body is not parsed. The types of `id` and `version` are not printed for this operation; they are
    typed as on the other notification render operations.

    `POST /notifications/{id}/versions/{version}/render`.

    Args:
        id (int): Notification id to render
        version (UUID): Notification version to render
        body (NotificationRenderRequest): Render input of a notification version. Partial in the
            public reference: a further related identification member is not named, so the object
            stays open.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        id=id,
        version=version,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    _parse_response(response)
