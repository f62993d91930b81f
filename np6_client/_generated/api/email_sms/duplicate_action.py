from collections.abc import Mapping
from typing import Any

import httpx

from ...._paths import path_segment
from ...._response import Response, to_response
from ...._streaming.whole_body import json_of
from ...._transport.call import Call
from ... import errors
from ...client import Client
from ...models.action import Action
from ...types import UNSET, Unset

_CALL = Call(
    "POST",
    "/actions/{id}/duplication",
    "duplicate_action",
    resumable=False,
    deprecated=False,
)


def _get_kwargs(
    id: str,
    *,
    type_: int | None | Unset = UNSET,
    folder: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: int | None | Unset
    if isinstance(type_, Unset):
        json_type_ = UNSET
    else:
        json_type_ = type_
    params["type"] = json_type_

    json_folder: int | None | Unset
    if isinstance(folder, Unset):
        json_folder = UNSET
    else:
        json_folder = folder
    params["folder"] = json_folder

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/actions/{id}/duplication".format(
            id=path_segment(id, "str", "id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Action:
    try:
        if response.status_code == 200:
            response_200 = Action.from_dict(json_of(response))

            return response_200

    # Whatever a hostile body makes parsing raise (RecursionError and OverflowError too).
    except Exception as exc:
        raise errors.MalformedResponseError(response, repr(exc), cause=exc) from exc
    raise errors.UnexpectedStatus(
        response.status_code, response.content, response=response
    )


def _detailed(response: httpx.Response) -> Response[Action]:
    return to_response(response, _parse_response(response))


def _answer(response: httpx.Response) -> Action:
    return _parse_response(response)


async def asyncio_detailed(
    id: str,
    *,
    client: Client,
    type_: int | None | Unset = UNSET,
    folder: int | None | Unset = UNSET,
) -> Response[Action]:
    """Duplicate an action

    `POST /actions/{id}/duplication`.

    Args:
        id (str): id of the source action
        type_ (int | None | Unset): type wanted for the copy
        folder (int | None | Unset): folder id wanted for the copy

    Raises:
        np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
        np6_client.BadRequestError: HTTP 400: The request is invalid (not printed in the public reference).
        np6_client.AuthenticationError: HTTP 401: The `X-Key` header is missing or holds an unknown key.
        np6_client.NotFoundError: HTTP 404: No resource has this id (not printed in the public reference).
        np6_client.RateLimitError: HTTP 429: Over the rate limit; back off exponentially before retrying.
        np6_client.APIStatusError: any other non-2xx status NP6 answers (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.
        np6_client.APITimeoutError: no answer within the call's timeout or deadline.
        np6_client.MalformedResponseError: a 2xx answer whose body is not what the spec describes.

    Returns:
        Response[Action]: status, headers, raw content and the parsed body.
    """

    response = await client.send_call(
        _CALL,
        _get_kwargs(
            id=id,
            type_=type_,
            folder=folder,
        ),
    )
    return _detailed(response)


async def asyncio(
    id: str,
    *,
    client: Client,
    type_: int | None | Unset = UNSET,
    folder: int | None | Unset = UNSET,
) -> Action:
    """Duplicate an action

    `POST /actions/{id}/duplication`.

    Args:
        id (str): id of the source action
        type_ (int | None | Unset): type wanted for the copy
        folder (int | None | Unset): folder id wanted for the copy

    Raises:
        np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
        np6_client.BadRequestError: HTTP 400: The request is invalid (not printed in the public reference).
        np6_client.AuthenticationError: HTTP 401: The `X-Key` header is missing or holds an unknown key.
        np6_client.NotFoundError: HTTP 404: No resource has this id (not printed in the public reference).
        np6_client.RateLimitError: HTTP 429: Over the rate limit; back off exponentially before retrying.
        np6_client.APIStatusError: any other non-2xx status NP6 answers (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.
        np6_client.APITimeoutError: no answer within the call's timeout or deadline.
        np6_client.MalformedResponseError: a 2xx answer whose body is not what the spec describes.

    Returns:
        Action
    """

    return _answer(
        await client.send_call(
            _CALL,
            _get_kwargs(
                id=id,
                type_=type_,
                folder=folder,
            ),
        )
    )


class DuplicateActionOperation:
    """`POST /actions/{id}/duplication` bound to a client, as `np6.email_sms.duplicate_action`.

    Await it for the parsed body; `.detailed(...)` also gives the status, headers and
    `request_id`.
    Per-call options on each: `timeout`, `max_retries`, `extra_headers`, `extra_query`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def __call__(
        self,
        id: str,
        *,
        type_: int | None | Unset = UNSET,
        folder: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Action:
        """Duplicate an action

        `POST /actions/{id}/duplication`.

        Args:
            id (str): id of the source action
            type_ (int | None | Unset): type wanted for the copy
            folder (int | None | Unset): folder id wanted for the copy

        Raises:
            np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
            np6_client.BadRequestError: HTTP 400: The request is invalid (not printed in the public reference).
            np6_client.AuthenticationError: HTTP 401: The `X-Key` header is missing or holds an unknown key.
            np6_client.NotFoundError: HTTP 404: No resource has this id (not printed in the public reference).
            np6_client.RateLimitError: HTTP 429: Over the rate limit; back off exponentially before retrying.
            np6_client.APIStatusError: any other non-2xx status NP6 answers (a subclass per status).
            np6_client.APIConnectionError: the request could not be sent or its answer not read.
            np6_client.APITimeoutError: no answer within the call's timeout or deadline.
            np6_client.MalformedResponseError: a 2xx answer whose body is not what the spec describes.

        Returns:
            Action
        """

        return _answer(
            await self._client.send_call(
                _CALL,
                _get_kwargs(
                    id=id,
                    type_=type_,
                    folder=folder,
                ),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )

    async def detailed(
        self,
        id: str,
        *,
        type_: int | None | Unset = UNSET,
        folder: int | None | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Response[Action]:
        """The same call, answering `Response`: status, headers, `request_id`, raw bytes and the parsed body."""
        return _detailed(
            await self._client.send_call(
                _CALL,
                _get_kwargs(
                    id=id,
                    type_=type_,
                    folder=folder,
                ),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )
