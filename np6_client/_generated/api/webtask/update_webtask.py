from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.webtask import Webtask
from ...models.webtask_update_item import WebtaskUpdateItem
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: list[WebtaskUpdateItem],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/scripting/webtasks/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Webtask:
    try:
        if response.status_code == 200:
            response_200 = Webtask.from_dict(response.json())

            return response_200

    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.MalformedResponseError(response, repr(exc)) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: list[WebtaskUpdateItem],
) -> Response[Webtask]:
    """Update the specified webtask

    The public reference prints the update data as an array of objects, while its request sample sends a
    single webtask object; the body follows the printed schema. Partial in the public reference: the
    answer is printed down to `scripting.environment` only.

    `PATCH /scripting/webtasks/{id}`.

    Args:
        id (int): Id of the webtask to update
        body (list[WebtaskUpdateItem]):

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[Webtask]: status, headers, raw content and the parsed body.
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
    body: list[WebtaskUpdateItem],
) -> Webtask:
    """Update the specified webtask

    The public reference prints the update data as an array of objects, while its request sample sends a
    single webtask object; the body follows the printed schema. Partial in the public reference: the
    answer is printed down to `scripting.environment` only.

    `PATCH /scripting/webtasks/{id}`.

    Args:
        id (int): Id of the webtask to update
        body (list[WebtaskUpdateItem]):

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Webtask
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _parse_response(response)
