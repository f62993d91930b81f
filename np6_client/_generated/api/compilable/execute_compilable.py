from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.compilable_arguments import CompilableArguments
from ...models.compilable_execution_result import CompilableExecutionResult
from ...types import Response


def _get_kwargs(
    id: UUID,
    *,
    body: CompilableArguments,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/scripting/compilables/{id}/execution".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CompilableExecutionResult:
    try:
        if response.status_code == 200:
            response_200 = CompilableExecutionResult.from_dict(response.json())

            return response_200

    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.MalformedResponseError(response, repr(exc)) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CompilableArguments,
) -> Response[CompilableExecutionResult]:
    """Execute the specified compilable

    `POST /scripting/compilables/{id}/execution`.

    Args:
        id (UUID): Id of the compilable to execute
        body (CompilableArguments): Arguments passed to the compilable; its members depend on the
            compilable's parameters, so it stays open.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[CompilableExecutionResult]: status, headers, raw content and the parsed body.
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
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CompilableArguments,
) -> CompilableExecutionResult:
    """Execute the specified compilable

    `POST /scripting/compilables/{id}/execution`.

    Args:
        id (UUID): Id of the compilable to execute
        body (CompilableArguments): Arguments passed to the compilable; its members depend on the
            compilable's parameters, so it stays open.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        CompilableExecutionResult
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _parse_response(response)
