"""Each request carries its call: the transport, telemetry and validation read the operation from it."""

from __future__ import annotations

import datetime
import logging
import time
import traceback
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from np6_client import (
    AttemptFinished,
    ClientOptions,
    InternalServerError,
    NP6Client,
    Observer,
    RedirectError,
    RetryScheduled,
)
from np6_client._constants import ATTEMPT_EXTENSION, CALL_EXTENSION
from np6_client._spec.index import SpecIndex
from np6_client._transport.attempt import Wait
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


async def test_each_attempt_is_numbered_from_zero_for_every_kind_of_call() -> None:
    attempts: list[tuple[str | None, str | None, int]] = []
    answers = [httpx.Response(503), httpx.Response(200, json=["T1"])] * 2

    def handler(request: httpx.Request) -> httpx.Response:
        attempt = request.extensions[ATTEMPT_EXTENSION]
        attempts.append((attempt.template, attempt.operation_id, attempt.resend_count))
        return answers.pop(0)

    async with NP6Client(api_key="k", transport=httpx.MockTransport(handler), options=FAST) as np6:
        await np6.request("GET", "/custom")  # a path the spec does not know
        await np6.segment.list_segment_targets(12)
    operation = ("/segments/{id}/targets", "list_segment_targets")
    assert attempts == [(None, None, 0), (None, None, 1), (*operation, 0), (*operation, 1)]


async def test_a_resent_attempt_carries_the_retry_wait_that_delayed_it(sleeps: list[float]) -> None:
    waits: list[tuple[Wait, ...]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        waits.append(request.extensions[ATTEMPT_EXTENSION].waits)
        return httpx.Response(503) if len(waits) == 1 else httpx.Response(200, json=["T1"])

    async with NP6Client(api_key="k", transport=httpx.MockTransport(handler), options=FAST) as np6:
        before = time.time_ns()
        await np6.segment.list_segment_targets(12)
        after = time.time_ns()
    first, second = ([wait for wait in attempt if wait.kind != "rate_limit"] for attempt in waits)
    assert first == []
    (retry,) = second
    assert (retry.kind, retry.reason, retry.seconds) == ("retry", "HTTP 503", sleeps[0])
    assert before <= retry.began_ns <= after


class SteppedClock:
    """`time.monotonic` and `time.time_ns` for the transport: time moves only when the limiter holds a start."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        return self.now

    def time_ns(self) -> int:
        return 7_000_000_000


class HoldingLimiter:
    """Holds each start for exactly `step` seconds of the stepped clock."""

    def __init__(self, clock: SteppedClock, step: float) -> None:
        self.clock, self.step = clock, step

    async def acquire(self) -> None:
        self.clock.now += self.step

    def release(self) -> None:
        pass

    def pause_for(self, seconds: float) -> None:
        pass

    def observe(self, quota: object, *, refused: bool) -> None:
        pass


@pytest.mark.parametrize("step", [0.001, 0.0005])  # at the notable wait, and under it
async def test_a_start_held_by_the_limiter_is_a_wait_of_the_attempt_with_the_pause_reason(
    monkeypatch: pytest.MonkeyPatch, sleeps: list[float], step: float
) -> None:
    clock = SteppedClock()
    monkeypatch.setattr("np6_client._transport.seam.time", clock)
    waits: list[tuple[Wait, ...]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        waits.append(request.extensions[ATTEMPT_EXTENSION].waits)
        return httpx.Response(429, headers={"retry-after": "2"}) if len(waits) == 1 else httpx.Response(200, json=[])

    limiter = HoldingLimiter(clock, step)
    async with NP6Client(api_key="k", transport=httpx.MockTransport(handler), limiter=limiter, options=FAST) as np6:
        await np6.segment.list_segment_targets(12)
    if step < 0.001:
        assert waits == [(), (Wait("retry", "HTTP 429", 2.0, 7_000_000_000),)]
        return
    assert waits == [
        (Wait("rate_limit", "pacing", step, 7_000_000_000),),
        (
            Wait("retry", "HTTP 429", 2.0, 7_000_000_000),
            Wait("rate_limit", "HTTP 429 on GET /segments/{id}/targets", step, 7_000_000_000),
        ),
    ]


async def test_a_transport_that_takes_the_key_header_off_the_request_still_gets_its_answer_through() -> None:
    keys: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        keys.append(request.headers.pop("x-key"))  # a signing proxy moving it into its own header, say
        return httpx.Response(200, json=["T1"])

    async with NP6Client(api_key="k", transport=httpx.MockTransport(handler), options=FAST) as np6:
        assert await np6.segment.list_segment_targets(12) == ["T1"]
    assert keys == ["k"]


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


# --- What a call skips, and when it does not ---------------------------------------------------


async def test_a_bodiless_get_on_its_own_path_is_not_validated_but_every_checkable_request_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from np6_client import InvalidRequestError
    from np6_client._spec.validation import validate_operation as real

    validated: list[str] = []

    def spy(operation: Any, request: httpx.Request, path: str) -> None:
        validated.append(operation.operation_id)
        real(operation, request, path)

    monkeypatch.setattr("np6_client._transport.seam.validate_operation", spy)
    target = {"id": "000PKXK4", "fields": {}}
    async with NP6Client(api_key="k", transport=answering(httpx.Response(200, json=target))) as np6:
        await np6.contact.get_target("000PKXK4")
        assert validated == []  # nothing to check: no body, no date-time query, the path is the operation's
        with pytest.raises(InvalidRequestError, match="id: must not be empty"):
            await np6.contact.get_target("")  # the path no longer matches its template: checked
        with pytest.raises(InvalidRequestError, match=r"body\[0\]: must be of type string"):
            await np6.contact.find_targets(body=[7])  # type: ignore[list-item]  # an optional body, given: checked
        with pytest.raises(InvalidRequestError, match="body"):
            await np6.segment.add_segment_targets(3, body=[f"T{n}" for n in range(51)])  # a body: checked
        with pytest.raises(InvalidRequestError, match="UTC offset"):
            await np6.notification.list_notification_activations(7, start=datetime.datetime(2024, 1, 1))  # naive
    assert validated == ["get_target", "find_targets", "add_segment_targets", "list_notification_activations"]


async def test_a_call_nobody_observes_builds_no_telemetry_and_logging_enabled_later_is_heard(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from np6_client._telemetry import Telemetry

    built: list[str] = []
    real_call = Telemetry.call

    def counting(self: Telemetry, method: str, path: str, redact: Callable[[str], str]) -> Any:
        built.append(path)
        return real_call(self, method, path, redact)

    monkeypatch.setattr(Telemetry, "call", counting)
    caplog.set_level(logging.WARNING, logger="np6_client")
    transport = answering(httpx.Response(503), httpx.Response(503), httpx.Response(200, json=["T1"]))
    async with NP6Client(api_key="k", transport=transport, options=FAST) as np6:
        with pytest.raises(InternalServerError):
            await np6.segment.list_segment_targets(12, max_retries=0)
        assert built == []
        caplog.set_level(logging.INFO, logger="np6_client")  # after the client was built and used
        assert await np6.segment.list_segment_targets(12) == ["T1"]
    assert built == ["/segments/{id}/targets"]
    assert any("retrying" in record.getMessage() for record in caplog.records)


async def test_rate_limit_headers_after_quiet_answers_still_reach_the_limiter_and_the_state(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from np6_client import InProcessRateLimiter
    from np6_client._transport.retry import read_quota

    parsed: list[object] = []

    def reading(*args: Any) -> Any:
        parsed.append(args)
        return read_quota(*args)

    monkeypatch.setattr("np6_client._transport.seam.read_quota", reading)
    quota = {"x-ratelimit-limit": "100", "x-ratelimit-remaining": "99", "x-ratelimit-reset": "30"}
    transport = answering(
        httpx.Response(200, json=["T1"]),
        httpx.Response(200, json=["T1"]),
        httpx.Response(200, json=["T1"], headers=quota),
        httpx.Response(200, json=["T1"]),
    )
    limiter = InProcessRateLimiter()
    async with NP6Client(api_key="k", transport=transport, limiter=limiter) as np6:
        await np6.segment.list_segment_targets(12)
        assert limiter.idle  # the first answer was heard: the pacer knows it has nothing to pace
        await np6.segment.list_segment_targets(12)
        assert parsed == [] and np6.rate_limit.limit is None
        await np6.segment.list_segment_targets(12)
        assert len(parsed) == 1
        state = np6.rate_limit
        assert (limiter.pacer.limit, state.limit, state.remaining) == (100, 100, 99)
        assert not limiter.idle
        await np6.segment.list_segment_targets(12)  # no headers, but a limit is known: the pacer hears it
    assert limiter.pacer.limit == 100


async def test_a_429_without_rate_limit_headers_still_pauses_an_idle_limiter(sleeps: list[float]) -> None:
    from np6_client import InProcessRateLimiter

    class Pauses(Observer):
        def __init__(self) -> None:
            self.begun: list[str] = []

        def pause_begun(self, event: Any) -> None:
            self.begun.append(event.path)

    transport = answering(httpx.Response(200, json=["T1"]), httpx.Response(429), httpx.Response(200, json=["T2"]))
    limiter, pauses = InProcessRateLimiter(), Pauses()
    async with NP6Client(api_key="k", transport=transport, limiter=limiter, options=FAST, observer=pauses) as np6:
        await np6.segment.list_segment_targets(12)
        assert limiter.idle
        assert await np6.segment.list_segment_targets(12) == ["T2"]
    assert pauses.begun == ["/segments/{id}/targets"]
    assert sleeps  # the retry waited


async def test_a_body_longer_than_its_declared_length_is_still_refused_past_the_cap() -> None:
    class Overlong(httpx.AsyncByteStream):
        async def __aiter__(self) -> Any:
            yield b'["' + b"x" * 200 + b'"]'

    def answer(_: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-length": "10"}, stream=Overlong())

    from np6_client import ResponseTooLargeError

    options = ClientOptions(max_body_bytes=100)
    async with NP6Client(api_key="k", transport=httpx.MockTransport(answer), options=options) as np6:
        with pytest.raises(ResponseTooLargeError, match="exceeds 100 bytes"):
            await np6.segment.list_segment_targets(12)


@pytest.mark.parametrize("declared", [{"content-length": "10"}, {}])  # a length too short, or none at all
async def test_a_body_refused_past_the_cap_is_not_kept_alive_by_the_error(declared: dict[str, str]) -> None:
    class Overlong(httpx.AsyncByteStream):
        async def __aiter__(self) -> Any:
            yield b'["' + b"x" * 200 + b'"]'

    def answer(_: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=declared, stream=Overlong())

    from np6_client import ResponseTooLargeError

    options = ClientOptions(max_body_bytes=100)
    async with NP6Client(api_key="k", transport=httpx.MockTransport(answer), options=options) as np6:
        with pytest.raises(ResponseTooLargeError) as info:
            await np6.segment.list_segment_targets(12)
    assert (info.value.what, info.value.limit, info.value.path) == ("body", 100, "/segments/12/targets")
    held = [
        value
        for frame, _ in traceback.walk_tb(info.value.__traceback__)
        for value in frame.f_locals.values()
        if isinstance(value, httpx.Response)
    ]
    assert held
    assert all(response._content == b"" for response in held)  # the traceback keeps no byte of the body


async def test_an_error_answer_keeps_the_start_of_a_long_body() -> None:
    from np6_client._transport.seam import ERROR_BODY_BYTES

    body = b'{"error": "' + b"e" * (2 * ERROR_BODY_BYTES) + b'"}'
    transport = httpx.MockTransport(lambda _: httpx.Response(500, content=body))
    async with NP6Client(api_key="k", transport=transport, options=ClientOptions(max_retries=0)) as np6:
        with pytest.raises(InternalServerError) as info:
            await np6.segment.list_segment_targets(12)
    assert info.value.response.content == body[:ERROR_BODY_BYTES]
    assert info.value.body_excerpt.startswith('{"error": "eee')


@pytest.mark.parametrize("status", [300, 399])
async def test_the_first_status_past_success_is_an_error_with_its_body_read_as_one(status: int) -> None:
    key = "sk-echoed-by-the-server"
    body = b'["' + key.encode() + b'"]'  # a 2xx body of the right shape, were this a success
    transport = httpx.MockTransport(lambda _: httpx.Response(status, content=body))
    async with NP6Client(api_key=key, transport=transport, options=ClientOptions(max_retries=0)) as np6:
        with pytest.raises(RedirectError) as info:
            await np6.segment.list_segment_targets(12)
    assert info.value.response.status_code == status
    assert key.encode() not in info.value.response.content  # an error body, blanked as error bodies are


async def test_a_body_of_exactly_the_cap_is_accepted() -> None:
    body = b'["' + b"x" * 96 + b'"]'
    transport = httpx.MockTransport(lambda _: httpx.Response(200, content=body))
    async with NP6Client(api_key="k", transport=transport, options=ClientOptions(max_body_bytes=len(body))) as np6:
        assert await np6.segment.list_segment_targets(12) == ["x" * 96]


@pytest.mark.parametrize(
    ("headers", "reader", "cap"),
    [
        ({"content-length": "9"}, False, 100),
        ({"content-length": "100"}, False, 100),  # declared at the cap: within it
        ({}, True, 100),
        ({"content-length": "101"}, True, 100),
        ({"content-length": "+9"}, True, 100),
        ({"content-length": "9" * 40}, True, 100),
        ({"content-length": "1" + "0" * 17}, False, 10**18),  # 18 digits are still read as a number
        ({"content-length": "0" + "1" * 18}, True, 10**18),  # 19 are not
        ({"content-length": "9", "content-encoding": "identity"}, True, 100),
        ([("content-encoding", "identity"), ("content-length", "9")], True, 100),
        ([("content-length", "9"), ("content-length", "9")], True, 100),  # repeated: httpx reads "9, 9"
    ],
)
async def test_the_capped_reader_reads_every_body_that_could_pass_the_cap(
    monkeypatch: pytest.MonkeyPatch, headers: dict[str, str] | list[tuple[str, str]], reader: bool, cap: int
) -> None:
    from np6_client._transport.body_reader import read_capped as real

    used: list[int] = []

    async def spy(response: httpx.Response, limit: int, *, keep_start: bool) -> bool:
        used.append(limit)
        return await real(response, limit, keep_start=keep_start)

    monkeypatch.setattr("np6_client._transport.seam.read_capped", spy)

    class Body(httpx.AsyncByteStream):
        async def __aiter__(self) -> Any:
            yield b'["T1"]   '

    def answer(_: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=headers, stream=Body())

    options = ClientOptions(max_body_bytes=cap)
    async with NP6Client(api_key="k", transport=httpx.MockTransport(answer), options=options) as np6:
        assert await np6.segment.list_segment_targets(12) == ["T1"]
    assert used == ([cap] if reader else [])


async def test_the_observer_hears_each_change_of_the_rate_limit_state() -> None:
    heard: list[tuple[int | None, int | None]] = []

    class Listening(Observer):
        def rate_limit_changed(self, state: Any) -> None:
            heard.append((state.limit, state.remaining))

    headers = {"x-ratelimit-limit": "50", "x-ratelimit-remaining": "49"}
    transport = answering(httpx.Response(200, json=["T1"], headers=headers))
    async with NP6Client(api_key="k", transport=transport, options=FAST, observer=Listening()) as np6:
        await np6.segment.list_segment_targets(12)
        assert (np6.rate_limit.limit, np6.rate_limit.remaining) == (50, 49)
    assert heard == [(50, 49)]
