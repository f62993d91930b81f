from collections.abc import Mapping
from typing import Any

import httpx

from ...._deprecation import warn_deprecated
from ... import errors
from ...client import AuthenticatedClient, BindingClient, Client
from ...models.field import Field
from ...types import Response, http_status


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fields",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[Field]:
    try:
        if response.status_code == 200:
            response_200 = []
            _response_200 = response.json()
            if not isinstance(_response_200, list):
                raise TypeError(
                    f"expected a JSON array, not {type(_response_200).__name__}"
                )
            for response_200_item_data in _response_200:
                response_200_item = Field.from_dict(response_200_item_data)

                response_200.append(response_200_item)

            return response_200

    # Whatever a hostile body makes parsing raise (RecursionError and OverflowError too).
    except Exception as exc:
        raise errors.MalformedResponseError(response, repr(exc), cause=exc) from exc
    raise errors.UnexpectedStatus(
        response.status_code, response.content, response=response
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[Field]]:
    """Retrieve all fields

    Deprecated: NP6 marks this operation as deprecated.

    `GET /fields`.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[list[Field]]: status, headers, raw content and the parsed body.
    """

    warn_deprecated("list_fields")

    kwargs = _get_kwargs()
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
) -> list[Field]:
    """Retrieve all fields

    Deprecated: NP6 marks this operation as deprecated.

    `GET /fields`.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        list[Field]
    """

    warn_deprecated("list_fields")

    kwargs = _get_kwargs()
    response = await client.get_async_httpx_client().request(**kwargs)
    return _parse_response(response)


class ListFieldsOperation:
    """`GET /fields` bound to a client, as `np6.field.list_fields`.

    Await it for the parsed body; `.detailed(...)` also gives the status, headers and
    `request_id`.
    Per-call options on each: `timeout`, `max_retries`, `extra_headers`, `extra_query`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: BindingClient) -> None:
        self._client = client

    async def __call__(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> list[Field]:
        """Retrieve all fields

        Deprecated: NP6 marks this operation as deprecated.

        `GET /fields`.

        Raises:
            np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
            np6_client.APIConnectionError: the request could not be sent or its answer not read.

        Returns:
            list[Field]
        """

        return await asyncio(
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def detailed(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Response[list[Field]]:
        """The same call, answering `Response`: status, headers, `request_id`, raw bytes and the parsed body."""
        return await asyncio_detailed(
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )
