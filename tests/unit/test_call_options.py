"""One call's own options: what each sets, what it leaves to the client, and when a call is left as it is."""

import httpx
import pytest

from np6_client._options import ClientOptions
from np6_client._transport.call import NO_OPTIONS, Call, CallOptions

CLIENT = ClientOptions(timeout=30.0, max_retries=3)


def test_headers_and_query_are_kept_as_pairs_in_order() -> None:
    options = CallOptions(extra_headers={"X-A": "1", "X-B": "2"}, extra_query={"q": 1})
    assert (options.extra_headers, options.extra_query) == ((("X-A", "1"), ("X-B", "2")), (("q", 1),))
    assert (CallOptions(extra_headers=None).extra_headers, CallOptions().extra_query) == ((), ())


@pytest.mark.parametrize(
    ("options", "changes"),
    [
        (CallOptions(timeout=2.0), True),
        (CallOptions(max_retries=0), True),  # no retry is a setting too
        (CallOptions(timeout=2.0, max_retries=1), True),
        (CallOptions(extra_headers={"X-A": "1"}, extra_query={"q": 1}), False),
        (NO_OPTIONS, False),
    ],
)
def test_only_a_timeout_or_a_retry_budget_changes_the_settings(options: CallOptions, changes: bool) -> None:
    assert options.changes_settings is changes


def test_each_setting_given_replaces_the_clients_and_only_that_one() -> None:
    timed = CallOptions(timeout=2.0).applied_to(CLIENT)
    assert (timed.timeout, timed.max_retries) == (httpx.Timeout(2.0), 3)
    unretried = CallOptions(max_retries=0).applied_to(CLIENT)
    assert (unretried.timeout, unretried.max_retries) == (httpx.Timeout(30.0), 0)
    both = CallOptions(timeout=5.0, max_retries=1).applied_to(CLIENT)
    assert (both.timeout, both.max_retries) == (httpx.Timeout(5.0), 1)
    assert NO_OPTIONS.applied_to(CLIENT) == CLIENT


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ({"timeout": 2.0}, CallOptions(timeout=2.0)),
        ({"max_retries": 0}, CallOptions(max_retries=0)),
        ({"extra_headers": {"X-A": "1"}}, CallOptions(extra_headers={"X-A": "1"})),
        ({"extra_query": {"q": 1}}, CallOptions(extra_query={"q": 1})),
    ],
)
def test_a_call_with_any_option_is_a_copy_carrying_it(given: dict[str, object], expected: CallOptions) -> None:
    call = Call("GET", "/segments/{id}", "get_segment", resumable=True)
    copy = call.with_options(**given)  # type: ignore[arg-type]
    assert copy.options == expected
    assert (copy.method, copy.template, copy.operation_id, copy.resumable) == (
        "GET",
        "/segments/{id}",
        "get_segment",
        True,
    )
    assert call.options is NO_OPTIONS


def test_a_call_without_options_or_with_empty_ones_is_itself() -> None:
    call = Call("GET", "/segments")
    assert call.with_options() is call
    assert call.with_options(extra_headers={}, extra_query={}) is call
