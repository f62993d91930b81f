"""Every fault kind: what the client observes, and what the fake recorded and executed."""

import json
import time
from email.utils import parsedate_to_datetime

import httpx
import pytest

from np6_client.testing import FakeNP6, Fault

from .conftest import op_path

SEGMENT = op_path("list_segment_targets", id="1")
EVENTS = "/notifications/1/events/activations"


async def read_until_cut(http: httpx.AsyncClient, method: str, path: str, **kwargs: object) -> bytes:
    """The body bytes received before the connection was closed mid-answer."""
    received = b""
    with pytest.raises(httpx.RemoteProtocolError):
        async with http.stream(method, path, **kwargs) as response:  # type: ignore[arg-type]
            assert response.status_code == 200
            async for data in response.aiter_bytes():
                received += data
    return received


async def test_status_sequence_then_normal(client: httpx.AsyncClient, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="PUT", path=SEGMENT, status=503, times=2))
    statuses = [(await client.put(SEGMENT, json=["a"])).status_code for _ in range(3)]
    assert statuses == [503, 503, 200]
    assert fake.count("PUT", SEGMENT) == 3
    assert (await client.get(SEGMENT)).json() == ["a"]  # only the third was executed
    assert len(fake.faults) == 0


async def test_error_answer_fields(any_client: httpx.AsyncClient, fake: FakeNP6) -> None:
    fake.faults.add(Fault(status=500, headers={"X-Upstream": "db"}, body='{"error":"boom"}'))
    response = await any_client.get(SEGMENT, headers={"X-Key": "wrong"})
    assert response.status_code == 500  # faults act before auth, as a proxy in front would
    assert response.json() == {"error": "boom"}
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-upstream"] == "db"
    assert response.headers["x-request-id"].startswith("fake-")


async def test_retry_after_seconds(any_client: httpx.AsyncClient, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="PUT", retry_after=2))
    response = await any_client.put(SEGMENT, json=["a"])
    assert response.status_code == 429
    assert response.headers["retry-after"] == "2"
    assert "x-ratelimit-reset" not in response.headers
    assert (await any_client.get(SEGMENT)).json() == []  # refused, not executed
    assert fake.count("PUT", SEGMENT) == 1


async def test_retry_after_as_http_date(any_client: httpx.AsyncClient, fake: FakeNP6) -> None:
    fake.faults.add(Fault(retry_after=3, retry_after_date=True))
    response = await any_client.get(SEGMENT)
    assert response.status_code == 429
    when = parsedate_to_datetime(response.headers["retry-after"]).timestamp()
    assert time.time() + 1 < when <= time.time() + 3


@pytest.mark.parametrize("style", ["delta", "epoch"])
async def test_ratelimit_reset_headers(any_client: httpx.AsyncClient, fake: FakeNP6, style: str) -> None:
    fake.faults.add(Fault(ratelimit_reset=5, reset_style="delta" if style == "delta" else "epoch"))
    response = await any_client.get(SEGMENT)
    assert response.status_code == 429
    assert response.headers["x-ratelimit-limit"] == "100"
    assert response.headers["x-ratelimit-remaining"] == "0"
    reset = int(response.headers["x-ratelimit-reset"])
    if style == "delta":
        assert reset == 5
    else:
        assert time.time() + 3 < reset <= time.time() + 6
    assert "retry-after" not in response.headers


async def test_drop_before_read(client: httpx.AsyncClient, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="PUT", path=SEGMENT, drop="before_read"))
    # Closing with the request body unread may reach the client as a reset (ReadError) rather than
    # a clean end of stream, depending on timing, as a real server's drop does.
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        await client.put(SEGMENT, json=["a"])
    assert fake.requests == []  # the app never saw it
    assert (await client.get(SEGMENT)).json() == []
    assert (await client.put(SEGMENT, json=["a"])).status_code == 200


async def test_drop_after_read(client: httpx.AsyncClient, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="PUT", path="/segments/{id}/targets", drop="after_read"))
    with pytest.raises(httpx.RemoteProtocolError):
        await client.put(SEGMENT, json=["a"])
    assert [(r.method, r.json(), r.status) for r in fake.requests] == [("PUT", ["a"], None)]  # no answer sent
    assert (await client.get(SEGMENT)).json() == ["a"]  # it was executed


async def test_recorded_requests_carry_the_status_answered(client: httpx.AsyncClient, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="GET", path=SEGMENT, status=503))
    fake.faults.add(Fault(method="GET", path="/fields", truncate=True))
    await client.get(SEGMENT)
    await client.get(SEGMENT)
    await client.get(op_path("get_target", id="NOBODY00"))
    with pytest.raises(httpx.RemoteProtocolError):
        await client.get(op_path("list_fields"))
    assert [(r.path, r.status) for r in fake.requests] == [
        (SEGMENT, 503),
        (SEGMENT, 200),
        ("/targets/NOBODY00", 404),
        ("/fields", 200),  # the status line went out before the body was cut
    ]
    assert fake.requests[0].problem == "a scripted fault"


async def test_drops_in_process_raise_like_a_closed_connection(local: httpx.AsyncClient, fake: FakeNP6) -> None:
    fake.faults.add(Fault(drop="after_read"))
    with pytest.raises(httpx.RemoteProtocolError):
        await local.put(SEGMENT, json=["a"])
    assert (await local.get(SEGMENT)).json() == ["a"]
    fake.faults.add(Fault(truncate=True))
    with pytest.raises(httpx.RemoteProtocolError):
        await local.get(SEGMENT)


