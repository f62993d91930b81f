"""The aiohttp session under the SDK: TLS checked against the host, timeouts, pool, no cookies, no resend."""

import asyncio
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import aiohttp
import httpx
import pytest
import trustme

from np6_client._transport.network import WHOLE_BODY_BYTES, AiohttpNetwork, _Body, _Socket
from tests.network_reads import fetch

TIMEOUTS = {"connect": 1.5, "read": 2.5, "write": 3.0, "pool": 3.5}
OK = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


class Server:
    """A loopback server answering each request head with `answers[n]` (None: hang up unanswered)."""

    def __init__(self, answers: list[bytes | None]) -> None:
        self.answers = answers
        self.heads: list[tuple[int, bytes]] = []  # (connection number, request head)
        self.connections = 0
        self.sni: list[str | None] = []

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        number = self.connections
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                answer = self.answers[len(self.heads)] if len(self.heads) < len(self.answers) else OK
                self.heads.append((number, head))
                if answer is None:
                    return
                writer.write(answer)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


@pytest.fixture
async def serve() -> AsyncIterator[Callable[..., Awaitable[tuple[int, Server]]]]:
    servers: list[asyncio.Server] = []

    async def start(answers: list[bytes | None], tls: ssl.SSLContext | None = None) -> tuple[int, Server]:
        raw = Server(answers)
        server = await asyncio.start_server(raw.handle, "127.0.0.1", 0, ssl=tls)
        servers.append(server)
        return server.sockets[0].getsockname()[1], raw

    yield start
    for server in servers:
        server.close()


def request(url: str, **extensions: Any) -> httpx.Request:
    built = httpx.Request("GET", url)
    built.extensions = {"timeout": dict(TIMEOUTS), **extensions}
    return built


# TLS: the certificate is checked against the host asked for (or the `sni_hostname` extension).


def tls_server(ca: trustme.CA, *names: str, seen: list[str | None]) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(*names).configure_cert(context)
    context.sni_callback = lambda _socket, name, _context: seen.append(name)
    return context


async def test_https_is_spoken_and_the_certificate_checked_against_the_host(serve: Any) -> None:
    ca = trustme.CA()
    sni: list[str | None] = []
    port, server = await serve([], tls_server(ca, "127.0.0.1", "api.np6.test", seen=sni))
    network = AiohttpNetwork(httpx.Limits(max_connections=2))
    try:
        ca.configure_trust(network._tls())  # the context the network builds once and uses for every https request
        assert await fetch(network, request(f"https://127.0.0.1:{port}/a")) == b"ok"
        assert await fetch(network, request(f"https://127.0.0.1:{port}/b", sni_hostname="api.np6.test")) == b"ok"
    finally:
        await network.aclose()
    assert [head.split(b"\r\n")[0] for _, head in server.heads] == [b"GET /a HTTP/1.1", b"GET /b HTTP/1.1"]
    assert sni[-1] == "api.np6.test"  # the extension's name went out in the handshake


async def test_a_certificate_for_another_host_is_refused_before_anything_is_sent(serve: Any) -> None:
    ca = trustme.CA()
    port, server = await serve([], tls_server(ca, "api.np6.test", seen=[]))
    network = AiohttpNetwork(httpx.Limits(max_connections=2))
    try:
        ca.configure_trust(network._tls())
        with pytest.raises(httpx.ConnectError, match=r"(?i)certificate"):
            await fetch(network, request(f"https://127.0.0.1:{port}/"))
        with pytest.raises(httpx.ConnectError, match=r"(?i)certificate"):
            await fetch(network, request(f"https://127.0.0.1:{port}/", sni_hostname="other.np6.test"))
        assert await fetch(network, request(f"https://127.0.0.1:{port}/", sni_hostname="api.np6.test")) == b"ok"
    finally:
        await network.aclose()
    assert len(server.heads) == 1


async def test_a_certificate_from_an_authority_nobody_trusts_is_refused(serve: Any) -> None:
    port, server = await serve([], tls_server(trustme.CA(), "127.0.0.1", seen=[]))
    network = AiohttpNetwork(httpx.Limits(max_connections=2))
    try:
        with pytest.raises(httpx.ConnectError, match=r"(?i)certificate"):
            await fetch(network, request(f"https://127.0.0.1:{port}/"))
    finally:
        await network.aclose()
    assert server.heads == []


def test_the_trusted_authorities_are_httpx_defaults_built_once() -> None:
    network = AiohttpNetwork(httpx.Limits())
    context = network._tls()
    assert network._tls() is context
    assert context.verify_mode is ssl.CERT_REQUIRED and context.check_hostname
    assert context.cert_store_stats()["x509_ca"] > 0


# What the session is asked for each request.


class Recorder:
    """Stands for the session and records the keywords of each request it passes on."""

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self.session = session
        self.calls: list[dict[str, Any]] = []

    def request(self, *args: Any, **kwargs: Any) -> Any:
        self.calls.append(kwargs)
        return self.session.request(*args, **kwargs)

    async def close(self) -> None:
        await self.session.close()


async def test_the_timeout_extension_bounds_the_connect_the_read_and_the_wait_for_a_connection(serve: Any) -> None:
    port, _ = await serve([])
    network = AiohttpNetwork(httpx.Limits(max_connections=2))
    recorder = Recorder(network._open())
    network._session = recorder  # type: ignore[assignment]
    try:
        await fetch(network, request(f"http://127.0.0.1:{port}/"))
        await fetch(network, httpx.Request("GET", f"http://127.0.0.1:{port}/"))  # no timeout extension: unbounded
    finally:
        await network.aclose()
    timed, untimed = (call["timeout"] for call in recorder.calls)
    assert timed == aiohttp.ClientTimeout(total=None, sock_connect=1.5, sock_read=2.5, connect=3.5)
    assert untimed == aiohttp.ClientTimeout(total=None, sock_connect=None, sock_read=None, connect=None)
    assert [call["server_hostname"] for call in recorder.calls] == [None, None]
    assert [call["ssl"] for call in recorder.calls] == [True, True]  # plain http: no TLS context built
    assert network._tls_context is None


# The pool: its size, and connections kept alive only as long as the limits say.


async def test_the_pool_is_sized_by_the_limits() -> None:
    for limits, size in [(httpx.Limits(max_connections=3), 3), (httpx.Limits(max_connections=None), 0)]:
        network = AiohttpNetwork(limits)
        session = network._open()
        try:
            assert session.connector is not None
            assert session.connector.limit == size  # 0: no limit
        finally:
            await session.close()


@pytest.mark.parametrize(
    ("expiry", "pause", "connections"),
    [
        (0.05, 0.3, [1, 2]),  # past the expiry, however loaded the machine (a longer wait is as good)
        (60, 0, [1, 1]),
    ],
    ids=["expired", "kept"],
)
async def test_an_idle_connection_is_reused_only_within_its_keep_alive_expiry(
    serve: Any, expiry: float, pause: float, connections: list[int]
) -> None:
    port, server = await serve([])
    url = f"http://127.0.0.1:{port}/"
    network = AiohttpNetwork(httpx.Limits(max_connections=2, keepalive_expiry=expiry))
    try:
        await fetch(network, request(url))
        await asyncio.sleep(pause)
        await fetch(network, request(url))
    finally:
        await network.aclose()
    assert [number for number, _ in server.heads] == connections


# Cookies are httpx's client's business: the session keeps none.


async def test_a_cookie_set_by_an_answer_is_not_sent_back(serve: Any) -> None:
    cookie = b"HTTP/1.1 200 OK\r\nSet-Cookie: session=s1; Path=/\r\nContent-Length: 2\r\n\r\nok"
    port, server = await serve([cookie])
    network = AiohttpNetwork(httpx.Limits(max_connections=2))
    try:
        for _ in range(2):  # a host name, not an address: aiohttp's own jar would keep the cookie
            await fetch(network, request(f"http://localhost:{port}/"))
    finally:
        await network.aclose()
    assert len(server.heads) == 2
    assert b"cookie" not in server.heads[1][1].lower()


# Sent once: a kept-alive connection that fails under a request is not tried again.


async def test_a_get_whose_kept_alive_connection_hangs_up_is_not_sent_again(serve: Any) -> None:
    port, server = await serve([OK, None])
    url = f"http://127.0.0.1:{port}/"
    network = AiohttpNetwork(httpx.Limits(max_connections=2))
    try:
        await fetch(network, request(url))
        with pytest.raises(httpx.RemoteProtocolError):
            await fetch(network, request(url))
    finally:
        await network.aclose()
    assert [number for number, _ in server.heads] == [1, 1]


