from collections.abc import Mapping
from typing import Any, cast

import httpx

from ...._deprecation import warn_deprecated
from ...._paths import path_segment
from ... import errors
from ...client import AuthenticatedClient, BindingClient, Client
from ...types import Response, http_status


def _get_kwargs(
    id: int,
    *,
    body: list[str],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/segments/{path_segment(id)}/targets",
    }

    _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> int:
    try:
        if response.status_code == 200:
            response_200 = cast(int, response.json())
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
    body: list[str],
) -> Response[int]:
    """Add targets to a static segment

    Deprecated: NP6 marks this operation as deprecated.

    Maximum of 50 targets. If using unicity values to identify targets and the account has more than one
    unicity criteria configured, the values must be concatenated and sent as a single string for each
    target.

    `PUT /segments/{id}/targets`.

    Args:
        id (int): The segment's id
        body (list[str]):

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[int]: status, headers, raw content and the parsed body.
    """

    warn_deprecated("add_segment_targets")

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
    body: list[str],
) -> int:
    """Add targets to a static segment

    Deprecated: NP6 marks this operation as deprecated.

    Maximum of 50 targets. If using unicity values to identify targets and the account has more than one
    unicity criteria configured, the values must be concatenated and sent as a single string for each
    target.

    `PUT /segments/{id}/targets`.

    Args:
        id (int): The segment's id
        body (list[str]):

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        int
    """

    warn_deprecated("add_segment_targets")

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    answer = _parse_response(response)
    if response.extensions.get("np6_maybe_applied"):
        # A count of what this attempt changed; an earlier attempt may have changed more.
        raise errors.UncertainOutcomeError(
            method=response.request.method,
            path=response.request.url.path,
            retry_answer=answer,
        )
    return answer


class AddSegmentTargetsOperation:
    """`PUT /segments/{id}/targets` bound to a client, as `np6.segment.add_segment_targets`.

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
        body: list[str],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> int:
        """Add targets to a static segment

        Deprecated: NP6 marks this operation as deprecated.

        Maximum of 50 targets. If using unicity values to identify targets and the account has more than one
        unicity criteria configured, the values must be concatenated and sent as a single string for each
        target.

        `PUT /segments/{id}/targets`.

        Args:
            id (int): The segment's id
            body (list[str]):

        Raises:
            np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
            np6_client.APIConnectionError: the request could not be sent or its answer not read.

        Returns:
            int
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
        body: list[str],
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Response[int]:
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
