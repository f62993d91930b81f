from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notification_render_result import NotificationRenderResult
from ...types import Response


def _get_kwargs(
    id: int,
    version: UUID,
    contact: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/notifications/{id}/versions/{version}/render/contact/{contact}".format(
            id=quote(str(id), safe=""),
            version=quote(str(version), safe=""),
            contact=quote(str(contact), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> NotificationRenderResult:
    try:
        if response.status_code == 200:
            response_200 = NotificationRenderResult.from_dict(response.json())

            return response_200

    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.MalformedResponseError(response, repr(exc)) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    id: int,
    version: UUID,
    contact: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[NotificationRenderResult]:
    """Render the specified version of the specified notification and the specified contact id

    Partial in the public reference: the render result is printed down to `render.thumbnail` only.

    `GET /notifications/{id}/versions/{version}/render/contact/{contact}`.

    Args:
        id (int): Notification id
        version (UUID): Notification version to render
        contact (str): Contact id used for rendering

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[NotificationRenderResult]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        id=id,
        version=version,
        contact=contact,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


async def asyncio(
    id: int,
    version: UUID,
    contact: str,
    *,
    client: AuthenticatedClient | Client,
) -> NotificationRenderResult:
    """Render the specified version of the specified notification and the specified contact id

    Partial in the public reference: the render result is printed down to `render.thumbnail` only.

    `GET /notifications/{id}/versions/{version}/render/contact/{contact}`.

    Args:
        id (int): Notification id
        version (UUID): Notification version to render
        contact (str): Contact id used for rendering

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        NotificationRenderResult
    """

    kwargs = _get_kwargs(
        id=id,
        version=version,
        contact=contact,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _parse_response(response)
