from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.target import Target
from ...models.target_field_filter import TargetFieldFilter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: TargetFieldFilter | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/targets/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.mperf.v8.model.v1+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Target:
    try:
        if response.status_code == 200:
            response_200 = Target.from_dict(response.json())

            return response_200

    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.MalformedResponseError(response, repr(exc)) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TargetFieldFilter | Unset = UNSET,
) -> Response[Target]:
    """Retrieve a target (experimental)

    Experimental: NP6 marks this operation as experimental; it may change.

    `GET /targets/{id}`.

    Args:
        id (str): id of the target
        body (TargetFieldFilter | Unset): comma separated fieldids to filter output. The public
            reference prints this body as an empty object; its members are not documented, so it stays
            open.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[Target]: status, headers, raw content and the parsed body.
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TargetFieldFilter | Unset = UNSET,
) -> Target:
    """Retrieve a target (experimental)

    Experimental: NP6 marks this operation as experimental; it may change.

    `GET /targets/{id}`.

    Args:
        id (str): id of the target
        body (TargetFieldFilter | Unset): comma separated fieldids to filter output. The public
            reference prints this body as an empty object; its members are not documented, so it stays
            open.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Target
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _parse_response(response)
