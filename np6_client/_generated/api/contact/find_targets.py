from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, BindingClient, Client
from ...models.target import Target
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    *,
    body: list[str] | Unset = UNSET,
    hash_: str | Unset = UNSET,
    unicity: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["hash"] = hash_

    json_unicity: list[str] | Unset = UNSET
    if not isinstance(unicity, Unset):
        json_unicity = unicity

    params["unicity"] = json_unicity

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/targets",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Target:
    try:
        if response.status_code == 200:
            response_200 = Target.from_dict(response.json())

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
    body: list[str] | Unset = UNSET,
    hash_: str | Unset = UNSET,
    unicity: list[str] | Unset = UNSET,
) -> Response[Target]:
    """Retrieve a target (experimental)

    Experimental: NP6 marks this operation as experimental; it may change.

    Looks a target up by its hash or by its unicity value(s).

    `GET /targets`.

    Args:
        hash_ (str | Unset): hash of the target
        unicity (list[str] | Unset): unicity value(s) of the target
        body (list[str] | Unset):

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[Target]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
        hash_=hash_,
        unicity=unicity,
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
    body: list[str] | Unset = UNSET,
    hash_: str | Unset = UNSET,
    unicity: list[str] | Unset = UNSET,
) -> Target:
    """Retrieve a target (experimental)

    Experimental: NP6 marks this operation as experimental; it may change.

    Looks a target up by its hash or by its unicity value(s).

    `GET /targets`.

    Args:
        hash_ (str | Unset): hash of the target
        unicity (list[str] | Unset): unicity value(s) of the target
        body (list[str] | Unset):

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Target
    """

    kwargs = _get_kwargs(
        body=body,
        hash_=hash_,
        unicity=unicity,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _parse_response(response)


class FindTargetsOperation:
    """`GET /targets` bound to a client, as `np6.contact.find_targets`.

    Await it for the parsed body; `.detailed(...)` also gives the status, headers and
    `request_id`.
    Per-call options on each: `timeout`, `max_retries`, `extra_headers`, `extra_query`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: BindingClient) -> None:
        self._client = client

    async def __call__(
        self,
        body: list[str] | Unset = UNSET,
        *,
        hash_: str | Unset = UNSET,
        unicity: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Target:
        """Retrieve a target (experimental)

        Experimental: NP6 marks this operation as experimental; it may change.

        Looks a target up by its hash or by its unicity value(s).

        `GET /targets`.

        Args:
            hash_ (str | Unset): hash of the target
            unicity (list[str] | Unset): unicity value(s) of the target
            body (list[str] | Unset):

        Raises:
            np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
            np6_client.APIConnectionError: the request could not be sent or its answer not read.

        Returns:
            Target
        """

        return await asyncio(
            body=body,
            hash_=hash_,
            unicity=unicity,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def detailed(
        self,
        body: list[str] | Unset = UNSET,
        *,
        hash_: str | Unset = UNSET,
        unicity: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Response[Target]:
        """The same call, answering `Response`: status, headers, `request_id`, raw bytes and the parsed body."""
        return await asyncio_detailed(
            body=body,
            hash_=hash_,
            unicity=unicity,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )
