from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.segment import Segment
from ...types import Response


def _get_kwargs(
    *,
    body: Segment,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/segments",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Segment:
    try:
        if response.status_code == 200:
            response_200 = Segment.from_dict(response.json())

            return response_200

    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.MalformedResponseError(response, repr(exc)) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Segment,
) -> Response[Segment]:
    """Create a segment

    Partial in the public reference: only the request and answer examples are printed; the success
    status shown here is the one that carries the printed answer body.

    `POST /segments`.

    Args:
        body (Segment): A segment of targets. `type` is a discriminator (`static` and `dynamic` in
            the reference); it is kept a plain string so that a new value never breaks a reader. The
            reference does not say which members apply to which variant (`parentId` appears on a
            dynamic segment in its examples), so the object stays open.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[Segment]: status, headers, raw content and the parsed body.
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
    body: Segment,
) -> Segment:
    """Create a segment

    Partial in the public reference: only the request and answer examples are printed; the success
    status shown here is the one that carries the printed answer body.

    `POST /segments`.

    Args:
        body (Segment): A segment of targets. `type` is a discriminator (`static` and `dynamic` in
            the reference); it is kept a plain string so that a new value never breaks a reader. The
            reference does not say which members apply to which variant (`parentId` appears on a
            dynamic segment in its examples), so the object stays open.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Segment
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _parse_response(response)
