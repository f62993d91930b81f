from collections.abc import Mapping
from typing import Any

import httpx

from ...._bodies import json_body
from ...._paths import path_segment
from ... import errors
from ...client import AuthenticatedClient, BindingClient, Client
from ...models.target_detail import TargetDetail
from ...models.target_update import TargetUpdate, TargetUpdateDict
from ...types import Response, http_status


def _get_kwargs(
    id: str,
    *,
    body: TargetUpdate | TargetUpdateDict,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/targets/{path_segment(id)}",
    }

    _kwargs["json"] = json_body(body, TargetUpdate)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> TargetDetail:
    try:
        if response.status_code == 200:
            response_200 = TargetDetail.from_dict(response.json())

            return response_200

    # Whatever a hostile body makes parsing raise (RecursionError and OverflowError too).
    except Exception as exc:
        raise errors.MalformedResponseError(response, repr(exc), cause=exc) from exc
    raise errors.UnexpectedStatus(
        response.status_code, response.content, response=response
    )


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TargetUpdate | TargetUpdateDict,
) -> Response[TargetDetail]:
    """Update a target

    `PUT /targets/{id}`.

    Args:
        id (str): Id of the target to to update
        body (TargetUpdate): Data used to update the target. The public reference prints it as an
            empty object; its members (field values) are not documented, so it stays open.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[TargetDetail]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        id=id,
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TargetUpdate | TargetUpdateDict,
) -> TargetDetail:
    """Update a target

    `PUT /targets/{id}`.

    Args:
        id (str): Id of the target to to update
        body (TargetUpdate): Data used to update the target. The public reference prints it as an
            empty object; its members (field values) are not documented, so it stays open.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        TargetDetail
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _parse_response(response)


class UpdateTargetOperation:
    """`PUT /targets/{id}` bound to a client, as `np6.contact.update_target`.

    Await it for the parsed body; `.detailed(...)` also gives the status, headers and
    `request_id`.
    Per-call options on each: `timeout`, `max_retries`, `extra_headers`, `extra_query`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: BindingClient) -> None:
        self._client = client

    async def __call__(
        self,
        id: str,
        body: TargetUpdate | TargetUpdateDict,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> TargetDetail:
        """Update a target

        `PUT /targets/{id}`.

        Args:
            id (str): Id of the target to to update
            body (TargetUpdate): Data used to update the target. The public reference prints it as an
                empty object; its members (field values) are not documented, so it stays open.

        Raises:
            np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
            np6_client.APIConnectionError: the request could not be sent or its answer not read.

        Returns:
            TargetDetail
        """

        return await asyncio(
            id=id,
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
        id: str,
        body: TargetUpdate | TargetUpdateDict,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Response[TargetDetail]:
        """The same call, answering `Response`: status, headers, `request_id`, raw bytes and the parsed body."""
        return await asyncio_detailed(
            id=id,
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )
