from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.action_execution_result import ActionExecutionResult
from ...models.email_message_definition import EmailMessageDefinition
from ...models.sms_message_definition import SmsMessageDefinition
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: list[EmailMessageDefinition] | list[SmsMessageDefinition] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/actions/{id}/executions".format(
            id=quote(str(id), safe=""),
        ),
    }

    if (
        isinstance(body, list)
        and body
        and all(isinstance(item, EmailMessageDefinition) for item in body)
    ):
        _kwargs["json"] = [item.to_dict() for item in body]
        headers["Content-Type"] = "application/vnd.np6.cm.email"
    elif (
        isinstance(body, list)
        and body
        and all(isinstance(item, SmsMessageDefinition) for item in body)
    ):
        _kwargs["json"] = [item.to_dict() for item in body]
        headers["Content-Type"] = "application/vnd.np6.cm.sms"
    elif not isinstance(body, Unset):
        raise errors.InvalidRequestError(
            "body",
            "matches none of the content types application/vnd.np6.cm.email application/vnd.np6.cm.sms",
        )

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> list[ActionExecutionResult]:
    try:
        if response.status_code == 200:
            response_200 = []
            _response_200 = response.json()
            for response_200_item_data in _response_200:
                response_200_item = ActionExecutionResult.from_dict(
                    response_200_item_data
                )

                response_200.append(response_200_item)

            return response_200

    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.MalformedResponseError(response, repr(exc)) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[EmailMessageDefinition] | list[SmsMessageDefinition] | Unset = UNSET,
) -> Response[list[ActionExecutionResult]]:
    """Send messages

    The body is sent as `application/vnd.np6.cm.email` for an email action and as
    `application/vnd.np6.cm.sms` for an SMS action.

    `POST /actions/{id}/executions`.

    Args:
        id (str): id of the action to send
        body (list[EmailMessageDefinition]):
        body (list[SmsMessageDefinition]):

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[list[ActionExecutionResult]]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        id=id,
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[EmailMessageDefinition] | list[SmsMessageDefinition] | Unset = UNSET,
) -> list[ActionExecutionResult]:
    """Send messages

    The body is sent as `application/vnd.np6.cm.email` for an email action and as
    `application/vnd.np6.cm.sms` for an SMS action.

    `POST /actions/{id}/executions`.

    Args:
        id (str): id of the action to send
        body (list[EmailMessageDefinition]):
        body (list[SmsMessageDefinition]):

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        list[ActionExecutionResult]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _parse_response(response)
