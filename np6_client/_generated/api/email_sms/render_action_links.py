from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.render_links_definition import RenderLinksDefinition
from ...models.render_links_result import RenderLinksResult
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: RenderLinksDefinition,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/actions/{id}/render/links".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> RenderLinksResult:
    try:
        if response.status_code == 200:
            response_200 = RenderLinksResult.from_dict(response.json())

            return response_200

    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.MalformedResponseError(response, repr(exc)) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RenderLinksDefinition,
) -> Response[RenderLinksResult]:
    """Render links

    Deprecated: NP6 marks this operation as deprecated.

    `POST /actions/{id}/render/links`.

    Args:
        id (str): The action's id to render
        body (RenderLinksDefinition): A render definition and the links to render.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[RenderLinksResult]: status, headers, raw content and the parsed body.
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
    body: RenderLinksDefinition,
) -> RenderLinksResult:
    """Render links

    Deprecated: NP6 marks this operation as deprecated.

    `POST /actions/{id}/render/links`.

    Args:
        id (str): The action's id to render
        body (RenderLinksDefinition): A render definition and the links to render.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        RenderLinksResult
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _parse_response(response)
