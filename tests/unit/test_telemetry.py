"""Telemetry without a network: the quiet path, hostile request ids, observer checks, path templates."""

import contextlib
import logging
from collections.abc import Iterator

import httpx
import pytest

from np6_client import AttemptFinished, NP6Client, NP6Error, Observer
from np6_client._telemetry import UNKNOWN_PATH, Telemetry, path_template
from np6_client.api import segment


@pytest.fixture
def quiet_logger() -> Iterator[logging.Logger]:
    logger = logging.getLogger("np6_client")
    level = logger.level
    logger.setLevel(logging.WARNING)
    yield logger
    logger.setLevel(level)


def test_nobody_listening_means_no_per_call_hooks(quiet_logger: logging.Logger) -> None:
    assert Telemetry().call("GET", "/segments/{id}/targets", str) is None
    assert Telemetry(Observer()).call("GET", "/segments/{id}/targets", str) is not None
    quiet_logger.setLevel(logging.INFO)
    assert Telemetry().call("GET", "/segments/{id}/targets", str) is not None


@pytest.mark.parametrize(
    ("method", "path", "template"),
    [
        ("GET", "/segments/12/targets", "/segments/{id}/targets"),
        ("GET", "/targets/events/activations", "/targets/events/activations"),
        ("GET", "/targets/000PKXK4", "/targets/{id}"),
        ("GET", "/no/such/route", UNKNOWN_PATH),
        ("GET", "/targets/", UNKNOWN_PATH),
    ],
)
def test_path_templates_come_from_the_spec(method: str, path: str, template: str) -> None:
    assert path_template(method, path) == template


class Finished(Observer):
    def __init__(self) -> None:
        self.events: list[AttemptFinished] = []

    def attempt_finished(self, event: AttemptFinished) -> None:
        self.events.append(event)


async def test_a_hostile_request_id_is_cut_and_made_printable() -> None:
    hostile = "abc def\x7fé" + "x" * 500

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=[], headers=[(b"x-request-id", hostile.encode("latin-1"))])

    observer = Finished()
    async with NP6Client(api_key="k", transport=httpx.MockTransport(answer), observer=observer) as np6:
        await segment.list_segment_targets.asyncio(1, client=np6)
    (event,) = observer.events
    assert event.request_id == "abc?def??" + "x" * 119


@pytest.mark.parametrize("status", [200, 503])
async def test_a_request_id_echoing_the_key_is_blanked_before_it_is_cut(
    status: int, caplog: pytest.LogCaptureFixture
) -> None:
    key = "k3y-echoed-by-the-server"
    echoed = "x" * 120 + key  # cut to 128 characters first, the key's first 8 would remain

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=[], headers={"x-request-id": echoed})

    caplog.set_level(logging.DEBUG, logger="np6_client")
    observer = Finished()
    async with NP6Client(api_key=key, transport=httpx.MockTransport(answer), observer=observer, max_retries=0) as np6:
        with contextlib.suppress(NP6Error):
            await segment.list_segment_targets.asyncio(1, client=np6)
    (event,) = observer.events
    assert event.request_id == "x" * 120 + "<redacte"
    assert "x-request-id=" + "x" * 120 + "<redacte" in caplog.text
    assert key[:4] not in caplog.text


def test_an_observer_without_the_hooks_is_refused_before_anything_is_sent() -> None:
    with pytest.raises(TypeError, match="observer= lacks attempt_started, attempt_finished"):
        NP6Client(api_key="k", observer=object())  # type: ignore[arg-type]
