from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.workflow import Workflow
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/scripting/workflows/{id}/duplication".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Workflow:
    try:
        if response.status_code == 200:
            response_200 = Workflow.from_dict(response.json())

            return response_200

    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.MalformedResponseError(response, repr(exc)) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Workflow]:
    """Duplicate the specified workflow

    `POST /scripting/workflows/{id}/duplication`.

    Args:
        id (int): Id of the workflow to copy

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[Workflow]: status, headers, raw content and the parsed body.
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
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Workflow:
    """Duplicate the specified workflow

    `POST /scripting/workflows/{id}/duplication`.

    Args:
        id (int): Id of the workflow to copy

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Workflow
    """

    kwargs = _get_kwargs(
        id=id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _parse_response(response)
