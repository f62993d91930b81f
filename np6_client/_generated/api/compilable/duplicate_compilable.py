from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.compilable import Compilable
from ...types import Response


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/scripting/compilables/{id}/duplication".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Compilable:
    try:
        if response.status_code == 200:
            response_200 = Compilable.from_dict(response.json())

            return response_200

    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.MalformedResponseError(response, repr(exc)) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Compilable]:
    """Duplicate the specified compilable

    Partial in the public reference: the answer is printed down to its `id` only.

    `POST /scripting/compilables/{id}/duplication`.

    Args:
        id (UUID): Id of the compilable to duplicate

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[Compilable]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        id=id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Compilable:
    """Duplicate the specified compilable

    Partial in the public reference: the answer is printed down to its `id` only.

    `POST /scripting/compilables/{id}/duplication`.

    Args:
        id (UUID): Id of the compilable to duplicate

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Compilable
    """

    kwargs = _get_kwargs(
        id=id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _parse_response(response)
