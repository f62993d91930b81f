"""`bench/throughput.py` runs the clients a target compares back to back, taking turns to go first."""

from types import ModuleType

import pytest

from tests.scripts.bench_modules import bench_module

NAMES = [
    "SDK (aiohttp, default)",
    "SDK network=httpcore",
    "httpx 0.28",
    "httpx + httpx-aiohttp",
    "httpx2",
    "httpx2 + httpx-aiohttp",
    "aiohttp",
    "httpx models on aiohttp",
]


@pytest.fixture(scope="module")
def throughput() -> ModuleType:
    return bench_module("throughput")


def neighbours(order: list[str], first: str, second: str) -> bool:
    return abs(order.index(first) - order.index(second)) == 1


def test_every_round_runs_every_client_once_with_compared_clients_side_by_side(throughput: ModuleType) -> None:
    for number in range(12):
        order = throughput.round_order(NAMES, number)
        assert sorted(order) == sorted(NAMES)
        assert neighbours(order, "SDK (aiohttp, default)", "aiohttp")
        assert neighbours(order, "SDK (aiohttp, default)", "httpx + httpx-aiohttp")
        assert neighbours(order, "SDK network=httpcore", "httpx 0.28")


def test_compared_clients_take_turns_to_go_first_and_every_group_leads_a_round(throughput: ModuleType) -> None:
    orders = [throughput.round_order(NAMES, number) for number in range(12)]
    sdk_first = [order.index("SDK (aiohttp, default)") < order.index("aiohttp") for order in orders]
    assert sdk_first.count(True) == sdk_first.count(False) == 6
    assert {order[0] for order in orders} >= {"aiohttp", "httpx2", "httpx models on aiohttp", "SDK network=httpcore"}


def test_a_run_of_fewer_clients_keeps_what_it_has(throughput: ModuleType) -> None:
    present = ["SDK (aiohttp, default)", "aiohttp", "httpx 0.28"]
    for number in range(4):
        order = throughput.round_order(present, number)
        assert sorted(order) == sorted(present)
        assert neighbours(order, "SDK (aiohttp, default)", "aiohttp")
