from collections.abc import Mapping
from typing import Any

import httpx

from ...._bodies import json_body
from ...._deprecation import warn_deprecated
from ...._paths import path_segment
from ... import errors
from ...client import AuthenticatedClient, BindingClient, Client
from ...models.segment import Segment, SegmentDict
from ...types import Response, http_status


def _get_kwargs(
    id: int,
    *,
    body: Segment | SegmentDict,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/segments/{path_segment(id)}",
    }

    _kwargs["json"] = json_body(body, Segment)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Segment:
    try:
        if response.status_code == 200:
            response_200 = Segment.from_dict(response.json())

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
    body: Segment | SegmentDict,
) -> Response[Segment]:
    """Update a segment

    Deprecated: NP6 marks this operation as deprecated.

    Partial in the public reference (no answer example printed).

    `PUT /segments/{id}`.

    Args:
        id (int): segment id
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

    warn_deprecated("update_segment")

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
    body: Segment | SegmentDict,
) -> Segment:
    """Update a segment

    Deprecated: NP6 marks this operation as deprecated.

    Partial in the public reference (no answer example printed).

    `PUT /segments/{id}`.

    Args:
        id (int): segment id
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

    warn_deprecated("update_segment")

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _parse_response(response)


class UpdateSegmentOperation:
    """`PUT /segments/{id}` bound to a client, as `np6.segment.update_segment`.

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
        body: Segment | SegmentDict,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Segment:
        """Update a segment

        Deprecated: NP6 marks this operation as deprecated.

        Partial in the public reference (no answer example printed).

        `PUT /segments/{id}`.

        Args:
            id (int): segment id
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
        body: Segment | SegmentDict,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Response[Segment]:
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
