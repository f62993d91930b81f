"""What one call is, carried on its `httpx.Request` so nothing downstream has to guess it.

Each generated operation holds a `Call` naming its operation, method and path template; the
client's entry point puts it, with the call's own options, in the request's extensions. The
transport, telemetry and validation read the operation from there instead of matching the URL
against the spec; only `np6.request()` and a caller's raw use of the httpx client send
requests without an operation, and for those the transport looks the path up.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs
import httpx

from .._constants import QueryValue
from .._options import ClientOptions


def _frozen_mapping(value: Mapping[str, object] | None) -> tuple[tuple[str, object], ...]:
    return tuple((value or {}).items())


@attrs.frozen
class CallOptions:
    """One call's own `timeout`, `max_retries`, `extra_headers` and `extra_query` (None: the client's)."""

    timeout: float | httpx.Timeout | None = None
    max_retries: int | None = None
    extra_headers: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_frozen_mapping)
    extra_query: tuple[tuple[str, QueryValue], ...] = attrs.field(default=(), converter=_frozen_mapping)

    @property
    def changes_settings(self) -> bool:
        return self.timeout is not None or self.max_retries is not None

    def applied_to(self, options: ClientOptions) -> ClientOptions:
        """The client's settings with this call's timeout and retry budget."""
        if self.timeout is not None:
            options = attrs.evolve(options, timeout=self.timeout)
        if self.max_retries is not None:
            options = attrs.evolve(options, max_retries=self.max_retries)
        return options


NO_OPTIONS = CallOptions()


@attrs.frozen
class Call:
    """One operation as a call: `operation_id` None for paths sent through `np6.request()`."""

    method: str
    template: str | None = None
    operation_id: str | None = None
    resumable: bool = False  # a stream that may re-request from its last timestamp (`start` and `sort`)
    deprecated: bool = False  # NP6 marks the operation deprecated: the first call warns
    options: CallOptions = NO_OPTIONS

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
    ) -> Call:
        """The same call with per-call options; itself when none is given."""
        if timeout is None and max_retries is None and not extra_headers and not extra_query:
            return self
        options = CallOptions(timeout, max_retries, extra_headers, extra_query)
        return attrs.evolve(self, options=options)
