from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notification_render_result import NotificationRenderResult
from ...types import UNSET, Response


def _get_kwargs(
    id: int,
    *,
    unicity: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["unicity"] = unicity

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/notifications/{id}/render/contact".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
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
    *,
    client: AuthenticatedClient | Client,
    unicity: str,
) -> Response[NotificationRenderResult]:
    """Render the "master" version of the specified notification and the specified contact unicity

    Partial in the public reference: the render result is printed down to `render.image` only.

    `GET /notifications/{id}/render/contact`.

    Args:
        id (int): Notification id
        unicity (str): Unicity value of the contact used for rendering

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[NotificationRenderResult]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        id=id,
        unicity=unicity,
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
    *,
    client: AuthenticatedClient | Client,
    unicity: str,
) -> NotificationRenderResult:
    """Render the "master" version of the specified notification and the specified contact unicity

    Partial in the public reference: the render result is printed down to `render.image` only.

    `GET /notifications/{id}/render/contact`.

    Args:
        id (int): Notification id
        unicity (str): Unicity value of the contact used for rendering

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        NotificationRenderResult
    """

    kwargs = _get_kwargs(
        id=id,
        unicity=unicity,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _parse_response(response)
