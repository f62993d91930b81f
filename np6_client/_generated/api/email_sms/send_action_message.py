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
    body: EmailMessageDefinition | SmsMessageDefinition | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/actions/{id}/execution".format(
            id=quote(str(id), safe=""),
        ),
    }

    if isinstance(body, EmailMessageDefinition):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/vnd.np6.cm.email"
    elif isinstance(body, SmsMessageDefinition):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/vnd.np6.cm.sms"
    elif not isinstance(body, Unset):
        raise errors.InvalidRequestError(
            "body",
            "matches none of the content types application/vnd.np6.cm.email application/vnd.np6.cm.sms",
        )

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ActionExecutionResult:
    try:
        if response.status_code == 200:
            response_200 = ActionExecutionResult.from_dict(response.json())

            return response_200

    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.MalformedResponseError(response, repr(exc)) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EmailMessageDefinition | SmsMessageDefinition | Unset = UNSET,
) -> Response[ActionExecutionResult]:
    """Send message

    The body is sent as `application/vnd.np6.cm.email` for an email action and as
    `application/vnd.np6.cm.sms` for an SMS action.

    `POST /actions/{id}/execution`.

    Args:
        id (str): id of the action to send
        body (EmailMessageDefinition): one message to send, sent as
            `application/vnd.np6.cm.email`. Partial in the public reference, so it stays open.
        body (SmsMessageDefinition): one message to send, sent as `application/vnd.np6.cm.sms`.
            Its members are not printed in the public reference, so it stays open.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        Response[ActionExecutionResult]: status, headers, raw content and the parsed body.
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
    body: EmailMessageDefinition | SmsMessageDefinition | Unset = UNSET,
) -> ActionExecutionResult:
    """Send message

    The body is sent as `application/vnd.np6.cm.email` for an email action and as
    `application/vnd.np6.cm.sms` for an SMS action.

    `POST /actions/{id}/execution`.

    Args:
        id (str): id of the action to send
        body (EmailMessageDefinition): one message to send, sent as
            `application/vnd.np6.cm.email`. Partial in the public reference, so it stays open.
        body (SmsMessageDefinition): one message to send, sent as `application/vnd.np6.cm.sms`.
            Its members are not printed in the public reference, so it stays open.

    Raises:
        np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.

    Returns:
        ActionExecutionResult
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _parse_response(response)
