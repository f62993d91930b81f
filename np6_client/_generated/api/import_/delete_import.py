from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/imports/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    try:
        if response.status_code == 204:
            return
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.MalformedResponseError(response, repr(exc)) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[None]:
    """Delete an import definition

    Deprecated: NP6 marks this operation as deprecated.

    `DELETE /imports/{id}`.

    Args:
        id (int): import definition id

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[None]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        id=id,
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
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Delete an import definition

    Deprecated: NP6 marks this operation as deprecated.

    `DELETE /imports/{id}`.

    Args:
        id (int): import definition id

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        id=id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    _parse_response(response)
