from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notification import Notification
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: Notification,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/notifications/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

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
    body: Notification,
) -> Response[None]:
    """Update a notification

    Partial in the public reference: the answer is not printed, so any 2xx status is accepted and its
    body is not parsed. The id's type is not printed for this operation; it is typed as on the other
    notification operations.

    `PUT /notifications/{id}`.

    Args:
        id (int): Id of the notification to update
        body (Notification): A notification definition (creation and update body). `type` is the
            discriminator; `push-app` is the value seen in the reference. It is kept a plain string so
            that a new notification type never breaks a reader. Partial in the public reference:
            further members stay open.

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
    body: Notification,
) -> None:
    """Update a notification

    Partial in the public reference: the answer is not printed, so any 2xx status is accepted and its
    body is not parsed. The id's type is not printed for this operation; it is typed as on the other
    notification operations.

    `PUT /notifications/{id}`.

    Args:
        id (int): Id of the notification to update
        body (Notification): A notification definition (creation and update body). `type` is the
            discriminator; `push-app` is the value seen in the reference. It is kept a plain string so
            that a new notification type never breaks a reader. Partial in the public reference:
            further members stay open.

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
