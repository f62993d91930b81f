"""A caller's wrong input is refused with a typed error naming it, before anything is sent."""

import datetime
import math
import uuid
from typing import Any

import httpx
import pytest

from np6_client import ClientOptions, ConfigurationError, EventPoller, InvalidRequestError, NP6Client
from np6_client.api import contact, email_sms, mobile_application, segment

pytestmark = pytest.mark.filterwarnings("ignore:add_segment_targets is deprecated:DeprecationWarning")
KEY = "sk-input-secret-5"
APP = "3f2b6c1e-8d4a-4b6e-9c2f-1a2b3c4d5e6f"


def recording(sent: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=1 if request.url.path.startswith("/segments") else {"id": "X"})

    return httpx.MockTransport(handler)


@pytest.mark.parametrize(
    ("ids", "kind"),
    [("000PKXK4", "str"), (b"000PKXK4", "bytes"), (bytearray(b"0"), "bytearray"), ({"000PKXK4": 1}, "dict")],
)
async def test_a_string_is_not_a_list_of_target_ids(ids: Any, kind: str) -> None:
    sent: list[httpx.Request] = []
    async with NP6Client(api_key=KEY, transport=recording(sent)) as np6:
        with pytest.raises(InvalidRequestError) as info:
            await np6.add_targets_to_segment(12, ids)
        with pytest.raises(InvalidRequestError) as direct:
            await segment.add_segment_targets.asyncio(12, client=np6, body=ids)
    assert (info.value.field, info.value.problem) == ("target_ids", f"must be a list of ids, not a {kind}")
    assert direct.value.field == "body"
    assert sent == []


async def test_a_list_of_ids_still_goes() -> None:
    sent: list[httpx.Request] = []
    async with NP6Client(api_key=KEY, transport=recording(sent)) as np6:
        results = await np6.add_targets_to_segment(12, iter(["000PKXK4", "000PKXK5"]))
    assert [r.target_ids for r in results] == [("000PKXK4", "000PKXK5")]
    assert [r.url.path for r in sent] == ["/segments/12/targets"]


@pytest.mark.parametrize(
    ("call", "field", "problem"),
    [
        (lambda np6: segment.add_segment_targets.asyncio("one", client=np6, body=["A"]), "id", "integer, not str"),  # type: ignore[arg-type]
        (lambda np6: segment.add_segment_targets.asyncio("12", client=np6, body=["A"]), "id", "integer, not str"),  # type: ignore[arg-type]
        (lambda np6: segment.add_segment_targets.asyncio(True, client=np6, body=["A"]), "id", "integer, not bool"),
        (lambda np6: segment.add_segment_targets.asyncio(12.0, client=np6, body=["A"]), "id", "integer, not float"),  # type: ignore[arg-type]
        (lambda np6: contact.get_target.asyncio(4, client=np6), "id", "string, not int"),  # type: ignore[arg-type]
        (lambda np6: contact.get_target.asyncio(None, client=np6), "id", "string, not NoneType"),  # type: ignore[arg-type]
        (lambda np6: mobile_application.get_application.asyncio("not-a-uuid", client=np6), "uuid", "UUID"),  # type: ignore[arg-type]
        (lambda np6: mobile_application.get_application.asyncio(7, client=np6), "uuid", "UUID, not the int"),  # type: ignore[arg-type]
    ],
)
async def test_a_wrong_typed_path_id_is_refused_before_sending(call: Any, field: str, problem: str) -> None:
    sent: list[httpx.Request] = []
    async with NP6Client(api_key=KEY, transport=recording(sent)) as np6:
        with pytest.raises(InvalidRequestError) as info:
            await call(np6)
    assert info.value.field == field
    assert problem in info.value.problem
    assert sent == []


async def test_right_typed_path_ids_go_as_they_are() -> None:
    sent: list[httpx.Request] = []
    async with NP6Client(api_key=KEY, transport=recording(sent)) as np6:
        await segment.add_segment_targets.asyncio_detailed(12, client=np6, body=["A"])
        await contact.get_target.asyncio_detailed("000PKXK4", client=np6)
        await mobile_application.get_application.asyncio_detailed(APP, client=np6)  # type: ignore[arg-type]
        await mobile_application.get_application.asyncio_detailed(uuid.UUID(APP), client=np6)
    assert [r.url.path for r in sent] == [
        "/segments/12/targets",
        "/targets/000PKXK4",
        f"/parameters/applications/{APP}",
        f"/parameters/applications/{APP}",
    ]


@pytest.mark.parametrize("content_type", ["Application/JSON", "APPLICATION/JSON; charset=utf-8", "application/json"])
async def test_a_json_content_type_in_any_case_is_validated(content_type: str) -> None:
    sent: list[httpx.Request] = []
    ids = [f"T{n:07d}" for n in range(51)]
    async with NP6Client(api_key=KEY, transport=recording(sent)) as np6:
        with pytest.raises(InvalidRequestError) as info:
            await np6.request("PUT", "/segments/{id}/targets", path={"id": 12}, json=ids, content_type=content_type)
        await np6.request("PUT", "/segments/{id}/targets", path={"id": 12}, json=ids[:50], content_type=content_type)
    assert (info.value.field, info.value.problem) == ("body", "has 51 items; at most 50 are allowed")
    assert len(sent) == 1


