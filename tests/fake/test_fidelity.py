"""Recording, replaying and scoring the fake against a reference server that differs in planted ways.

The reference server stands in for NP6: a fake of its own behind a wrapper that changes three
things, so `verify` must report exactly those three differences and nothing else.
"""

import asyncio
import gzip
import json
import re
import socket
import subprocess
import sys
import threading
import time
import warnings
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from np6_client import BadRequestError, ConflictError, NP6Client
from np6_client.testing import CassetteMissError, FakeNP6, record, replay
from np6_client.testing._cassette import EMAIL, Pseudonyms
from np6_client.testing._fidelity import verify_cassette

REFERENCE_KEY = "sk-live-7Qe2-reference-key"
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
EMAIL_TYPE = "application/vnd.np6.cm.email"
JSON = {"content-type": "application/json"}


def planted(method: str, path: str, status: int, body: bytes) -> tuple[int, bytes]:
    """The three ways the reference server differs from the fake."""
    if (method, path, status) == ("POST", "/targets", 200):
        return 201, body  # a status: NP6 was observed answering a creation with 201
    if (method, path, status) == ("GET", "/targets/000PKXK4", 200):
        return status, json.dumps({**json.loads(body), "bounce": []}).encode()  # a member
    if (method, path, status) == ("GET", "/targets/count", 200):
        count = json.loads(body)["targetsCount"]
        return status, json.dumps({"targetsCount": str(count)}).encode()  # a shape: a number as a string
    return status, body


class Reference:
    """ASGI app: a fake NP6 whose answers pass through `planted`."""

    def __init__(self) -> None:
        self.fake = FakeNP6(api_keys=(REFERENCE_KEY,))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.fake.app(scope, receive, send)
            return
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            status, body = planted(scope["method"], scope["path"], start["status"], b"".join(chunks))
            headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
            headers.append((b"content-length", str(len(body)).encode()))
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await self.fake.app(scope, receive, capture)


@pytest.fixture
def reference_url() -> Iterator[str]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    config = uvicorn.Config(Reference(), lifespan="off", log_config=None, log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=lambda: asyncio.run(server.serve(sockets=[sock])), daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    server.should_exit = True
    thread.join(5)
    sock.close()


async def session(np6: NP6Client) -> list[Any]:
    """A consumer's session: fields, contacts created, upserted, refused and deleted, a send."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # list_fields is deprecated by NP6
        fields = await np6.field.list_fields()
    seen: list[Any] = [len(fields), (await np6.contact.get_target("000PKXK4")).id]
    created = await np6.contact.create_target({"email": "new.person@shop.test", "firstname": "Ada"})
    created_id = str(created.id)
    seen.append((await np6.contact.get_target(created_id)).id == created_id)
    await np6.contact.upsert_target({"3": "Lovelace"}, unicity=["new.person@shop.test"])
    try:
        await np6.contact.create_target({"email": "new.person@shop.test"})
    except ConflictError:
        seen.append(409)
    try:
        await np6.contact.create_target({"email": "x@shop.test", "shoe_size": 42})
    except BadRequestError as exc:
        seen.append(exc.status_code)
    seen.append((await np6.contact.count_targets()).targets_count)
    messages: list[dict[str, Any]] = [{"recipient": {"type": "unicity", "value": ["alice.0@example.com"]}}]
    seen.append([r.type_ for r in await np6.email_sms.send_action_messages("1", messages)])
    await np6.contact.delete_target(created_id)
    return seen


async def record_session(url: str, cassette: Path) -> list[Any]:
    async with NP6Client(api_key=REFERENCE_KEY, base_url=url, transport=record(cassette)) as np6:
        return await session(np6)


@pytest.fixture
async def cassette(reference_url: str, tmp_path: Path) -> Path:
    path = tmp_path / "session.jsonl"
    await record_session(reference_url, path)
    return path


async def test_verify_reports_exactly_the_planted_differences(cassette: Path) -> None:
    report = await verify_cassette(cassette)
    assert report.seed_problem is None
    differences = {
        (v.method, v.path, kind, detail)
        for v in report.verdicts
        for kind, details in (("status", [] if v.checks[0] else [v.status]), ("shape", v.shape), ("headers", v.headers))
        for detail in details
    }
    assert differences == {
        ("POST", "/targets", "status", (201, 200)),
        ("GET", "/targets/000PKXK4", "shape", "$.bounce missing on the fake"),
        ("GET", "/targets/count", "shape", "$.targetsCount is string on NP6, number on the fake"),
    }
    assert len(report.verdicts) == 10
    assert report.score == pytest.approx(27 / 30)
    assert report.lines()[-1] == "fidelity 0.900: 27/30 checks agree over 10 exchanges"


def run_verify(cassette: Path, *options: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "np6_client.testing", "verify", str(cassette), *options]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def test_the_command_prints_each_exchange_and_exits_non_zero_under_the_threshold(cassette: Path) -> None:
    under = run_verify(cassette, "--threshold", "0.95")
    assert under.returncode == 1, under.stderr
    lines = under.stdout.splitlines()
    assert len(lines) == 11
    assert "status 201 on NP6, 200 on the fake" in lines[2]
    assert lines[-1].startswith("fidelity 0.900")
    assert run_verify(cassette, "--threshold", "0.9").returncode == 0


def test_a_cassette_holds_no_key_and_no_raw_address(cassette: Path) -> None:
    text = cassette.read_text(encoding="utf-8")
    assert REFERENCE_KEY not in text
    addresses = set(EMAIL.findall(text))
    assert addresses, "the session's addresses are kept as pseudonyms"
    assert all(address.endswith("@example.invalid") for address in addresses), addresses
    for raw in ("alice.0@example.com", "new.person@shop.test", "x@shop.test"):
        assert raw not in text
    lines = [json.loads(line) for line in text.splitlines()]
    assert [line["route"] for line in lines][:3] == ["/fields", "/targets/{id}", "/targets"]
    upsert = lines[4]
    creation = lines[2]
    assert upsert["query"][0][1] == creation["request"]["body"]["email"]  # one address, one pseudonym


async def test_an_echoed_key_is_blanked(tmp_path: Path) -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, text=f"bad key {request.headers['x-key']}", headers={"retry-after": "1"})

    path = tmp_path / "echo.jsonl"
    transport = record(path, transport=httpx.MockTransport(echo))
    async with NP6Client(api_key=REFERENCE_KEY, base_url="https://api-cm.np6.com", transport=transport) as np6:
        with pytest.raises(BadRequestError, match="bad key"):
            await np6.contact.count_targets(max_retries=0)
    text = path.read_text(encoding="utf-8")
    assert REFERENCE_KEY not in text
    assert json.loads(text)["body"] == "bad key <api-key>"


async def test_a_call_behind_a_gateway_prefix_is_recorded_under_its_template(tmp_path: Path) -> None:
    def count(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/np6/targets/count"
        return httpx.Response(200, json={"targetsCount": 3})

    path = tmp_path / "gateway.jsonl"
    transport = record(path, transport=httpx.MockTransport(count))
    async with NP6Client(api_key=REFERENCE_KEY, base_url="https://gw.example.com/np6", transport=transport) as np6:
        await np6.contact.count_targets()
    exchange = json.loads(path.read_text(encoding="utf-8"))
    assert (exchange["route"], exchange["path"]) == ("/targets/count", "/np6/targets/count")


async def test_a_replayed_session_answers_as_recorded_and_never_reaches_the_network(
    cassette: Path, reference_url: str
) -> None:
    async with NP6Client(api_key=REFERENCE_KEY, base_url=reference_url) as np6:
        recorded = await session(np6)
    async with NP6Client(api_key="any-key", base_url="https://api-cm.np6.com", transport=replay(cassette)) as np6:
        replayed = await session(np6)
        with pytest.raises(CassetteMissError, match=r"GET /targets/000PKXK9: the cassette session\.jsonl holds no"):
            await np6.contact.get_target("000PKXK9")
    assert replayed == recorded
    assert (replayed[0], replayed[3:5], replayed[-1]) == (6, [409, 400], ["success"])


def test_pseudonyms_are_stable_and_keep_the_kind() -> None:
    hide = Pseudonyms(b"secret")
    first = hide.value("Alice@Shop.test")
    assert first == hide.value("alice@shop.test ") and first.endswith("@example.invalid")
    assert first != Pseudonyms(b"other").value("alice@shop.test")
    assert re.fullmatch(r"\+00\d{10}", hide.value("+33 6 12 34 56 78"))
    assert hide.data({"mobile": "0612345678", "note": "mail bob@x.org", "n": 3}) == {
        "mobile": hide.value("0612345678"),
        "note": f"mail {hide.value('bob@x.org')}",
        "n": 3,
    }


async def test_compressed_and_oversized_answers_are_recorded_decoded_or_marked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = {"id": "000PKXK4", "fields": {"1": "ann@shop.test"}, "note": "x" * 200}

    def answer(request: httpx.Request) -> httpx.Response:
        body = json.dumps(target).encode()
        if request.url.path.endswith("K4"):
            return httpx.Response(200, content=gzip.compress(body), headers={"content-encoding": "gzip", **JSON})
        return httpx.Response(200, content=body, headers=JSON)

    path = tmp_path / "sizes.jsonl"
    transport = record(path, transport=httpx.MockTransport(answer))
    async with NP6Client(api_key=REFERENCE_KEY, base_url="https://api-cm.np6.com", transport=transport) as np6:
        monkeypatch.setattr("np6_client.testing._tape.RECORD_LIMIT", 10_000)
        compressed = await np6.contact.get_target("000PKXK4")
        monkeypatch.setattr("np6_client.testing._tape.RECORD_LIMIT", 120)
        oversized = await np6.contact.get_target("000PKXK5")
    assert compressed.id == oversized.id == "000PKXK4"  # the caller gets whole answers either way
    first, second = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    assert first["body"]["fields"]["1"].endswith("@example.invalid")
    assert (second["body_kind"], second["body"]) == ("truncated", None)
