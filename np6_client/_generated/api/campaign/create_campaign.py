from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign import Campaign
from ...types import Response


def _get_kwargs(
    *,
    body: Campaign,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/campaigns",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Campaign:
    try:
        if response.status_code == 200:
            response_200 = Campaign.from_dict(response.json())

            return response_200

    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.MalformedResponseError(response, repr(exc)) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Campaign,
) -> Response[Campaign]:
    """Create a campaign

    Partial in the public reference: the answer is printed down to `description` only.

    `POST /campaigns`.

    Args:
        body (Campaign): A campaign. Partial in the public reference: the answer of the creation
            is printed down to `description` only, so the object stays open.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[Campaign]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
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
    *,
    client: AuthenticatedClient | Client,
    body: Campaign,
) -> Campaign:
    """Create a campaign

    Partial in the public reference: the answer is printed down to `description` only.

    `POST /campaigns`.

    Args:
        body (Campaign): A campaign. Partial in the public reference: the answer of the creation
            is printed down to `description` only, so the object stays open.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Campaign
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _parse_response(response)
