from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.action import Action
from ...types import Response


def _get_kwargs(
    *,
    body: Action,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/actions",
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
    *,
    client: AuthenticatedClient | Client,
    body: Action,
) -> Response[None]:
    """Create an action

    The answer to this operation is not printed in the public reference.

    `POST /actions`.

    Args:
        body (Action): An Email & SMS action (marketing message), the model shared by retrieval,
            creation and duplication. `type` is a discriminator; only `mailMessage` is seen in the
            reference's examples. It is kept a plain string so that a new action type never breaks a
            reader. Partial in the public reference: the field list is printed up to
            `settings.priority`, later members are typed from the example and further members stay
            open.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[None]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
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
    *,
    client: AuthenticatedClient | Client,
    body: Action,
) -> None:
    """Create an action

    The answer to this operation is not printed in the public reference.

    `POST /actions`.

    Args:
        body (Action): An Email & SMS action (marketing message), the model shared by retrieval,
            creation and duplication. `type` is a discriminator; only `mailMessage` is seen in the
            reference's examples. It is kept a plain string so that a new action type never breaks a
            reader. Partial in the public reference: the field list is printed up to
            `settings.priority`, later members are typed from the example and further members stay
            open.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    _parse_response(response)
