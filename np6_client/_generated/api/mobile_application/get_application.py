from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notifiable_application import NotifiableApplication
from ...types import Response


def _get_kwargs(
    uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/parameters/applications/{uuid}".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> NotifiableApplication:
    try:
        if response.status_code == 200:
            response_200 = NotifiableApplication.from_dict(response.json())

            return response_200

    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.MalformedResponseError(response, repr(exc)) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[NotifiableApplication]:
    """Retrieve the specified notifiable application

    Partial in the public reference: the application is printed down to `icon` only.

    `GET /parameters/applications/{uuid}`.

    Args:
        uuid (UUID): Id of the notifiable application

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[NotifiableApplication]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        uuid=uuid,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> NotifiableApplication:
    """Retrieve the specified notifiable application

    Partial in the public reference: the application is printed down to `icon` only.

    `GET /parameters/applications/{uuid}`.

    Args:
        uuid (UUID): Id of the notifiable application

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        NotifiableApplication
    """

    kwargs = _get_kwargs(
        uuid=uuid,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _parse_response(response)
