from collections.abc import Mapping
from typing import Any

import httpx

from ...._bodies import json_body
from ...._paths import path_segment
from ...._response import Response, to_response
from ...._streaming.whole_body import json_of
from ...._transport.call import Call
from ... import errors
from ...client import Client
from ...models.action import Action, ActionDict

_CALL = Call(
    "PUT",
    "/actions/{id}",
    "update_action",
    resumable=False,
    deprecated=False,
)


def _get_kwargs(
    id: str,
    *,
    body: Action | ActionDict,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/actions/{id}".format(
            id=path_segment(id, "str", "id"),
        ),
    }

    _kwargs["json"] = json_body(body, Action)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: Action | ActionDict,
) -> Response[Action]:
    """Update an action

    Replaces the action's definition; the body takes the members of a creation. The 8.1.0 reference
    lists this entry without its method or path.

    `PUT /actions/{id}`.

    Args:
        id (str): id of the action to update
        body (Action): An Email & SMS action (marketing message), the model shared by retrieval,
            creation and duplication. `type` is a discriminator; only `mailMessage` is seen in the
            reference's examples. It is kept a plain string so that a new action type never breaks a
            reader. Partial in the public reference: the field list is printed up to
            `settings.priority`, later members are typed from the example and further members stay
            open.

    Raises:
        np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
        np6_client.BadRequestError: HTTP 400: The request is invalid (not printed in the public reference).
        np6_client.AuthenticationError: HTTP 401: The `X-Key` header is missing or holds an unknown key.
        np6_client.NotFoundError: HTTP 404: No resource has this id (not printed in the public reference).
        np6_client.ConflictError: HTTP 409: Conflict (only the status code is printed in NP6's earlier documentation).
        np6_client.UnsupportedMediaTypeError: HTTP 415: The body was sent with another content type than the one documented.
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
            body=body,
        ),
    )
    return _detailed(response)


async def asyncio(
    id: str,
    *,
    client: Client,
    body: Action | ActionDict,
) -> Action:
    """Update an action

    Replaces the action's definition; the body takes the members of a creation. The 8.1.0 reference
    lists this entry without its method or path.

    `PUT /actions/{id}`.

    Args:
        id (str): id of the action to update
        body (Action): An Email & SMS action (marketing message), the model shared by retrieval,
            creation and duplication. `type` is a discriminator; only `mailMessage` is seen in the
            reference's examples. It is kept a plain string so that a new action type never breaks a
            reader. Partial in the public reference: the field list is printed up to
            `settings.priority`, later members are typed from the example and further members stay
            open.

    Raises:
        np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
        np6_client.BadRequestError: HTTP 400: The request is invalid (not printed in the public reference).
        np6_client.AuthenticationError: HTTP 401: The `X-Key` header is missing or holds an unknown key.
        np6_client.NotFoundError: HTTP 404: No resource has this id (not printed in the public reference).
        np6_client.ConflictError: HTTP 409: Conflict (only the status code is printed in NP6's earlier documentation).
        np6_client.UnsupportedMediaTypeError: HTTP 415: The body was sent with another content type than the one documented.
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
                body=body,
            ),
        )
    )


class UpdateActionOperation:
    """`PUT /actions/{id}` bound to a client, as `np6.email_sms.update_action`.

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
        body: Action | ActionDict,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Action:
        """Update an action

        Replaces the action's definition; the body takes the members of a creation. The 8.1.0 reference
        lists this entry without its method or path.

        `PUT /actions/{id}`.

        Args:
            id (str): id of the action to update
            body (Action): An Email & SMS action (marketing message), the model shared by retrieval,
                creation and duplication. `type` is a discriminator; only `mailMessage` is seen in the
                reference's examples. It is kept a plain string so that a new action type never breaks a
                reader. Partial in the public reference: the field list is printed up to
                `settings.priority`, later members are typed from the example and further members stay
                open.

        Raises:
            np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
            np6_client.BadRequestError: HTTP 400: The request is invalid (not printed in the public reference).
            np6_client.AuthenticationError: HTTP 401: The `X-Key` header is missing or holds an unknown key.
            np6_client.NotFoundError: HTTP 404: No resource has this id (not printed in the public reference).
            np6_client.ConflictError: HTTP 409: Conflict (only the status code is printed in NP6's earlier documentation).
            np6_client.UnsupportedMediaTypeError: HTTP 415: The body was sent with another content type than the one documented.
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
                    body=body,
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
        body: Action | ActionDict,
        *,
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
                    body=body,
                ),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )
