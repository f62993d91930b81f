"""The pacer's bookkeeping on a simulated clock: share, spacing, re-learning, waiting for the reset."""

import math
import random

import pytest

from np6_client._ratelimit.pacing import AccountPacer, Quota


def pacer() -> AccountPacer:
    return AccountPacer(random.Random(7))


def fleet_window(p: AccountPacer, now: float, own: int, others_between: int, *, limit: int = 50) -> float:
    """One server window in which this process gets `own` answers, others taking `others_between` between each."""
    remaining = limit - 1
    for _ in range(own):
        p.observe(Quota(limit=limit, remaining=remaining, reset_in=1.0), refused=False, now=now, in_flight=0)
        remaining -= 1 + others_between
        now += 0.1
    return now


def test_share_is_what_this_process_took_of_the_account_drop() -> None:
    p = pacer()
    now = fleet_window(p, 0.0, own=6, others_between=7)  # 1 in 8 of the account's requests are ours
    fleet_window(p, now + 0.5, own=1, others_between=0)  # Remaining jumps: the window closed
    assert p.share == pytest.approx(6 / 41)  # 6 answers while the account used 41 of its window


def test_a_lone_client_has_the_whole_share() -> None:
    p = pacer()
    now = fleet_window(p, 0.0, own=10, others_between=0)
    fleet_window(p, now + 0.5, own=1, others_between=0)
    assert p.share == 1.0


def test_starts_are_spaced_at_this_process_share_of_the_limit() -> None:
    p = pacer()
    now = fleet_window(p, 0.0, own=6, others_between=7)
    now = fleet_window(p, now + 0.5, own=1, others_between=0)
    assert p.pacing(now)  # other replicas are there
    expected = 1.0 / (49 * (6 / 41))  # one window / (limit - 1) / share
    p.take(now)
    assert 0.9 * expected <= p.wait(now, in_flight=0) <= 1.1 * expected


def test_budget_is_only_this_process_share_of_what_is_left() -> None:
    p = pacer()
    now = fleet_window(p, 0.0, own=6, others_between=7)
    now = fleet_window(p, now + 0.5, own=1, others_between=0)
    p.observe(Quota(limit=50, remaining=8, reset_in=1.0), refused=False, now=now, in_flight=0)  # 8 x 1/8 = 1 left
    p.take(now)
    later = now + 0.5  # past this process's next spacing slot: only the budget can hold it
    assert p.wait(later, in_flight=1) > 0  # the other replicas' part of what is left is theirs
    assert p.wait(later, in_flight=0) > 0  # nothing in flight either: wait for the reset


def test_share_is_estimated_within_the_first_window() -> None:
    p = pacer()
    for remaining in (49, 41, 33):  # seven other requests between each of ours
        p.observe(Quota(limit=50, remaining=remaining, reset_in=1.0), refused=False, now=0.0, in_flight=0)
    assert p.share == pytest.approx(3 / 17)


def test_spent_share_waits_for_the_earliest_reset_any_answer_implied() -> None:
    p = pacer()
    p.observe(Quota(limit=5, remaining=4, reset_in=1.0), refused=False, now=10.0, in_flight=0)
    p.observe(Quota(limit=5, remaining=0, reset_in=1.0), refused=False, now=10.6, in_flight=0)  # ends by 11.0
    wait = p.wait(10.6, in_flight=0)
    assert 0.4 <= wait <= 0.4 + 0.05  # up to 5% of the window of jitter, never the rounded 1 s


def test_remaining_zero_pauses_until_the_window_ends() -> None:
    p = pacer()
    p.observe(Quota(limit=5, remaining=4, reset_in=1.0), refused=False, now=10.0, in_flight=0)
    assert p.observe(Quota(limit=5, remaining=0, reset_in=1.0), refused=False, now=10.7, in_flight=0) == (
        pytest.approx(0.3)
    )


def test_a_long_retry_after_does_not_slow_the_windows_after_it() -> None:
    p = pacer()
    assert p.observe(Quota(limit=100, remaining=0, reset_in=8.0), refused=True, now=0.0, in_flight=0) == 8.0
    now, remaining = 8.0, 99
    for _ in range(20):  # the server stopped limiting: every answer says plenty is left
        now += p.wait(now, in_flight=0)
        p.take(now)
        p.observe(Quota(limit=100, remaining=remaining, reset_in=1.0), refused=False, now=now, in_flight=0)
        remaining -= 1
    assert p.window == 1.0
    assert now - 8.0 < 1.0  # 20 calls in simulated time well under the old 8 s window


def test_window_length_is_learned_again_when_it_shrinks() -> None:
    p = pacer()
    p.observe(Quota(limit=10, remaining=9, reset_in=60.0), refused=False, now=0.0, in_flight=0)
    assert p.window == 60.0
    now = 100.0
    for _ in range(8):  # later windows report one-second resets
        for remaining in (9, 5, 1):
            p.observe(Quota(limit=10, remaining=remaining, reset_in=1.0), refused=False, now=now, in_flight=0)
            now += 0.3
    assert p.window is not None
    assert p.window < 2.0


def test_pacing_stops_some_windows_after_the_account_last_ran_short() -> None:
    p = pacer()
    for n, remaining in enumerate(range(9, -1, -1)):  # a lone client spends the whole window
        p.observe(Quota(limit=10, remaining=remaining, reset_in=1.0), refused=False, now=n * 0.05, in_flight=0)
    assert p.share == 1.0
    assert p.pacing(0.5)
    assert not p.pacing(0.45 + 3.0 + 0.01)


def test_other_replicas_switch_pacing_on_before_the_account_runs_short() -> None:
    p = pacer()
    for remaining in (49, 41, 33):
        p.observe(Quota(limit=50, remaining=remaining, reset_in=1.0), refused=False, now=0.0, in_flight=0)
    assert p.pacing(0.0)
    lone = pacer()
    for remaining in (49, 48, 47):
        lone.observe(Quota(limit=50, remaining=remaining, reset_in=1.0), refused=False, now=0.0, in_flight=0)
    assert not lone.pacing(0.0)


def test_first_request_goes_alone_until_its_answer() -> None:
    p = pacer()
    assert p.wait(0.0, in_flight=0) == 0.0
    p.take(0.0)
    assert p.wait(0.0, in_flight=1) > 0
    assert p.wait(2.0, in_flight=1) == 0.0  # a slow first answer does not hold everyone for ever
    p.observe(Quota(), refused=False, now=0.1, in_flight=0)
    assert p.wait(0.1, in_flight=5) == 0.0  # no rate-limit headers: nothing to pace


@pytest.mark.parametrize("reset", [math.nan, math.inf, -3.0, 0.0])
def test_unusable_reset_values_ask_for_no_pause(reset: float) -> None:
    p = pacer()
    assert p.observe(Quota(limit=5, remaining=0, reset_in=reset), refused=False, now=0.0, in_flight=0) == 0.0
    assert p.observe(Quota(limit=5, remaining=0, reset_in=reset), refused=True, now=0.0, in_flight=0) == 0.0
    assert p.window is None
