"""`add_targets_to_segment`: exact batch results, true counts or an uncertain mark, never a guess."""

import json
import os

import attrs
import httpx
import pytest

from np6_client import (
    APIConnectionError,
    BatchResult,
    ClientOptions,
    InternalServerError,
    InvalidRequestError,
    NP6Client,
)

KEY = "sk-batches-secret-6"
FAST = ClientOptions(backoff_base=0.001, backoff_cap=0.002, max_retries=1, min_retry_delay=0.001)


def client(*answers: httpx.Response | Exception) -> tuple[NP6Client, list[list[str]]]:
    queue, sent = list(answers), []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        item = queue.pop(0)
        if isinstance(item, Exception):
            raise item
        return item

    return NP6Client(api_key=KEY, transport=httpx.MockTransport(handler), options=FAST), sent


async def test_each_batch_reports_its_index_ids_and_count() -> None:
    np6, sent = client(httpx.Response(200, json=2), httpx.Response(200, json=1))
    results = await np6.add_targets_to_segment(7, ["A", "B", "C"], batch_size=2)
    assert results == [BatchResult(0, ("A", "B"), added=2), BatchResult(1, ("C",), added=1)]
    assert sent == [["A", "B"], ["C"]]
    assert all(r.ok and not r.uncertain for r in results)


async def test_an_error_is_recorded_and_the_next_batch_still_goes() -> None:
    np6, sent = client(httpx.Response(409), httpx.Response(200, json=1))
    first, second = await np6.add_targets_to_segment(7, ["A", "B"], batch_size=1)
    assert (first.index, first.target_ids, first.added, first.uncertain, first.ok) == (0, ("A",), None, False, False)
    assert second == BatchResult(1, ("B",), added=1)
    assert sent == [["A"], ["B"]]


async def test_stop_on_error_stops_after_the_failed_batch() -> None:
    np6, sent = client(httpx.Response(409))
    results = await np6.add_targets_to_segment(7, ["A", "B"], batch_size=1, stop_on_error=True)
    assert [r.index for r in results] == [0] and sent == [["A"]]


async def test_a_lost_answer_then_success_is_uncertain_with_no_count() -> None:
    np6, _ = client(httpx.ReadError("lost"), httpx.Response(200, json=0))
    assert await np6.add_targets_to_segment(7, ["A"]) == [BatchResult(0, ("A",), uncertain=True)]


async def test_a_lost_last_answer_is_an_uncertain_error() -> None:
    np6, _ = client(httpx.ReadError("lost"), httpx.ReadError("lost again"))
    (result,) = await np6.add_targets_to_segment(7, ["A"])
    assert isinstance(result.error, APIConnectionError)
    assert (result.index, result.added, result.uncertain) == (0, None, True)


async def test_a_refused_connection_is_a_certain_error() -> None:
    np6, _ = client(httpx.ConnectError("refused"), httpx.ConnectError("refused"))
    (result,) = await np6.add_targets_to_segment(7, ["A"])
    assert isinstance(result.error, APIConnectionError) and result.uncertain is False


async def test_a_5xx_after_a_lost_answer_is_an_uncertain_error() -> None:
    np6, _ = client(httpx.ReadError("lost"), httpx.Response(500))
    (result,) = await np6.add_targets_to_segment(7, ["A"])
    assert isinstance(result.error, InternalServerError)
    assert (result.index, result.uncertain) == (0, True)


@pytest.mark.parametrize(
    ("kwargs", "field", "problem"),
    [
        ({"segment_id": "7"}, "segment_id", "must be an integer"),
        ({"segment_id": True}, "segment_id", "must be an integer"),
        ({"batch_size": 0}, "batch_size", "must be between 1 and 50"),
        ({"batch_size": 51}, "batch_size", "must be between 1 and 50"),
        ({"target_ids": ["A", ""]}, "target_ids[1]", "must be a non-empty string"),
        ({"target_ids": ["A", 5]}, "target_ids[1]", "must be a non-empty string"),
    ],
)
async def test_bad_arguments_are_refused_before_sending(kwargs: dict[str, object], field: str, problem: str) -> None:
    np6, sent = client()
    arguments: dict[str, object] = {"segment_id": 7, "target_ids": ["A"], **kwargs}
    with pytest.raises(InvalidRequestError) as info:
        await np6.add_targets_to_segment(**arguments)  # type: ignore[arg-type]
    assert (info.value.field, info.value.problem) == (field, problem)
    assert sent == []


async def test_batch_sizes_of_one_and_fifty_are_allowed() -> None:
    np6, sent = client(httpx.Response(200, json=1), httpx.Response(200, json=50))
    await np6.add_targets_to_segment(7, ["A"], batch_size=1)
    await np6.add_targets_to_segment(7, [f"T{i}" for i in range(50)], batch_size=50)
    assert [len(batch) for batch in sent] == [1, 50]


async def test_a_malformed_answer_is_a_certain_error() -> None:
    np6, _ = client(httpx.Response(200, json={"added": 1}))
    (result,) = await np6.add_targets_to_segment(7, ["A"])
    assert result.error is not None and type(result.error).__name__ == "MalformedResponseError"
    assert result.uncertain is False


async def test_a_single_lost_answer_with_no_retry_left_is_uncertain() -> None:
    transport = httpx.MockTransport(lambda _: (_ for _ in ()).throw(httpx.ReadError("lost")))
    np6 = NP6Client(api_key=KEY, transport=transport, options=attrs.evolve(FAST, max_retries=0))
    (result,) = await np6.add_targets_to_segment(7, ["A"])
    assert isinstance(result.error, APIConnectionError) and result.uncertain is True


async def test_the_batches_warn_once_that_their_operation_is_deprecated(monkeypatch: pytest.MonkeyPatch) -> None:
    import warnings

    from np6_client._spec import deprecation

    monkeypatch.setattr(deprecation, "_warned", set())
    np6, _ = client(httpx.Response(200, json=1), httpx.Response(200, json=1))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        await np6.add_targets_to_segment(7, ["A", "B"], batch_size=1)
    assert [(w.category, str(w.message).split(";")[0]) for w in caught] == [
        (DeprecationWarning, "add_segment_targets is deprecated by NP6")
    ]
    if "MUTANT_UNDER_TEST" not in os.environ:  # mutmut's trampoline puts its own frames between the SDK's
        assert caught[0].filename == __file__