async def test_an_aiohttp_that_would_resend_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[aiohttp.ClientSession] = []
    session_type = aiohttp.ClientSession

    def resending(*args: Any, **kwargs: Any) -> aiohttp.ClientSession:
        session = session_type(*args, **kwargs)
        del session._retry_connection  # as in an aiohttp without the switch
        opened.append(session)
        return session

    monkeypatch.setattr(aiohttp, "ClientSession", resending)
    expected = "this aiohttp version cannot be kept from resending requests; use network='httpcore'"
    with pytest.raises(RuntimeError) as refused:
        AiohttpNetwork(httpx.Limits())._open()
    assert str(refused.value) == expected
    await opened[0].close()


def test_a_cert_file_named_by_the_environment_is_not_trusted(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    ca = trustme.CA()
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "ca.pem"))
    context = AiohttpNetwork(httpx.Limits())._tls()
    assert ca.cert_pem.bytes().decode() not in {  # only the authorities httpx ships (certifi)
        ssl.DER_cert_to_PEM_cert(der) for der in context.get_ca_certs(binary_form=True)
    }
    assert context.cert_store_stats()["x509_ca"] == len(context.get_ca_certs())


# Giving an answer back: read to its end, its connection is pooled; cut short, it is reset at once.


class Halting:
    """Sends an answer's head and the first part of a longer body, then waits to hear what the client does."""

    def __init__(self, declared: int = WHOLE_BODY_BYTES + 1) -> None:  # by default an answer read as a stream
        self.declared = declared
        self.outcome: asyncio.Future[str] = asyncio.get_running_loop().create_future()

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % self.declared + b"x" * 10)
        await writer.drain()
        try:
            assert await reader.read(1) == b""  # the client's side ended
            writer.write(b"x" * 10)  # to a peer that closed in order, the first write still goes through
            await writer.drain()
            self.outcome.set_result("orderly")
        except ConnectionError:
            self.outcome.set_result("reset")
        finally:
            writer.close()