@pytest.mark.parametrize("media_type", ["application/vnd.np6.v8", "Application/Vnd.NP6.V8", "text/JSON"])
async def test_request_parses_vendor_and_any_case_json_answers(media_type: str) -> None:
    answer = httpx.Response(200, content=b'{"id": 7}', headers={"content-type": media_type})
    async with NP6Client(api_key=KEY, transport=httpx.MockTransport(lambda _: answer)) as np6:
        response = await np6.request("GET", "/anything")
    assert response.parsed == {"id": 7}


async def test_request_leaves_other_answers_unparsed() -> None:
    answer = httpx.Response(200, content=b'{"id": 7}', headers={"content-type": "text/plain"})
    async with NP6Client(api_key=KEY, transport=httpx.MockTransport(lambda _: answer)) as np6:
        response = await np6.request("GET", "/anything")
    assert (response.parsed, response.content) == (None, b'{"id": 7}')


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        ({"timeout": math.nan}, "'timeout.connect' must be None or a finite number"),
        ({"timeout": -1}, "'timeout.connect' must be None or a finite number"),
        ({"timeout": "5"}, "'timeout.connect' must be None or a finite number"),
        ({"timeout": httpx.Timeout(5, read=math.inf)}, "'timeout.read' must be None or a finite number"),
        ({"max_retries": 1.5}, "'max_retries' must be an integer"),
        ({"max_retries": True}, "'max_retries' must be an integer"),
        ({"max_rate_limit_retries": 2.0}, "'max_rate_limit_retries' must be an integer"),
        ({"deadline": math.inf}, "'deadline' must be a finite number"),
        ({"max_wait": math.inf}, "'max_wait' must be a finite number"),
        ({"backoff_base": math.nan}, "'backoff_base' must be a finite number"),
        ({"backoff_cap": True}, "'backoff_cap' must be a finite number"),
        ({"max_total_wait": math.inf}, "'max_total_wait' must be a finite number"),
        ({"min_retry_delay": math.inf}, "'min_retry_delay' must be a finite number"),
    ],
)
async def test_options_no_call_can_keep_are_refused_per_call_and_per_client(options: Any, problem: str) -> None:
    sent: list[httpx.Request] = []
    async with NP6Client(api_key=KEY, transport=recording(sent)) as np6:
        with pytest.raises(ConfigurationError, match=problem):
            np6.with_options(**options)
        if set(options) <= {"timeout", "max_retries"}:
            with pytest.raises(ConfigurationError, match=problem):
                await np6.request("GET", "/anything", **options)
    with pytest.raises((TypeError, ValueError), match=problem):
        ClientOptions(**options)
    assert sent == []


def test_sound_options_still_go() -> None:
    options = ClientOptions(timeout=httpx.Timeout(5, read=None), max_retries=0, deadline=2.5, backoff_cap=0)
    assert (options.timeout.read, options.max_retries, options.deadline) == (None, 0, 2.5)
    assert ClientOptions(timeout=httpx.Timeout(None)).timeout.read is None


@pytest.mark.parametrize("seconds", [0, 0.0, 0.25])
def test_a_timeout_of_zero_or_under_a_second_is_a_number_of_seconds(seconds: float) -> None:
    options = ClientOptions(timeout=httpx.Timeout(30, read=seconds))
    assert (options.timeout.connect, options.timeout.read) == (30, seconds)
    assert ClientOptions(timeout=seconds).timeout.pool == seconds


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf, [1, math.nan], object(), None])
async def test_a_query_value_no_query_can_mean_is_refused(value: Any) -> None:
    sent: list[httpx.Request] = []
    async with NP6Client(api_key=KEY, transport=recording(sent)) as np6:
        with pytest.raises(InvalidRequestError) as info:
            await np6.request("GET", "/anything", params={"a": value})
        await np6.request("GET", "/anything", params={"a": [1, 2.5, "x", True]})
    assert info.value.field == "params['a']"
    assert [dict(r.url.params.multi_items()) for r in sent] == [{"a": "true"}]
    assert sent[0].url.params.get_list("a") == ["1", "2.5", "x", "true"]


@pytest.mark.parametrize("size", [True, 1.0, "10", 0, 51])
async def test_a_batch_size_that_is_not_an_integer_from_1_to_50_is_refused(size: Any) -> None:
    sent: list[httpx.Request] = []
    async with NP6Client(api_key=KEY, transport=recording(sent)) as np6:
        with pytest.raises(InvalidRequestError) as info:
            await np6.add_targets_to_segment(12, ["A"], batch_size=size)
    assert info.value.field == "batch_size"
    assert sent == []


@pytest.mark.parametrize("start", ["yesterday", "1704067200000", True, 1.5])
async def test_a_poller_start_that_is_neither_a_datetime_nor_milliseconds_is_refused(start: Any) -> None:
    async with NP6Client(api_key=KEY, transport=recording([])) as np6:
        with pytest.raises(InvalidRequestError) as info:
            EventPoller(email_sms.list_action_events.stream, client=np6, start=start)
        EventPoller(email_sms.list_action_events.stream, client=np6, start=1_704_067_200_000)
        EventPoller(email_sms.list_action_events.stream, client=np6, start=datetime.datetime.now(datetime.UTC))
    assert info.value.field == "start"
