from collections.abc import Mapping
from typing import Any

import httpx

from ...._bodies import choose_body
from ...._paths import path_segment
from ... import errors
from ...client import AuthenticatedClient, BindingClient, Client
from ...models.action_execution_result import ActionExecutionResult
from ...models.email_message_definition import (
    EmailMessageDefinition,
    EmailMessageDefinitionDict,
)
from ...models.sms_message_definition import (
    SmsMessageDefinition,
    SmsMessageDefinitionDict,
)
from ...types import Response, http_status


def _get_kwargs(
    id: str,
    *,
    body: EmailMessageDefinition
    | EmailMessageDefinitionDict
    | SmsMessageDefinition
    | SmsMessageDefinitionDict,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/actions/{path_segment(id)}/execution",
    }

    headers["Content-Type"], _kwargs["json"] = choose_body(
        body,
        (
            (
                "application/vnd.np6.cm.email",
                EmailMessageDefinition,
                False,
                frozenset(
                    {
                        "recipient",
                        "related",
                        "copies",
                        "headers",
                        "subject",
                        "attachments",
                        "content",
                        "data",
                        "blocks",
                        "variables",
                        "stamp",
                        "urgent",
                        "important",
                    }
                ),
            ),
            ("application/vnd.np6.cm.sms", SmsMessageDefinition, False, frozenset({})),
        ),
    )

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ActionExecutionResult:
    try:
        if response.status_code == 200:
            response_200 = ActionExecutionResult.from_dict(response.json())

            return response_200

    # Whatever a hostile body makes parsing raise (RecursionError and OverflowError too).
    except Exception as exc:
        raise errors.MalformedResponseError(response, repr(exc), cause=exc) from exc
    raise errors.UnexpectedStatus(
        response.status_code, response.content, response=response
    )


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EmailMessageDefinition
    | EmailMessageDefinitionDict
    | SmsMessageDefinition
    | SmsMessageDefinitionDict,
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
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
        maybe_applied=bool(response.extensions.get("np6_maybe_applied")),
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EmailMessageDefinition
    | EmailMessageDefinitionDict
    | SmsMessageDefinition
    | SmsMessageDefinitionDict,
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


class SendActionMessageOperation:
    """`POST /actions/{id}/execution` bound to a client, as `np6.email_sms.send_action_message`.

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
        body: EmailMessageDefinition
        | EmailMessageDefinitionDict
        | SmsMessageDefinition
        | SmsMessageDefinitionDict,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
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

        return await asyncio(
            id=id,
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
        body: EmailMessageDefinition
        | EmailMessageDefinitionDict
        | SmsMessageDefinition
        | SmsMessageDefinitionDict,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Response[ActionExecutionResult]:
        """The same call, answering `Response`: status, headers, `request_id`, raw bytes and the parsed body."""
        return await asyncio_detailed(
            id=id,
            body=body,
            client=self._client.for_call(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )
