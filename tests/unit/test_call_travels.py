"""Each request carries its call: the transport, telemetry and validation read the operation from it."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

from np6_client import AttemptFinished, ClientOptions, InternalServerError, NP6Client, Observer, RetryScheduled
from np6_client._constants import CALL_EXTENSION
from np6_client._spec.index import SpecIndex
from np6_client._transport.call import Call

GATEWAY = "https://gw.example.com/np6"
FAST = ClientOptions(backoff_base=0.001, backoff_cap=0.002, min_retry_delay=0.001, max_retries=1)


class Recorder(Observer):
    def __init__(self) -> None:
        self.finished: list[AttemptFinished] = []
        self.retries: list[RetryScheduled] = []

    def attempt_finished(self, event: AttemptFinished) -> None:
        self.finished.append(event)

    def retry_scheduled(self, event: RetryScheduled) -> None:
        self.retries.append(event)


def answering(*responses: httpx.Response, seen: list[httpx.Request] | None = None) -> httpx.MockTransport:
    queue = list(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        return queue.pop(0) if len(queue) > 1 else queue[0]

    return httpx.MockTransport(handler)


async def test_behind_a_gateway_prefix_events_and_log_lines_name_the_path_template(
    caplog: pytest.LogCaptureFixture,
) -> None:
    recorder = Recorder()
    transport = answering(httpx.Response(503), httpx.Response(200, json=["T1"]))
    caplog.set_level(logging.DEBUG, logger="np6_client")
    async with NP6Client(api_key="k", base_url=GATEWAY, transport=transport, options=FAST, observer=recorder) as np6:
        assert await np6.segment.list_segment_targets(12) == ["T1"]
        answer = await np6.request("GET", "/segments/{id}/targets", path={"id": 12})
    assert answer.parsed == ["T1"]
    assert [event.path for event in recorder.finished] == ["/segments/{id}/targets"] * 3
    assert [event.path for event in recorder.retries] == ["/segments/{id}/targets"]
    paths = {record.__dict__["np6_path"] for record in caplog.records if "np6_path" in record.__dict__}
    assert paths == {"/segments/{id}/targets"}


async def test_the_request_carries_the_operation_and_its_own_options() -> None:
    seen: list[httpx.Request] = []
    transport = answering(httpx.Response(200, json=["T1"]), seen=seen)
    async with NP6Client(api_key="k", transport=transport) as np6:
        await np6.segment.list_segment_targets(12, timeout=3, extra_headers={"X-Trace": "t"}, extra_query={"p": 1})
        await np6.request("GET", "/anything/{id}", path={"id": 5})
    generated, raw = (request.extensions[CALL_EXTENSION] for request in seen)
    assert (generated.operation_id, generated.method, generated.template) == (
        "list_segment_targets",
        "GET",
        "/segments/{id}/targets",
    )
    assert (generated.options.timeout, dict(generated.options.extra_headers)) == (3, {"X-Trace": "t"})
    assert seen[0].headers["x-trace"] == "t" and seen[0].url.params["p"] == "1"
    assert seen[0].extensions["timeout"] == httpx.Timeout(3).as_dict()
    assert (raw.operation_id, raw.template) == (None, None)  # np6.request(): the transport looks the path up


async def test_a_generated_call_never_matches_its_url_against_the_spec(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any) -> None:
        raise AssertionError("the URL was matched against the spec")

    async with NP6Client(api_key="k", transport=answering(httpx.Response(200, json=["T1"]))) as np6:
        await np6.segment.list_segment_targets(12)  # the index is built before the patch
        monkeypatch.setattr(SpecIndex, "match", refuse)
        monkeypatch.setattr(SpecIndex, "blank_parameter", refuse)
        assert await np6.segment.list_segment_targets(12, max_retries=0) == ["T1"]
        with pytest.raises(AssertionError, match="matched"):
            await np6.request("GET", "/segments/{id}/targets", path={"id": 12})


async def test_per_call_options_build_no_client(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[object] = []
    original = httpx.AsyncClient.__init__

    def counting(self: httpx.AsyncClient, *args: Any, **kwargs: Any) -> None:
        built.append(self)
        original(self, *args, **kwargs)

    async with NP6Client(api_key="k", transport=answering(httpx.Response(503)), options=FAST) as np6:
        monkeypatch.setattr(httpx.AsyncClient, "__init__", counting)
        for retries in range(5):
            with pytest.raises(InternalServerError):
                await np6.segment.list_segment_targets(12, max_retries=0, extra_query={"n": retries})
    assert built == []


def test_options_given_per_call_are_kept_on_a_copy() -> None:
    call = Call("GET", "/x", "x")
    assert call.with_options() is call
    timed = call.with_options(timeout=2)
    assert (timed.options.timeout, call.options.timeout) == (2, None)
    assert timed.options.applied_to(ClientOptions()).timeout == httpx.Timeout(2)
    assert timed.with_options(max_retries=1).options.max_retries == 1
