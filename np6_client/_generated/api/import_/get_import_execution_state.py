from collections.abc import Mapping
from typing import Any

import httpx

from ...._deprecation import warn_deprecated
from ...._paths import path_segment
from ... import errors
from ...client import AuthenticatedClient, BindingClient, Client
from ...models.import_execution_state import ImportExecutionState
from ...types import Response, http_status


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/imports/{path_segment(id)}/executions",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ImportExecutionState:
    try:
        if response.status_code == 200:
            response_200 = ImportExecutionState.from_dict(response.json())

            return response_200

    # Whatever a hostile body makes parsing raise (RecursionError and OverflowError too).
    except Exception as exc:
        raise errors.MalformedResponseError(response, repr(exc), cause=exc) from exc
    raise errors.UnexpectedStatus(
        response.status_code, response.content, response=response
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ImportExecutionState]:
    """Get the last execution state of an import

    Deprecated: NP6 marks this operation as deprecated.

    `GET /imports/{id}/executions`.

    Args:
        id (int): import definition id

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[ImportExecutionState]: status, headers, raw content and the parsed body.
    """

    warn_deprecated("get_import_execution_state")

    kwargs = _get_kwargs(
        id=id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
        maybe_applied=bool(response.extensions.get("np6_maybe_applied")),
    )


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ImportExecutionState:
    """Get the last execution state of an import

    Deprecated: NP6 marks this operation as deprecated.

    `GET /imports/{id}/executions`.

    Args:
        id (int): import definition id

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        ImportExecutionState
    """

    warn_deprecated("get_import_execution_state")

    kwargs = _get_kwargs(
        id=id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _parse_response(response)


class GetImportExecutionStateOperation:
    """`GET /imports/{id}/executions` bound to a client, as `np6.import_.get_import_execution_state`.

    Await it for the parsed body; `.detailed(...)` also gives the status, headers and
    `request_id`.
    Per-call options on each: `timeout`, `max_retries`, `extra_headers`, `extra_query`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: BindingClient) -> None:
        self._client = client

    async def __call__(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ImportExecutionState:
        """Get the last execution state of an import

        Deprecated: NP6 marks this operation as deprecated.

        `GET /imports/{id}/executions`.

        Args:
            id (int): import definition id

        Raises:
            np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
            np6_client.APIConnectionError: the request could not be sent or its answer not read.

        Returns:
            ImportExecutionState
        """

        return await asyncio(
            id=id,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def detailed(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Response[ImportExecutionState]:
        """The same call, answering `Response`: status, headers, `request_id`, raw bytes and the parsed body."""
        return await asyncio_detailed(
            id=id,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )
