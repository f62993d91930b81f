from collections.abc import Mapping
from typing import Any

import httpx

from ...._bodies import json_body
from ...._response import Response, to_response
from ...._streaming.whole_body import json_of
from ...._transport.call import Call
from ... import errors
from ...client import Client
from ...models.field import Field
from ...models.field_definition import FieldDefinition, FieldDefinitionDict

_CALL = Call(
    "POST",
    "/fields",
    "create_field",
    resumable=False,
    deprecated=False,
)


def _get_kwargs(
    *,
    body: FieldDefinition | FieldDefinitionDict,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fields",
    }

    _kwargs["json"] = json_body(body, FieldDefinition)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Field:
    try:
        if response.status_code == 200:
            response_200 = Field.from_dict(json_of(response))

            return response_200

    # Whatever a hostile body makes parsing raise (RecursionError and OverflowError too).
    except Exception as exc:
        raise errors.MalformedResponseError(response, repr(exc), cause=exc) from exc
    raise errors.UnexpectedStatus(
        response.status_code, response.content, response=response
    )


def _detailed(response: httpx.Response) -> Response[Field]:
    return to_response(response, _parse_response(response))


def _answer(response: httpx.Response) -> Field:
    return _parse_response(response)


async def asyncio_detailed(
    *,
    client: Client,
    body: FieldDefinition | FieldDefinitionDict,
) -> Response[Field]:
    """Create a field

    The 8.1.0 reference lists this entry without its method or path.

    `POST /fields`.

    Args:
        body (FieldDefinition): A field to create, as NP6's earlier documentation describes it
            (`type`, `name`, `isUnicity` and `isMandatory` required). `type` is one of
            singleSelectList, multipleSelectList, email, phone, textArea, numeric, textField or date
            there; it is kept a plain string so that a new value never breaks a caller.

    Raises:
        np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
        np6_client.BadRequestError: HTTP 400: The request is invalid (not printed in the public reference).
        np6_client.AuthenticationError: HTTP 401: The `X-Key` header is missing or holds an unknown key.
        np6_client.ConflictError: HTTP 409: A field with this name exists already.
        np6_client.UnsupportedMediaTypeError: HTTP 415: The body was sent with another content type than the one documented.
        np6_client.RateLimitError: HTTP 429: Over the rate limit; back off exponentially before retrying.
        np6_client.APIStatusError: any other non-2xx status NP6 answers (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.
        np6_client.APITimeoutError: no answer within the call's timeout or deadline.
        np6_client.MalformedResponseError: a 2xx answer whose body is not what the spec describes.

    Returns:
        Response[Field]: status, headers, raw content and the parsed body.
    """

    response = await client.send_call(
        _CALL,
        _get_kwargs(
            body=body,
        ),
    )
    return _detailed(response)


async def asyncio(
    *,
    client: Client,
    body: FieldDefinition | FieldDefinitionDict,
) -> Field:
    """Create a field

    The 8.1.0 reference lists this entry without its method or path.

    `POST /fields`.

    Args:
        body (FieldDefinition): A field to create, as NP6's earlier documentation describes it
            (`type`, `name`, `isUnicity` and `isMandatory` required). `type` is one of
            singleSelectList, multipleSelectList, email, phone, textArea, numeric, textField or date
            there; it is kept a plain string so that a new value never breaks a caller.

    Raises:
        np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
        np6_client.BadRequestError: HTTP 400: The request is invalid (not printed in the public reference).
        np6_client.AuthenticationError: HTTP 401: The `X-Key` header is missing or holds an unknown key.
        np6_client.ConflictError: HTTP 409: A field with this name exists already.
        np6_client.UnsupportedMediaTypeError: HTTP 415: The body was sent with another content type than the one documented.
        np6_client.RateLimitError: HTTP 429: Over the rate limit; back off exponentially before retrying.
        np6_client.APIStatusError: any other non-2xx status NP6 answers (a subclass per status).
        np6_client.APIConnectionError: the request could not be sent or its answer not read.
        np6_client.APITimeoutError: no answer within the call's timeout or deadline.
        np6_client.MalformedResponseError: a 2xx answer whose body is not what the spec describes.

    Returns:
        Field
    """

    return _answer(
        await client.send_call(
            _CALL,
            _get_kwargs(
                body=body,
            ),
        )
    )


class CreateFieldOperation:
    """`POST /fields` bound to a client, as `np6.field.create_field`.

    Await it for the parsed body; `.detailed(...)` also gives the status, headers and
    `request_id`.
    Per-call options on each: `timeout`, `max_retries`, `extra_headers`, `extra_query`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def __call__(
        self,
        body: FieldDefinition | FieldDefinitionDict,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Field:
        """Create a field

        The 8.1.0 reference lists this entry without its method or path.

        `POST /fields`.

        Args:
            body (FieldDefinition): A field to create, as NP6's earlier documentation describes it
                (`type`, `name`, `isUnicity` and `isMandatory` required). `type` is one of
                singleSelectList, multipleSelectList, email, phone, textArea, numeric, textField or date
                there; it is kept a plain string so that a new value never breaks a caller.

        Raises:
            np6_client.InvalidRequestError: an argument breaks the spec; nothing was sent.
            np6_client.BadRequestError: HTTP 400: The request is invalid (not printed in the public reference).
            np6_client.AuthenticationError: HTTP 401: The `X-Key` header is missing or holds an unknown key.
            np6_client.ConflictError: HTTP 409: A field with this name exists already.
            np6_client.UnsupportedMediaTypeError: HTTP 415: The body was sent with another content type than the one documented.
            np6_client.RateLimitError: HTTP 429: Over the rate limit; back off exponentially before retrying.
            np6_client.APIStatusError: any other non-2xx status NP6 answers (a subclass per status).
            np6_client.APIConnectionError: the request could not be sent or its answer not read.
            np6_client.APITimeoutError: no answer within the call's timeout or deadline.
            np6_client.MalformedResponseError: a 2xx answer whose body is not what the spec describes.

        Returns:
            Field
        """

        return _answer(
            await self._client.send_call(
                _CALL,
                _get_kwargs(
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
        body: FieldDefinition | FieldDefinitionDict,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Response[Field]:
        """The same call, answering `Response`: status, headers, `request_id`, raw bytes and the parsed body."""
        return _detailed(
            await self._client.send_call(
                _CALL,
                _get_kwargs(
                    body=body,
                ),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )
        )
