"""Rate-limit mode: per-key windows, headers in both reset styles, refused requests not executed."""

import asyncio
import time

import httpx
import pytest

from np6_client.testing import FakeNP6

from .conftest import op_path

SEGMENT = op_path("list_segment_targets", id="1")


async def test_limit_headers_and_refusal_delta(any_client: httpx.AsyncClient, fake: FakeNP6) -> None:
    fake.rate_limit(3)
    answers = [await any_client.put(SEGMENT, json=[f"T{n}"]) for n in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert [a.headers["x-ratelimit-remaining"] for a in answers] == ["2", "1", "0", "0"]
    assert {a.headers["x-ratelimit-limit"] for a in answers} == {"3"}
    refused = answers[3]
    assert refused.headers["retry-after"] == "1"
    assert refused.headers["x-ratelimit-reset"] == "1"
    assert refused.content == b""
    assert [a.headers["x-ratelimit-reset"] for a in answers] == ["1", "1", "1", "1"]
    assert fake.count("PUT", SEGMENT) == 4  # recorded...
    fake.rate_limit(None)
    assert (await any_client.get(SEGMENT)).json() == ["T0", "T1", "T2"]  # ...but not executed


async def test_refusal_epoch_style_and_window_reset(client: httpx.AsyncClient, fake: FakeNP6) -> None:
    fake.rate_limit(2, reset_style="epoch")
    assert (await client.get(SEGMENT)).status_code == 200
    assert (await client.get(SEGMENT)).status_code == 200
    refused = await client.get(SEGMENT)
    assert refused.status_code == 429
    reset = int(refused.headers["x-ratelimit-reset"])
    assert time.time() < reset <= time.time() + 2
    assert refused.headers["retry-after"] == "1"
    await asyncio.sleep(1.05)
    again = await client.get(SEGMENT)
    assert again.status_code == 200
    assert again.headers["x-ratelimit-remaining"] == "1"


async def test_headers_can_be_left_out(local: httpx.AsyncClient, fake: FakeNP6) -> None:
    fake.rate_limit(1, send_retry_after=False, send_remaining=False)
    ok = await local.get(SEGMENT)
    assert ok.status_code == 200
    assert not any(name.startswith("x-ratelimit") for name in ok.headers)
    refused = await local.get(SEGMENT)
    assert refused.status_code == 429
    assert "retry-after" not in refused.headers
    assert refused.headers["x-ratelimit-remaining"] == "0"


async def test_each_key_has_its_own_window_and_bad_keys_do_not_count(fake: FakeNP6) -> None:
    other = FakeNP6(api_keys=("k1", "k2"))
    other.rate_limit(1)
    transport = httpx.ASGITransport(app=other.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://x") as http:
        assert (await http.get(SEGMENT, headers={"X-Key": "nope"})).status_code == 401
        assert (await http.get(SEGMENT, headers={"X-Key": "k1"})).status_code == 200
        assert (await http.get(SEGMENT, headers={"X-Key": "k2"})).status_code == 200
        assert (await http.get(SEGMENT, headers={"X-Key": "k1"})).status_code == 429
        other.rate_limit(None)
        answer = await http.get(SEGMENT, headers={"X-Key": "k1"})
        assert answer.status_code == 200
        assert "x-ratelimit-limit" not in answer.headers


async def test_rates_below_one_per_second(local: httpx.AsyncClient, fake: FakeNP6) -> None:
    fake.rate_limit(0.5)
    assert (await local.get(SEGMENT)).headers["x-ratelimit-limit"] == "1"
    refused = await local.get(SEGMENT)
    assert refused.status_code == 429
    assert refused.headers["retry-after"] == "2"


def test_bad_settings_are_refused(fake: FakeNP6) -> None:
    with pytest.raises(ValueError, match="per_second"):
        fake.rate_limit(0)
    with pytest.raises(ValueError, match="reset_style"):
        fake.rate_limit(1, reset_style="later")  # type: ignore[arg-type]
