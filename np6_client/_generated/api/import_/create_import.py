from collections.abc import Mapping
from typing import Any

import httpx

from ...._bodies import json_body
from ...._deprecation import warn_deprecated
from ... import errors
from ...client import AuthenticatedClient, BindingClient, Client
from ...models.import_definition import ImportDefinition, ImportDefinitionDict
from ...types import Created, Response, http_status


def _get_kwargs(
    *,
    body: ImportDefinition | ImportDefinitionDict,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/imports",
    }

    _kwargs["json"] = json_body(body, ImportDefinition)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Created:
    try:
        if 200 <= response.status_code <= 299:
            return Created.from_response(response)
    # Whatever a hostile body makes parsing raise (RecursionError and OverflowError too).
    except Exception as exc:
        raise errors.MalformedResponseError(response, repr(exc), cause=exc) from exc
    raise errors.UnexpectedStatus(
        response.status_code, response.content, response=response
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ImportDefinition | ImportDefinitionDict,
) -> Response[Created]:
    """Create an import definition

    Deprecated: NP6 marks this operation as deprecated.

    Partial in the public reference: the success status and body are not printed, so any 2xx answer is
    accepted.

    `POST /imports`.

    Args:
        body (ImportDefinition): An import definition.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[Created]: status, headers, raw content and the parsed body.
    """

    warn_deprecated("create_import")

    kwargs = _get_kwargs(
        body=body,
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
    *,
    client: AuthenticatedClient | Client,
    body: ImportDefinition | ImportDefinitionDict,
) -> Created:
    """Create an import definition

    Deprecated: NP6 marks this operation as deprecated.

    Partial in the public reference: the success status and body are not printed, so any 2xx answer is
    accepted.

    `POST /imports`.

    Args:
        body (ImportDefinition): An import definition.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Created
    """

    warn_deprecated("create_import")

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _parse_response(response)


class CreateImportOperation:
    """`POST /imports` bound to a client, as `np6.import_.create_import`.

    Await it for the parsed body; `.detailed(...)` also gives the status, headers and
    `request_id`.
    Per-call options on each: `timeout`, `max_retries`, `extra_headers`, `extra_query`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: BindingClient) -> None:
        self._client = client

    async def __call__(
        self,
        body: ImportDefinition | ImportDefinitionDict,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Created:
        """Create an import definition

        Deprecated: NP6 marks this operation as deprecated.

        Partial in the public reference: the success status and body are not printed, so any 2xx answer is
        accepted.

        `POST /imports`.

        Args:
            body (ImportDefinition): An import definition.

        Raises:
            np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
            np6_client.APIConnectionError: the request could not be sent or its answer not read.

        Returns:
            Created
        """

        return await asyncio(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def detailed(
        self,
        body: ImportDefinition | ImportDefinitionDict,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Response[Created]:
        """The same call, answering `Response`: status, headers, `request_id`, raw bytes and the parsed body."""
        return await asyncio_detailed(
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )
