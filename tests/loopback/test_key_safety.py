"""The API key stays out of logs (httpx and httpcore at DEBUG included), errors and reprs."""

import logging
import traceback

import pytest

from np6_client import NotFoundError, NP6Client
from np6_client.api import contact, segment
from np6_client.testing import FakeNP6, Fault

from .conftest import API_KEY


@pytest.mark.parametrize("network", ["aiohttp", "httpcore"])
async def test_no_key_anywhere_on_failing_and_succeeding_calls(
    network: str, np6: NP6Client, np6_on_httpcore: NP6Client, fake: FakeNP6, caplog: pytest.LogCaptureFixture
) -> None:
    if network == "httpcore":
        np6 = np6_on_httpcore
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "aiohttp", "np6_client"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    fake.faults.add(Fault(method="GET", path="/segments/1/targets", status=503))
    assert await segment.list_segment_targets.asyncio(1, client=np6) == []
    with pytest.raises(NotFoundError) as info:
        await contact.get_target.asyncio("missing", client=np6)
    loggers = {record.name.split(".")[0] for record in caplog.records}
    assert {"httpx", "np6_client"} | ({"httpcore"} if network == "httpcore" else set()) <= loggers
    for record in caplog.records:
        assert API_KEY not in record.getMessage()
        assert API_KEY not in repr(record.args)
    rendered = "".join(traceback.TracebackException.from_exception(info.value, capture_locals=True).format())
    assert API_KEY not in rendered
    assert API_KEY not in repr(info.value) and API_KEY not in str(info.value.args)
    assert API_KEY not in repr(np6) and API_KEY not in repr(np6.get_async_httpx_client())
    # ...yet it did travel, in the header, to the server
    assert all(r.headers.get("x-key") == API_KEY for r in fake.requests)
    assert all(API_KEY not in r.path and API_KEY not in str(r.query) for r in fake.requests)


async def test_a_header_value_h11_refuses_never_reaches_a_message_or_traceback(fake_url: str) -> None:
    from np6_client import APIConnectionError, APIKey

    key = APIKey(API_KEY)
    key._value = API_KEY + "\x0b"  # what construction refuses, forced past it
    async with NP6Client(api_key=key, base_url=fake_url) as np6:
        with pytest.raises(APIConnectionError) as info:
            await segment.list_segment_targets.asyncio(1, client=np6)
    rendered = "".join(traceback.format_exception(info.value))
    assert "LocalProtocolError" in rendered  # the cause is kept...
    assert API_KEY not in rendered  # ...with the key blanked out of it
    assert "not valid HTTP" in str(info.value)
