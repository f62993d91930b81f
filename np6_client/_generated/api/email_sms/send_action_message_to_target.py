from collections.abc import Mapping
from typing import Any

import httpx

from ...._bodies import json_body
from ...._paths import path_segment
from ... import errors
from ...client import AuthenticatedClient, BindingClient, Client
from ...models.action_target_message import ActionTargetMessage, ActionTargetMessageDict
from ...types import Response, http_status


def _get_kwargs(
    id: str,
    target_id: str,
    *,
    body: ActionTargetMessage | ActionTargetMessageDict,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/actions/{path_segment(id)}/targets/{path_segment(target_id)}",
    }

    _kwargs["json"] = json_body(body, ActionTargetMessage)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    try:
        if 200 <= response.status_code <= 299:
            return
    # Whatever a hostile body makes parsing raise (RecursionError and OverflowError too).
    except Exception as exc:
        raise errors.MalformedResponseError(response, repr(exc), cause=exc) from exc
    raise errors.UnexpectedStatus(
        response.status_code, response.content, response=response
    )


async def asyncio_detailed(
    id: str,
    target_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ActionTargetMessage | ActionTargetMessageDict,
) -> Response[None]:
    """Send a message

    Sends the action to one target. The path parameters' types, the rest of the body and the answer are
    not printed in the public reference.

    `POST /actions/{id}/targets/{target_id}`.

    Args:
        id (str): id of the action
        target_id (str): id of the target
        body (ActionTargetMessage): message request model. Partial in the public reference: only
            `data` is visible, so the object stays open.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[None]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        id=id,
        target_id=target_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    _parse_response(response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
        maybe_applied=bool(response.extensions.get("np6_maybe_applied")),
    )


async def asyncio(
    id: str,
    target_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ActionTargetMessage | ActionTargetMessageDict,
) -> None:
    """Send a message

    Sends the action to one target. The path parameters' types, the rest of the body and the answer are
    not printed in the public reference.

    `POST /actions/{id}/targets/{target_id}`.

    Args:
        id (str): id of the action
        target_id (str): id of the target
        body (ActionTargetMessage): message request model. Partial in the public reference: only
            `data` is visible, so the object stays open.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        id=id,
        target_id=target_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    _parse_response(response)


class SendActionMessageToTargetOperation:
    """`POST /actions/{id}/targets/{target_id}` bound to a client, as `np6.email_sms.send_action_message_to_target`.

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
        target_id: str,
        body: ActionTargetMessage | ActionTargetMessageDict,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> None:
        """Send a message

        Sends the action to one target. The path parameters' types, the rest of the body and the answer are
        not printed in the public reference.

        `POST /actions/{id}/targets/{target_id}`.

        Args:
            id (str): id of the action
            target_id (str): id of the target
            body (ActionTargetMessage): message request model. Partial in the public reference: only
                `data` is visible, so the object stays open.

        Raises:
            np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
            np6_client.APIConnectionError: the request could not be sent or its answer not read.

        Returns:
            None
        """

        return await asyncio(
            id=id,
            target_id=target_id,
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
        target_id: str,
        body: ActionTargetMessage | ActionTargetMessageDict,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Response[None]:
        """The same call, answering `Response`: status, headers, `request_id`, raw bytes and the parsed body."""
        return await asyncio_detailed(
            id=id,
            target_id=target_id,
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )
