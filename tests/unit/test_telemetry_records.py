"""What each telemetry hook writes: the exact log lines and `extra` fields, and the observer's events."""

import asyncio
import functools
import logging
from typing import Any

import httpx
import pytest

from np6_client import (
    AttemptFinished,
    AttemptStarted,
    Observer,
    PauseBegun,
    PauseEnded,
    RetryScheduled,
    StreamResumed,
)
from np6_client._auth import blank_out
from np6_client._telemetry import HOOKS, CallTelemetry, Telemetry, failure_reason, request_id
from np6_client._transport.call import Call

TEMPLATE = "/segments/{id}/targets"


def unchanged(text: str) -> str:
    return text


class Recorder(Observer):
    def __init__(self) -> None:
        self.events: list[tuple[str, object]] = []

    def __getattribute__(self, name: str) -> Any:
        if name in HOOKS or name == "rate_limit_changed":
            return lambda event: object.__getattribute__(self, "events").append((name, event))
        return object.__getattribute__(self, name)


class Progress:
    resumptions = 2
    delivered = 17
    last_timestamp = 1_700_000


@pytest.fixture
def records(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG, logger="np6_client")
    return caplog


def ours(records: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in records.records if r.name == "np6_client"]


def extras(record: logging.LogRecord) -> dict[str, Any]:
    return {name: value for name, value in record.__dict__.items() if name.startswith("np6_")}


async def answered(status: int, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, headers=headers)


async def test_an_attempt_is_told_started_and_finished_with_its_answer(records: pytest.LogCaptureFixture) -> None:
    recorder = Recorder()
    call = Telemetry(recorder).call("GET", TEMPLATE, unchanged)
    assert isinstance(call, CallTelemetry)
    response = await call.attempt(answered(503, {"x-request-id": "rq-1"}))
    assert isinstance(response, httpx.Response) and response.status_code == 503
    started, finished = recorder.events
    assert started == ("attempt_started", AttemptStarted("GET", TEMPLATE, 1, 0.0))
    name, event = finished
    assert name == "attempt_finished" and isinstance(event, AttemptFinished)
    assert (event.method, event.path, event.attempt, event.status, event.error, event.request_id) == (
        "GET",
        TEMPLATE,
        1,
        503,
        None,
        "rq-1",
    )
    assert 0 <= event.elapsed < 5
    (record,) = ours(records)
    assert record.levelno == logging.DEBUG
    message = record.getMessage()
    assert message.startswith(f"np6: GET {TEMPLATE} attempt 1: 503 in ")
    assert message.endswith("s (waited 0.000s before it) x-request-id=rq-1")
    fields = extras(record)
    assert fields.pop("np6_elapsed") == event.elapsed
    assert fields == {
        "np6_method": "GET",
        "np6_path": TEMPLATE,
        "np6_attempt": 1,
        "np6_wait": 0.0,
        "np6_status": 503,
        "np6_error": None,
        "np6_request_id": "rq-1",
    }


async def test_a_retry_is_told_and_the_next_attempt_carries_its_wait(records: pytest.LogCaptureFixture) -> None:
    recorder = Recorder()
    call = Telemetry(recorder).call("PUT", TEMPLATE, unchanged)
    assert call is not None
    outcome = await call.attempt(answered(429))
    call.retry_scheduled(outcome, 1.25)
    assert recorder.events[-1] == ("retry_scheduled", RetryScheduled("PUT", TEMPLATE, 1, "HTTP 429", 1.25))
    (_, retry) = ours(records)
    assert retry.levelno == logging.INFO
    assert retry.getMessage() == f"np6: PUT {TEMPLATE} attempt 1 failed (HTTP 429); retrying in 1.250s"
    assert extras(retry) == {
        "np6_method": "PUT",
        "np6_path": TEMPLATE,
        "np6_attempt": 1,
        "np6_wait": 0.0,
        "np6_reason": "HTTP 429",
        "np6_next_wait": 1.25,
    }
    await call.attempt(answered(200))
    assert recorder.events[-2] == ("attempt_started", AttemptStarted("PUT", TEMPLATE, 2, 1.25))
    last = ours(records)[-1].getMessage()
    assert "attempt 2: 200 in " in last and last.endswith("(waited 1.250s before it) x-request-id=None")
    assert extras(ours(records)[-1])["np6_wait"] == 1.25 and extras(ours(records)[-1])["np6_attempt"] == 2


async def test_an_attempt_that_failed_to_connect_is_told_by_the_errors_type(records: pytest.LogCaptureFixture) -> None:
    recorder = Recorder()
    call = Telemetry(recorder).call("GET", TEMPLATE, unchanged)
    assert call is not None

    async def refused() -> httpx.TransportError:
        return httpx.ConnectError("refused")

    outcome = await call.attempt(refused())
    assert isinstance(outcome, httpx.ConnectError)
    event = recorder.events[-1][1]
    assert isinstance(event, AttemptFinished)
    assert (event.status, event.error, event.request_id) == (None, "ConnectError", None)
    assert ": ConnectError in " in ours(records)[-1].getMessage()
    call.retry_scheduled(outcome, 0.5)
    assert recorder.events[-1] == ("retry_scheduled", RetryScheduled("GET", TEMPLATE, 1, "ConnectError", 0.5))


async def test_a_cancelled_attempt_is_told_finished_and_the_cancellation_goes_on(
    records: pytest.LogCaptureFixture,
) -> None:
    recorder = Recorder()
    call = Telemetry(recorder).call("GET", TEMPLATE, unchanged)
    assert call is not None

    async def cancelled() -> httpx.Response:
        raise asyncio.CancelledError

    with pytest.raises(asyncio.CancelledError):
        await call.attempt(cancelled())
    event = recorder.events[-1][1]
    assert isinstance(event, AttemptFinished)
    assert (event.attempt, event.status, event.error, event.request_id) == (1, None, "CancelledError", None)
    assert 0 <= event.elapsed < 5
    assert extras(ours(records)[-1])["np6_error"] == "CancelledError"


async def test_at_info_no_attempt_line_is_written(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="np6_client")
    call = Telemetry().call("GET", TEMPLATE, unchanged)
    assert call is not None
    await call.attempt(answered(200))
    assert ours(caplog) == []


async def test_a_pause_is_told_begun_then_ended(records: pytest.LogCaptureFixture) -> None:
    recorder = Recorder()
    Telemetry(recorder).pause_begun("GET", TEMPLATE, 0.02)
    assert recorder.events == [("pause_begun", PauseBegun("GET", TEMPLATE, 0.02))]
    (begun,) = ours(records)
    assert begun.levelno == logging.INFO
    assert begun.getMessage() == f"np6: GET {TEMPLATE} was rate limited; every request of this client pauses for 0.02s"
    assert extras(begun) == {"np6_method": "GET", "np6_path": TEMPLATE, "np6_pause": 0.02}
    for _ in range(100):
        await asyncio.sleep(0.02)
        if len(recorder.events) == 2:
            break
    assert recorder.events[1] == ("pause_ended", PauseEnded("GET", TEMPLATE, 0.02))
    ended = ours(records)[1]
    assert (ended.levelno, ended.getMessage()) == (logging.INFO, f"np6: the 0.02s pause after GET {TEMPLATE} is over")


async def test_a_pause_nobody_listens_to_is_not_told(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="np6_client")
    Telemetry().pause_begun("GET", TEMPLATE, 0.01)
    await asyncio.sleep(0.05)
    assert ours(caplog) == []


