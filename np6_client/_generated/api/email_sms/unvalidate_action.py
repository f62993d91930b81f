from collections.abc import Mapping
from typing import Any

import httpx

from ...._bodies import json_body
from ...._paths import path_segment
from ... import errors
from ...client import AuthenticatedClient, BindingClient, Client
from ...models.action_validation import ActionValidation, ActionValidationDict
from ...types import Response, http_status


def _get_kwargs(
    id: str,
    *,
    body: ActionValidation | ActionValidationDict,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/actions/{path_segment(id)}/validation",
    }

    _kwargs["json"] = json_body(body, ActionValidation)
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
    *,
    client: AuthenticatedClient | Client,
    body: ActionValidation | ActionValidationDict,
) -> Response[None]:
    """Unvalidate an action

    This DELETE carries a JSON body. Its answer is not printed in the public reference.

    `DELETE /actions/{id}/validation`.

    Args:
        id (str): id of the action
        body (ActionValidation): body of Test or validate / Unvalidate an action

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
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
        maybe_applied=bool(response.extensions.get("np6_maybe_applied")),
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ActionValidation | ActionValidationDict,
) -> None:
    """Unvalidate an action

    This DELETE carries a JSON body. Its answer is not printed in the public reference.

    `DELETE /actions/{id}/validation`.

    Args:
        id (str): id of the action
        body (ActionValidation): body of Test or validate / Unvalidate an action

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


class UnvalidateActionOperation:
    """`DELETE /actions/{id}/validation` bound to a client, as `np6.email_sms.unvalidate_action`.

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
        body: ActionValidation | ActionValidationDict,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> None:
        """Unvalidate an action

        This DELETE carries a JSON body. Its answer is not printed in the public reference.

        `DELETE /actions/{id}/validation`.

        Args:
            id (str): id of the action
            body (ActionValidation): body of Test or validate / Unvalidate an action

        Raises:
            np6_client.APIStatusError: NP6 answered a non-2xx status (a subclass per status).
            np6_client.APIConnectionError: the request could not be sent or its answer not read.

        Returns:
            None
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
        body: ActionValidation | ActionValidationDict,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Response[None]:
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