async def test_an_answer_closed_before_its_end_resets_its_connection_at_once() -> None:
    halting = Halting()
    server = await asyncio.start_server(halting.handle, "127.0.0.1", 0)
    network = AiohttpNetwork(httpx.Limits(max_connections=2))
    try:
        response = await network.handle_async_request(
            request(f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/")
        )
        sock = response.extensions["network_stream"].get_extra_info("socket")
        await response.aclose()
        assert sock.fileno() == -1  # closed before aclose() returned
        assert await asyncio.wait_for(halting.outcome, 10) == "reset"  # not an orderly close the server waits on
        assert network.in_use == 0
    finally:
        await network.aclose()
        server.close()


async def test_an_answer_read_whole_that_stalls_is_a_read_timeout_and_resets_its_connection() -> None:
    halting = Halting(declared=WHOLE_BODY_BYTES)
    server = await asyncio.start_server(halting.handle, "127.0.0.1", 0)
    network = AiohttpNetwork(httpx.Limits(max_connections=2))
    try:
        sent = request(f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/")
        sent.extensions["timeout"] = {**TIMEOUTS, "read": 0.2}
        with pytest.raises(httpx.ReadTimeout) as caught:
            await asyncio.wait_for(network.handle_async_request(sent), 10)
        assert isinstance(caught.value.__cause__, asyncio.TimeoutError)
        assert await asyncio.wait_for(halting.outcome, 10) == "reset"  # not left half-read in the pool
        assert network.in_use == 0
    finally:
        await network.aclose()
        server.close()


async def test_an_answer_read_whole_that_is_cancelled_resets_its_connection() -> None:
    halting = Halting(declared=1000)
    server = await asyncio.start_server(halting.handle, "127.0.0.1", 0)
    network = AiohttpNetwork(httpx.Limits(max_connections=2))
    try:
        sent = request(f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/")
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(network.handle_async_request(sent), 0.3)  # cancelled while reading the body
        assert await asyncio.wait_for(halting.outcome, 10) == "reset"
    finally:
        await network.aclose()
        server.close()


async def test_closing_a_cut_answer_yields_to_the_loop_once(monkeypatch: pytest.MonkeyPatch) -> None:
    halting = Halting()
    server = await asyncio.start_server(halting.handle, "127.0.0.1", 0)
    network = AiohttpNetwork(httpx.Limits(max_connections=2))
    pauses: list[float] = []
    sleep = asyncio.sleep

    async def recorded(delay: float) -> None:
        pauses.append(delay)
        await sleep(delay)

    try:
        response = await network.handle_async_request(
            request(f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/")
        )
        monkeypatch.setattr(asyncio, "sleep", recorded)
        await response.aclose()
        monkeypatch.undo()
        assert pauses == [0]  # one turn of the loop, not a wait
    finally:
        await network.aclose()
        server.close()


async def test_an_answer_aiohttp_already_gave_back_keeps_its_connection_pooled(serve: Any) -> None:
    port, server = await serve([])
    url = f"http://127.0.0.1:{port}/"
    network = AiohttpNetwork(httpx.Limits(max_connections=2))
    try:
        read = await network.handle_async_request(request(url))
        await read.aread()  # read to its end: aiohttp has put the connection back already
        assert read.extensions["network_stream"].get_extra_info("socket") is None
        await read.aclose()
        unread = await network.handle_async_request(request(url))
        for _ in range(500):  # its whole (small) body arrives with its head: aiohttp gives the connection back
            if unread.extensions["network_stream"].get_extra_info("socket") is None:
                break
            await asyncio.sleep(0.01)
        await unread.aclose()  # closed unread, but complete: nothing to abandon
        await fetch(network, request(url))
    finally:
        await network.aclose()
    assert [number for number, _ in server.heads] == [1, 1, 1]


def test_a_connection_without_a_transport_has_no_socket() -> None:
    class Connection:
        transport = None

    class Response:
        connection = Connection()

    assert _Socket(Response()).get_extra_info("socket") is None  # type: ignore[arg-type]


async def test_a_body_that_fails_midway_is_a_read_error_kept_as_its_cause() -> None:
    failure = ValueError("a broken chunk")

    class Content:
        async def iter_any(self) -> AsyncIterator[bytes]:
            yield b"[1,"
            raise failure

    class Response:
        content = Content()

    body = _Body(Response(), AiohttpNetwork(httpx.Limits()))  # type: ignore[arg-type]
    chunks: list[bytes] = []
    with pytest.raises(httpx.ReadError) as caught:  # answered: never "not sent", whatever failed
        async for chunk in body:
            chunks.append(chunk)
    assert (chunks, str(caught.value), caught.value.__cause__) == ([b"[1,"], "a broken chunk", failure)
    assert type(caught.value) is httpx.ReadError


async def test_a_network_never_used_closes_and_a_used_one_closes_its_session(serve: Any) -> None:
    await AiohttpNetwork(httpx.Limits()).aclose()
    port, _ = await serve([])
    network = AiohttpNetwork(httpx.Limits())
    await fetch(network, request(f"http://127.0.0.1:{port}/"))
    session = network._session
    await network.aclose()
    assert session is not None and session.closed
    assert network._session is None


def test_the_url_handed_to_aiohttp_is_the_one_parsed_from_httpxs_text() -> None:
    import random

    import yarl

    network = AiohttpNetwork(httpx.Limits())
    rng = random.Random(11)
    pieces = [*"aZ09-._~!$&'()*+,;=:@/", "%2E%2E", "%2F", "%25", "..", "."]
    bases = [
        "http://127.0.0.1:8080",
        "https://api-cm.np6.com",
        "https://u:p@[::1]:8443",
        "https://us%7Er:p%2F@api-cm.np6.com",
    ]
    for _ in range(3000):
        path = "/" + "".join(rng.choice(pieces) for _ in range(rng.randrange(8)))
        tail = rng.choice(["", "", "?a=1&b=%2F", "#part", "?"])
        url = httpx.URL(rng.choice(bases))  # the origin changes from one request to the next
        url._uri_reference = httpx.URL(str(url) + path + tail)._uri_reference._replace(path=path)
        expected = yarl.URL(str(url), encoded=True)
        target = network._target(url)
        assert (str(target), target.raw_path, target.host, target.port) == (
            str(expected),
            expected.raw_path,
            expected.host,
            expected.port,
        )