async def test_slow_headers(client: httpx.AsyncClient, fake: FakeNP6) -> None:
    fake.faults.add(Fault(path=SEGMENT, delay_headers=0.6, times=2))
    with pytest.raises(httpx.ReadTimeout):
        await client.get(SEGMENT, timeout=httpx.Timeout(5, read=0.2))
    started = time.monotonic()
    assert (await client.get(SEGMENT)).status_code == 200
    assert time.monotonic() - started >= 0.55
    assert fake.count("GET", SEGMENT) == 2


async def test_slow_body(client: httpx.AsyncClient, fake: FakeNP6) -> None:
    fake.faults.add(Fault(path="/targets/000PKXK4", delay_body=0.4))
    started = time.monotonic()
    async with client.stream("GET", "/targets/000PKXK4") as response:
        assert time.monotonic() - started < 0.38  # headers come before the first 0.4 s pause
        body = await response.aread()
    assert time.monotonic() - started >= 1.15  # then the body, in four pieces 0.4 s apart
    assert json.loads(body)["id"] == "000PKXK4"
    fake.faults.add(Fault(path=EVENTS, delay_body=0.5))
    with pytest.raises(httpx.ReadTimeout):
        await client.get(EVENTS, timeout=httpx.Timeout(5, read=0.2))


async def test_truncated_json_body(client: httpx.AsyncClient, fake: FakeNP6) -> None:
    full = (await client.get(op_path("get_target", id="000PKXK4"))).content
    fake.faults.add(Fault(method="GET", truncate=True))
    received = await read_until_cut(client, "GET", "/targets/000PKXK4")
    assert received == full[: len(full) // 2]
    assert fake.count("GET", "/targets/000PKXK4") == 2


async def test_truncated_event_stream_is_cut_mid_object(client: httpx.AsyncClient, fake: FakeNP6) -> None:
    fake.faults.add(Fault(path=EVENTS, truncate=True))
    received = await read_until_cut(client, "GET", EVENTS, params={"sort": "asc"})
    head, _, partial = received.rpartition(b",{")
    assert len(json.loads(head + b"]")) == 50
    assert partial and not partial.endswith(b"}")


@pytest.mark.parametrize("count", [0, 1, 7, 100])
async def test_cut_after_events(client: httpx.AsyncClient, fake: FakeNP6, count: int) -> None:
    fake.faults.add(Fault(path="/notifications/{id}/events/activations", cut_after_events=count))
    received = await read_until_cut(client, "GET", EVENTS, params={"sort": "asc"})
    assert not received.endswith(b"]")
    events = json.loads(received.rstrip(b",") + b"]")
    assert events == [fake.event(1, "activations", i) for i in range(count)]
    assert fake.disconnects == 0  # the server closed it, not the client
    assert fake.open_streams == 0


async def test_malformed_json(any_client: httpx.AsyncClient, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="DELETE", malformed=True))
    await any_client.put(SEGMENT, json=["a"])
    response = await any_client.delete(SEGMENT)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    with pytest.raises(json.JSONDecodeError):
        response.json()
    assert (await any_client.get(SEGMENT)).json() == []  # executed all the same


async def test_html_error_page(any_client: httpx.AsyncClient, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="PUT", html_error=True))
    response = await any_client.put(SEGMENT, json=["a"])
    assert response.status_code == 502
    assert response.headers["content-type"].startswith("text/html")
    assert b"<html>" in response.content
    assert (await any_client.get(SEGMENT)).json() == []
    assert fake.count("PUT", SEGMENT) == 1


async def test_wrong_content_type_on_a_normal_body(any_client: httpx.AsyncClient, fake: FakeNP6) -> None:
    fake.faults.add(Fault(content_type="text/plain"))
    response = await any_client.get(op_path("get_target", id="000PKXK4"))
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/plain"
    assert response.json()["id"] == "000PKXK4"


async def test_matching_by_method_route_and_order(local: httpx.AsyncClient, fake: FakeNP6) -> None:
    fake.faults.add(Fault(method="DELETE", status=418))
    fake.faults.add(Fault(path="/segments/2/targets", status=503))
    fake.faults.add(Fault(path="/segments/{id}/targets", status=502, times=2))
    fake.faults.add(Fault(status=501))
    assert (await local.get(op_path("get_target", id="000PKXK4"))).status_code == 501  # the only global one
    assert (await local.get(op_path("list_segment_targets", id="2"))).status_code == 503
    assert (await local.get(op_path("list_segment_targets", id="2"))).status_code == 502
    assert (await local.get(op_path("list_segment_targets", id="3"))).status_code == 502
    assert (await local.get(op_path("list_segment_targets", id="3"))).status_code == 200
    assert fake.faults.pending() == [Fault(method="DELETE", status=418)]
    fake.faults.clear()
    assert (await local.delete(op_path("clear_segment_targets", id="3"))).status_code == 204


@pytest.mark.parametrize(
    "arguments",
    [
        {},
        {"method": "GET", "path": SEGMENT},
        {"times": 0, "status": 500},
        {"drop": "before_read", "status": 500},
        {"drop": "after_read", "delay_headers": 1.0},
        {"truncate": True, "status": 503},
        {"truncate": True, "malformed": True},
        {"drop": "later"},
        {"delay_body": -1.0},
    ],
)
def test_contradictory_faults_are_refused(arguments: dict[str, object]) -> None:
    with pytest.raises(ValueError):  # noqa: PT011
        Fault(**arguments)  # type: ignore[arg-type]
