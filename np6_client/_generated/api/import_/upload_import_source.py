from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_source import ImportSource
from ...types import File, Response


def _get_kwargs(
    id: int,
    *,
    body: File,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/imports/{id}/source".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["content"] = body.payload.read()
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ImportSource:
    try:
        if response.status_code == 200:
            response_200 = ImportSource.from_dict(response.json())

            return response_200

    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.MalformedResponseError(response, repr(exc)) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: File,
) -> Response[ImportSource]:
    """Upload a new file for an import with a binary request

    Deprecated: NP6 marks this operation as deprecated.

    The file is sent as the raw request body. Partial in the public reference: the answered import
    source is printed only up to `updateDate`.

    `PUT /imports/{id}/source`.

    Args:
        id (int): import definition id
        body (File):

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[ImportSource]: status, headers, raw content and the parsed body.
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
    body: File,
) -> ImportSource:
    """Upload a new file for an import with a binary request

    Deprecated: NP6 marks this operation as deprecated.

    The file is sent as the raw request body. Partial in the public reference: the answered import
    source is printed only up to `updateDate`.

    `PUT /imports/{id}/source`.

    Args:
        id (int): import definition id
        body (File):

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        ImportSource
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _parse_response(response)
