from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from ...._bodies import json_list
from ...._paths import path_segment
from ... import errors
from ...client import AuthenticatedClient, BindingClient, Client
from ...models.webtask import Webtask
from ...models.webtask_update_item import WebtaskUpdateItem, WebtaskUpdateItemDict
from ...types import Response, http_status


def _get_kwargs(
    id: int,
    *,
    body: Sequence[WebtaskUpdateItem | WebtaskUpdateItemDict],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": f"/scripting/webtasks/{path_segment(id)}",
    }

    _kwargs["json"] = json_list(body, WebtaskUpdateItem)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Webtask:
    try:
        if response.status_code == 200:
            response_200 = Webtask.from_dict(response.json())

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
    body: Sequence[WebtaskUpdateItem | WebtaskUpdateItemDict],
) -> Response[Webtask]:
    """Update the specified webtask

    The public reference prints the update data as an array of objects, while its request sample sends a
    single webtask object; the body follows the printed schema. Partial in the public reference: the
    answer is printed down to `scripting.environment` only.

    `PATCH /scripting/webtasks/{id}`.

    Args:
        id (int): Id of the webtask to update
        body (list[WebtaskUpdateItem]):

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[Webtask]: status, headers, raw content and the parsed body.
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
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: Sequence[WebtaskUpdateItem | WebtaskUpdateItemDict],
) -> Webtask:
    """Update the specified webtask

    The public reference prints the update data as an array of objects, while its request sample sends a
    single webtask object; the body follows the printed schema. Partial in the public reference: the
    answer is printed down to `scripting.environment` only.

    `PATCH /scripting/webtasks/{id}`.

    Args:
        id (int): Id of the webtask to update
        body (list[WebtaskUpdateItem]):

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Webtask
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _parse_response(response)


class UpdateWebtaskOperation:
    """`PATCH /scripting/webtasks/{id}` bound to a client, as `np6.webtask.update_webtask`.

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
        body: Sequence[WebtaskUpdateItem | WebtaskUpdateItemDict],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Webtask:
        """Update the specified webtask

        The public reference prints the update data as an array of objects, while its request sample sends a
        single webtask object; the body follows the printed schema. Partial in the public reference: the
        answer is printed down to `scripting.environment` only.

        `PATCH /scripting/webtasks/{id}`.

        Args:
            id (int): Id of the webtask to update
            body (list[WebtaskUpdateItem]):

        Raises:
            np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
            np6_client.APIConnectionError: the request could not be sent or its answer not read.

        Returns:
            Webtask
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
        id: int,
        body: Sequence[WebtaskUpdateItem | WebtaskUpdateItemDict],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Response[Webtask]:
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
