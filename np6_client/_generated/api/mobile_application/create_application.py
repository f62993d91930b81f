from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notifiable_application import NotifiableApplication
from ...types import Response


def _get_kwargs(
    *,
    body: NotifiableApplication,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/parameters/applications",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> NotifiableApplication:
    try:
        if response.status_code == 200:
            response_200 = NotifiableApplication.from_dict(response.json())

            return response_200

    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.MalformedResponseError(response, repr(exc)) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NotifiableApplication,
) -> Response[NotifiableApplication]:
    """Create a notifiable application

    `id` and `stamp` are assigned by NP6 (send them as null or leave them out). Partial in the public
    reference: the answer's status code and content type are not printed.

    `POST /parameters/applications`.

    Args:
        body (NotifiableApplication): A mobile application that receives notifications. `type` is
            the discriminator; `native` is the value seen in the reference. It is kept a plain string
            so that a new application type never breaks a reader. Partial in the public reference: the
            members after `icon` are known from examples, further members stay open.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[NotifiableApplication]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NotifiableApplication,
) -> NotifiableApplication:
    """Create a notifiable application

    `id` and `stamp` are assigned by NP6 (send them as null or leave them out). Partial in the public
    reference: the answer's status code and content type are not printed.

    `POST /parameters/applications`.

    Args:
        body (NotifiableApplication): A mobile application that receives notifications. `type` is
            the discriminator; `native` is the value seen in the reference. It is kept a plain string
            so that a new application type never breaks a reader. Partial in the public reference: the
            members after `icon` are known from examples, further members stay open.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        NotifiableApplication
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _parse_response(response)
