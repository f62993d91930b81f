from collections.abc import Mapping
from typing import Any
from uuid import UUID

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AuthenticatedClient, BindingClient, Client
from ...models.notifiable_application import NotifiableApplication
from ...types import Response, http_status


def _get_kwargs(
    uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/parameters/applications/{path_segment(uuid)}",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> NotifiableApplication:
    try:
        if response.status_code == 200:
            response_200 = NotifiableApplication.from_dict(response.json())

            return response_200

    # Whatever a hostile body makes parsing raise (RecursionError and OverflowError too).
    except Exception as exc:
        raise errors.MalformedResponseError(response, repr(exc), cause=exc) from exc
    raise errors.UnexpectedStatus(
        response.status_code, response.content, response=response
    )


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[NotifiableApplication]:
    """Retrieve the specified notifiable application

    Partial in the public reference: the application is printed down to `icon` only.

    `GET /parameters/applications/{uuid}`.

    Args:
        uuid (UUID): Id of the notifiable application

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[NotifiableApplication]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        uuid=uuid,
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
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> NotifiableApplication:
    """Retrieve the specified notifiable application

    Partial in the public reference: the application is printed down to `icon` only.

    `GET /parameters/applications/{uuid}`.

    Args:
        uuid (UUID): Id of the notifiable application

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        NotifiableApplication
    """

    kwargs = _get_kwargs(
        uuid=uuid,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _parse_response(response)


class GetApplicationOperation:
    """`GET /parameters/applications/{uuid}` bound to a client, as `np6.mobile_application.get_application`.

    Await it for the parsed body; `.detailed(...)` also gives the status, headers and
    `request_id`.
    Per-call options on each: `timeout`, `max_retries`, `extra_headers`, `extra_query`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: BindingClient) -> None:
        self._client = client

    async def __call__(
        self,
        uuid: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> NotifiableApplication:
        """Retrieve the specified notifiable application

        Partial in the public reference: the application is printed down to `icon` only.

        `GET /parameters/applications/{uuid}`.

        Args:
            uuid (UUID): Id of the notifiable application

        Raises:
            np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
            np6_client.APIConnectionError: the request could not be sent or its answer not read.

        Returns:
            NotifiableApplication
        """

        return await asyncio(
            uuid=uuid,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def detailed(
        self,
        uuid: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Response[NotifiableApplication]:
        """The same call, answering `Response`: status, headers, `request_id`, raw bytes and the parsed body."""
        return await asyncio_detailed(
            uuid=uuid,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )
