from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notification_execution import NotificationExecution
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: list[NotificationExecution],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/notifications/{id}/executions".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    try:
        if 200 <= response.status_code <= 299:
            return
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.MalformedResponseError(response, repr(exc)) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: list[NotificationExecution],
) -> Response[None]:
    """Execute the specified notification

    Sends one execution request per recipient. Partial in the public reference: the answer is not
    printed, so any 2xx status is accepted and its body is not parsed. The id's type is not printed for
    this operation; it is typed as on the other notification operations.

    `POST /notifications/{id}/executions`.

    Args:
        id (int): Id of the notification to execute
        body (list[NotificationExecution]):

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[None]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    _parse_response(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: list[NotificationExecution],
) -> None:
    """Execute the specified notification

    Sends one execution request per recipient. Partial in the public reference: the answer is not
    printed, so any 2xx status is accepted and its body is not parsed. The id's type is not printed for
    this operation; it is typed as on the other notification operations.

    `POST /notifications/{id}/executions`.

    Args:
        id (int): Id of the notification to execute
        body (list[NotificationExecution]):

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    _parse_response(response)
