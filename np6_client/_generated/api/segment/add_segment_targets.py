from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: list[str],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/segments/{id}/targets".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> int:
    try:
        if response.status_code == 200:
            response_200 = cast(int, response.json())
            return response_200

    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.MalformedResponseError(response, repr(exc)) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: list[str],
) -> Response[int]:
    """Add targets to a static segment

    Deprecated: NP6 marks this operation as deprecated.

    Maximum of 50 targets. If using unicity values to identify targets and the account has more than one
    unicity criteria configured, the values must be concatenated and sent as a single string for each
    target.

    `PUT /segments/{id}/targets`.

    Args:
        id (int): The segment's id
        body (list[str]):

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[int]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
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
    body: list[str],
) -> int:
    """Add targets to a static segment

    Deprecated: NP6 marks this operation as deprecated.

    Maximum of 50 targets. If using unicity values to identify targets and the account has more than one
    unicity criteria configured, the values must be concatenated and sent as a single string for each
    target.

    `PUT /segments/{id}/targets`.

    Args:
        id (int): The segment's id
        body (list[str]):

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        int
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _parse_response(response)
