import pickle

import pytest

from np6_client import APIKey, ConfigurationError, NP6Client

KEY = "sk-unit-0123456789"


def test_key_never_in_repr_or_str() -> None:
    key = APIKey(KEY)
    assert repr(key) == str(key) == "APIKey('…')"
    assert key.reveal() == KEY


def test_key_refuses_pickling() -> None:
    with pytest.raises(TypeError, match=r"^an APIKey cannot be pickled$"):
        pickle.dumps(APIKey(KEY))


@pytest.mark.parametrize("bad", ["", "   ", "abc\r\nX-Evil: 1", " padded "])
def test_bad_keys_are_refused_without_echoing_them(bad: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        APIKey(bad)
    assert bad.strip() == "" or bad not in str(info.value)


def test_key_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NP6_API_KEY", KEY)
    assert APIKey.resolve(None).reveal() == KEY


def test_missing_key_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NP6_API_KEY", raising=False)
    with pytest.raises(ConfigurationError, match="NP6_API_KEY"):
        NP6Client()


async def test_client_repr_holds_no_key() -> None:
    async with NP6Client(api_key=KEY) as np6:
        view = np6.with_options(max_retries=0)
        for text in (repr(np6), str(np6), repr(view), repr(np6.get_async_httpx_client()._transport)):
            assert KEY not in text
        await view.aclose()


@pytest.mark.parametrize("url", ["http://api-cm.np6.com", "http://10.0.0.8:8080", "ftp://example.org"])
def test_plain_http_refused_off_loopback(url: str) -> None:
    with pytest.raises(ConfigurationError, match="https"):
        NP6Client(api_key=KEY, base_url=url)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000", "http://localhost:1", "http://[::1]:9"])
async def test_plain_http_allowed_on_loopback(url: str) -> None:
    async with NP6Client(api_key=KEY, base_url=url) as np6:
        assert str(np6.base_url).startswith("http://")


def test_the_refusal_names_the_rule_exactly() -> None:
    with pytest.raises(ConfigurationError) as info:
        APIKey("bad\x0bkey")
    assert str(info.value) == (
        "the API key is not a valid HTTP header value (visible ASCII only, no leading or trailing "
        "whitespace, no control characters)"
    )


def forced(value: str) -> APIKey:
    """A key holding what construction refuses, to see the scrubbing of what a library quotes."""
    key = APIKey("placeholder")
    key._value = value
    return key


def test_scrub_blanks_every_spelling_of_the_key_and_keeps_the_rest() -> None:
    key = forced("S3CR3T\\x'\x0b")
    secret = key.reveal()
    error = ValueError(
        f"plain {secret} repr {secret!r} bytes {secret.encode()!r}",
        secret.encode() + b" tail",
        (1, secret),
        7,
    )
    key.scrub(error)
    text, raw, other, number = error.args
    assert text == 'plain <redacted> repr "<redacted>" bytes b"<redacted>"'
    assert raw == b"<redacted> tail"
    assert other == '(1, "<redacted>")'
    assert number == 7


def test_scrub_reaches_causes_contexts_and_quoted_errors_once_each() -> None:
    key = APIKey(KEY)
    quoted, shared = RuntimeError(f"quoted {KEY}"), RuntimeError(f"shared {KEY}")
    top = ValueError(f"top {KEY}", quoted)
    top.__cause__ = shared
    top.__context__ = shared
    shared.__context__ = top  # a cycle must end
    key.scrub(top)
    assert top.args == ("top <redacted>", quoted)
    assert quoted.args == ("quoted <redacted>",)
    assert shared.args == ("shared <redacted>",)


def test_scrub_leaves_messages_without_the_key_untouched() -> None:
    error = OSError(111, "Connection refused")
    APIKey(KEY).scrub(error)
    assert error.args == (111, "Connection refused")


def test_scrub_finds_the_key_as_the_repr_of_its_utf8_bytes() -> None:
    key = forced("S3CR3T\u00e9")
    error = ValueError(f"bytes {key.reveal().encode()!r}")
    key.scrub(error)
    assert error.args == ("bytes b'<redacted>'",)


def test_scrub_copes_with_a_key_utf8_cannot_encode() -> None:
    key = forced("S3CR3T\udc80")
    error = ValueError(b"raw S3CR3T\\udc80 tail")
    key.scrub(error)
    assert error.args == (b"raw <redacted> tail",)


def test_scrub_reaches_an_error_met_only_as_the_context() -> None:
    key = APIKey(KEY)
    top = ValueError("while reporting")
    top.__context__ = OSError(f"handshake with {KEY}")  # what `raise ... from None` inside `except` leaves
    top.__suppress_context__ = True
    inner = top.__context__
    assert isinstance(inner, OSError)
    key.scrub(top)
    assert inner.args == ("handshake with <redacted>",)


def test_redact_bytes_copes_with_a_key_utf8_cannot_encode() -> None:
    key = forced("S3CR3T\udc80")
    assert key.redact_bytes(b"raw S3CR3T\\udc80 tail, S3CR3T\\udc80") == b"raw <redacted> tail, <redacted>"


def test_account_tag_is_the_fixed_scrypt_tag_every_replica_derives() -> None:
    # scrypt(key, salt "np6-client/account-tag/v1", N=2**14, r=8, p=1), 16 bytes as hex: a value
    # fixed here, so a replica on another version or machine that derives it differently (and so
    # paces another account's quota) is caught.
    assert APIKey(KEY).account_tag() == "5db528b5d6b9921386cf998a1e3e1870"
    assert APIKey("sk-other").account_tag() != APIKey(KEY).account_tag()


def test_text_an_error_keeps_in_its_own_attributes_is_scrubbed() -> None:
    error = ValueError("failed")
    error.note = f"echoed {KEY}"  # type: ignore[attr-defined]
    error.raw = f"echoed {KEY}".encode()  # type: ignore[attr-defined]
    error.count = 3  # type: ignore[attr-defined]
    decoding = UnicodeDecodeError("utf-8", b"\xff " + KEY.encode(), 0, 1, "invalid start byte")
    error.__context__ = decoding
    APIKey(KEY).scrub(error)
    assert (error.note, error.raw, error.count) == ("echoed <redacted>", b"echoed <redacted>", 3)  # type: ignore[attr-defined]
    assert decoding.object == b"\xff <redacted>"  # a C member, not in `__dict__`


class _ReadOnlyText(Exception):
    @property
    def doc(self) -> str:
        return f"echoed {KEY}"


class _TypedText(Exception):
    def __init__(self) -> None:
        super().__init__("typed")
        self._object = f"echoed {KEY}".encode()

    @property
    def object(self) -> bytes:
        return self._object

    @object.setter
    def object(self, value: bytes) -> None:
        raise TypeError("object is fixed")


@pytest.mark.parametrize("error", [_ReadOnlyText("read-only"), _TypedText()], ids=["no setter", "setter refuses"])
def test_an_attribute_that_cannot_be_set_is_left_and_the_rest_still_scrubbed(error: Exception) -> None:
    error.args = (f"message {KEY}",)
    APIKey(KEY).scrub(error)  # does not raise
    assert error.args == ("message <redacted>",)