def test_a_stream_resumption_is_told_with_its_template(records: pytest.LogCaptureFixture) -> None:
    recorder = Recorder()
    telemetry = Telemetry(recorder)
    telemetry.stream_resumed(Call("GET", "/notifications/{id}/events/activations"), "/x?start=1", Progress())
    expected = StreamResumed("GET", "/notifications/{id}/events/activations", 2, 17, 1_700_000)
    assert recorder.events == [("stream_resumed", expected)]
    (record,) = ours(records)
    assert record.levelno == logging.INFO
    assert record.getMessage() == (
        "np6: stream GET /notifications/{id}/events/activations broke after 17 events; "
        "resuming (2) from timestamp 1700000"
    )
    assert extras(record) == {
        "np6_method": "GET",
        "np6_path": "/notifications/{id}/events/activations",
        "np6_delivered": 17,
    }


def test_a_resumption_through_the_escape_hatch_is_told_by_the_specs_template(records: pytest.LogCaptureFixture) -> None:
    recorder = Recorder()
    telemetry = Telemetry(recorder)
    url = "/notifications/301/events/activations?start=5"
    telemetry.stream_resumed(Call("GET"), url, Progress())
    telemetry.stream_resumed(Call("GET"), "/no/such/route", Progress())
    paths = [getattr(event, "path", None) for _, event in recorder.events]
    assert paths == ["/notifications/{id}/events/activations", "<not in the spec>"]


def test_a_resumption_nobody_listens_to_is_not_told(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="np6_client")
    Telemetry().stream_resumed(Call("GET", TEMPLATE), "/segments/1/targets", Progress())
    assert ours(caplog) == []


def test_an_observer_that_raises_is_logged_once_by_hook_and_type(caplog: pytest.LogCaptureFixture) -> None:
    class Broken(Observer):
        def pause_begun(self, event: PauseBegun) -> None:
            raise KeyError("metrics bug")

    Telemetry(Broken()).notify("pause_begun", PauseBegun("GET", TEMPLATE, 1.0))
    (record,) = ours(caplog)
    assert (record.levelno, record.getMessage()) == (
        logging.WARNING,
        "np6: observer pause_begun raised KeyError; ignored",
    )


def test_notify_without_an_observer_does_nothing(caplog: pytest.LogCaptureFixture) -> None:
    Telemetry().notify("pause_begun", PauseBegun("GET", TEMPLATE, 1.0))
    assert ours(caplog) == []


def test_the_rate_limit_listener_only_for_observers_that_have_one() -> None:
    class Old:
        def __getattr__(self, name: str) -> Any:
            if name in HOOKS:
                return lambda event: None
            raise AttributeError(name)

    assert Telemetry().rate_limit_listener() is None
    assert Telemetry(Old()).rate_limit_listener() is None  # type: ignore[arg-type]
    recorder = Recorder()
    listener = Telemetry(recorder).rate_limit_listener()
    assert listener is not None
    listener("state")  # type: ignore[arg-type]
    assert recorder.events == [("rate_limit_changed", "state")]


def test_an_observer_missing_hooks_is_named_exactly() -> None:
    class Half:
        def attempt_started(self, event: object) -> None: ...

        def attempt_finished(self, event: object) -> None: ...

        retry_scheduled = None

    with pytest.raises(TypeError) as info:
        Telemetry(Half())  # type: ignore[arg-type]
    assert str(info.value) == (
        "observer= lacks retry_scheduled, pause_begun, pause_ended, stream_resumed; subclass np6_client.Observer"
    )


def test_failure_reasons_and_request_ids() -> None:
    assert failure_reason(httpx.Response(502)) == "HTTP 502"
    assert failure_reason(httpx.ReadTimeout("slow")) == "ReadTimeout"
    assert request_id({}, unchanged) is None
    assert request_id({"x-request-id": "a\x21\x7e\x20\x7f"}, unchanged) == "a!~??"
    assert request_id({"x-request-id": "y" * 129}, unchanged) == "y" * 128
    blank_key = functools.partial(blank_out, "k3y")
    assert request_id({"x-request-id": "y" * 125 + "k3y"}, blank_key) == "y" * 125 + "<re"  # blanked, then cut
