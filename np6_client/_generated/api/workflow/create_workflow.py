from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.workflow import Workflow
from ...types import Response


def _get_kwargs(
    *,
    body: Workflow,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/scripting/workflows",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    try:
        if 200 <= response.status_code <= 299:
            return
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.MalformedResponseError(response, repr(exc)) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Workflow,
) -> Response[None]:
    """Create a workflow

    Partial in the public reference: the answer is not printed, so any 2xx status is accepted and its
    body is not parsed.

    `POST /scripting/workflows`.

    Args:
        body (Workflow): A scripting workflow. Partial in the public reference: `nodes` and
            `tasks` are known from the request samples and from the nodes and tasks operations, so the
            object stays open.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[None]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
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
    *,
    client: AuthenticatedClient | Client,
    body: Workflow,
) -> None:
    """Create a workflow

    Partial in the public reference: the answer is not printed, so any 2xx status is accepted and its
    body is not parsed.

    `POST /scripting/workflows`.

    Args:
        body (Workflow): A scripting workflow. Partial in the public reference: `nodes` and
            `tasks` are known from the request samples and from the nodes and tasks operations, so the
            object stays open.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    _parse_response(response)
