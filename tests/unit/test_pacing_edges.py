"""The pacer at its boundaries, on a simulated clock and with jitter drawn at a known point of its range."""

import random

import pytest

from np6_client._ratelimit.pacing import PROBE_WAIT, AccountPacer, Quota


class FixedDraw(random.Random):
    """Every jitter draw lands at the same fraction of its range (0.5: no jitter at all)."""

    def __init__(self, fraction: float = 0.5) -> None:
        super().__init__(0)
        self.fraction = fraction

    def uniform(self, a: float, b: float) -> float:
        return a + (b - a) * self.fraction


def pacer(fraction: float = 0.5) -> AccountPacer:
    return AccountPacer(FixedDraw(fraction))


def answer(
    p: AccountPacer,
    now: float,
    remaining: int | None,
    *,
    limit: int | None,
    reset_in: float | None = 1.0,
    in_flight: int = 0,
) -> float:
    quota = Quota(limit=limit, remaining=remaining, reset_in=reset_in)
    return p.observe(quota, refused=False, now=now, in_flight=in_flight)


def refusal(p: AccountPacer, now: float, reset_in: float | None) -> float:
    return p.observe(Quota(reset_in=reset_in), refused=True, now=now, in_flight=0)


def lone_client(limit: int, answers: int) -> AccountPacer:
    """A client that made every request of one closed window, then got the first answer of the next."""
    p = pacer()
    for n in range(answers):
        answer(p, n * 0.01, limit - 1 - n, limit=limit)
    answer(p, 1.0, limit - 1, limit=limit)
    assert p.share == 1.0
    assert p.window == 1.0
    return p


def test_a_refusal_pauses_for_its_whole_reset_even_under_a_second() -> None:
    assert refusal(pacer(), 0.0, 0.5) == 0.5
    assert refusal(pacer(), 0.0, 0.0) == 0.0


@pytest.mark.parametrize(
    ("limit", "usable"),
    [(5, 4.5), (50, 49.0)],  # 90% of a small limit; one fewer than a large one
)
def test_a_lone_client_spaces_starts_over_the_usable_part_of_the_limit(limit: int, usable: float) -> None:
    p = pacer()
    answer(p, 0.0, limit - 1, limit=limit)
    assert p.interval() == pytest.approx(1.0 / usable)


def test_a_replica_spaces_its_starts_by_its_share() -> None:
    p = pacer()
    answer(p, 0.0, 48, limit=50, reset_in=2.0)  # one other request came before ours
    assert p.share == 0.5
    assert p.interval() == pytest.approx(2.0 / (49 * 0.5))


def test_nothing_is_spaced_until_both_limit_and_window_are_known() -> None:
    assert pacer().interval() == 0.0
    limit_only = pacer()
    assert answer(limit_only, 0.0, None, limit=10) == 0.0  # no Remaining: nothing to pause for
    assert limit_only.interval() == 0.0
    assert not limit_only.pacing(0.0)
    window_only = pacer()
    answer(window_only, 0.0, 1, limit=None)
    assert window_only.window == 1.0
    assert window_only.interval() == 0.0
    assert not window_only.pacing(0.0)


def test_an_answer_naming_only_the_limit_lets_one_request_go_at_a_time() -> None:
    p = pacer()
    answer(p, 0.0, None, limit=10)
    assert p.wait(0.0, in_flight=1) == PROBE_WAIT  # no Remaining yet: the share is unknown
    assert p.wait(0.0, in_flight=0) == 0.0


def test_without_a_limit_header_nothing_is_paced_even_after_a_refusal() -> None:
    p = pacer()
    answer(p, 0.0, 50, limit=None)
    assert refusal(p, 0.1, 1.0) == 1.0
    answer(p, 1.1, 60, limit=None, reset_in=0.9)  # a new window
    p.take(1.1)
    assert not p.pacing(1.1)
    assert p.wait(1.1, in_flight=0) == 0.0


@pytest.mark.parametrize("junk", [0, -3])
def test_a_limit_header_below_one_keeps_the_limit_learned_before(junk: int) -> None:
    p = pacer()
    answer(p, 0.0, 99, limit=100)
    answer(p, 0.1, 98, limit=junk)
    assert p.limit == 100


def test_a_limit_of_one_request_per_window_is_learned() -> None:
    p = pacer()
    answer(p, 0.0, 0, limit=1)
    assert p.limit == 1


def test_the_first_reset_is_the_window_length_even_under_a_second() -> None:
    p = pacer()
    answer(p, 0.0, 9, limit=10, reset_in=0.5)
    assert p.window == 0.5


def test_a_shorter_window_is_learned_by_halves() -> None:
    p = pacer()
    answer(p, 0.0, 99, limit=100, reset_in=2.0)
    answer(p, 0.1, 50, limit=100, reset_in=2.0)
    learned = []
    for n in range(1, 6):  # every later window reports quarter-second resets
        answer(p, n * 10.0, 99, limit=100, reset_in=0.25)
        learned.append(p.window)
        answer(p, n * 10.0 + 0.1, 50, limit=100, reset_in=0.25)
    assert learned == [2.0, 1.0, 0.5, 0.25, 0.25]  # one odd window does not shrink it at once


def test_answers_without_a_reset_leave_the_window_length_alone() -> None:
    p = pacer()
    answer(p, 0.0, 99, limit=100)
    answer(p, 0.1, 50, limit=100)
    for start in (5.0, 10.0):  # two windows whose answers carry no reset
        answer(p, start, 99, limit=100, reset_in=None)
        answer(p, start + 0.1, 50, limit=100, reset_in=None)
    assert p.window == 1.0


def test_shares_of_closed_windows_are_averaged() -> None:
    p = pacer()
    remaining = 49
    for _ in range(6):  # 6 of the 41 requests the account made in this window are ours
        answer(p, 0.0, remaining, limit=50)
        remaining -= 8
    for remaining in range(49, 29, -1):  # then a window with all 20 requests ours
        answer(p, 1.0, remaining, limit=50)
    answer(p, 2.0, 49, limit=50)
    assert p.share == pytest.approx((6 / 41 + 1.0) / 2)


def test_a_replica_that_joins_late_counts_only_its_part_of_what_was_used() -> None:
    second = pacer()
    answer(second, 0.0, 48, limit=50)  # one request of another replica came first
    assert second.share == 0.5
    assert second.pacing(0.0)
    late = pacer()
    answer(late, 0.0, 10, limit=50)  # the account used 40 before our first answer
    assert late.share == pytest.approx(1 / 40)


def test_a_share_of_nine_tenths_counts_as_alone() -> None:
    p = pacer()
    for remaining in range(48, 39, -1):  # 9 of the 10 requests used are ours
        answer(p, 0.0, remaining, limit=50)
    assert p.share == pytest.approx(0.9)
    assert not p.pacing(0.0)


@pytest.mark.parametrize(("limit", "short"), [(50, 5), (10, 1)])
def test_pacing_starts_when_remaining_falls_to_a_tenth_of_the_limit(limit: int, short: int) -> None:
    p = pacer()
    for remaining in range(limit - 1, short, -1):
        answer(p, 0.0, remaining, limit=limit)
    assert p.share == 1.0
    assert not p.pacing(0.0)  # one above the threshold
    answer(p, 0.0, short, limit=limit)
    assert p.pacing(0.0)


def test_a_refusal_switches_pacing_on_for_three_windows() -> None:
    p = lone_client(100, answers=30)
    assert not p.pacing(1.0)
    assert refusal(p, 1.0, 0.0) == 0.0
    assert p.pacing(1.0 + 2.9)
    assert not p.pacing(1.0 + 3.01)


def test_one_unit_of_budget_left_lets_one_more_start_go() -> None:
    p = pacer()
    for remaining in range(9, 2, -1):
        answer(p, 0.0, remaining, limit=10)
    answer(p, 0.0, 2, limit=10, in_flight=1)  # 2 left, one of them already on its way
    assert p.wait(0.0, in_flight=1) == 0.0
    p.take(0.0)
    assert p.wait(0.0, in_flight=2) == PROBE_WAIT  # spent: wait for the answers in flight


def test_a_spent_share_waits_past_the_reset_by_this_process_restart_jitter() -> None:
    p = pacer(fraction=1.0)  # the largest restart jitter: 5% of the window
    answer(p, 10.0, 4, limit=5)  # the window ends by 11.0
    answer(p, 10.6, 0, limit=5)
    assert p.wait(10.6, in_flight=0) == pytest.approx(0.4 + 0.05)
    assert p.wait(10.97, in_flight=0) == pytest.approx(0.08)  # past the reset, inside the jitter


def test_a_lone_client_running_short_starts_a_tenth_of_the_limit_back_to_back() -> None:
    p = lone_client(100, answers=30)
    refusal(p, 1.0, 0.0)
    interval = 1.0 / 99
    assert p.interval() == pytest.approx(interval)
    starts = 0
    while p.wait(1.0, in_flight=0) < 1e-9 and starts < 100:  # 1e-9: float noise, not a wait
        p.take(1.0)
        starts += 1
    assert starts == 10
    assert p.wait(1.0, in_flight=0) == pytest.approx(interval)


@pytest.mark.parametrize(("fraction", "stretch"), [(1.0, 1.1), (0.0, 0.9), (0.5, 1.0)])
def test_spacing_varies_a_tenth_either_way(fraction: float, stretch: float) -> None:
    p = pacer(fraction)
    answer(p, 0.0, 4, limit=5)
    refusal(p, 0.0, 0.0)  # running short: paced, with no budget known
    assert p.wait(0.0, in_flight=0) == 0.0  # the first paced start goes at once
    p.take(0.0)
    assert p.wait(0.0, in_flight=0) == pytest.approx(stretch / 4.5)


def test_the_last_unit_of_budget_goes_at_the_reset() -> None:
    p = pacer()
    for remaining in (8, 6, 4):  # another replica takes one request between each of ours
        answer(p, 0.0, remaining, limit=10)  # the window ends by 1.0
    assert p.share == 0.5
    p.take(0.5)  # our half of the 4 left was 2: one remains
    assert p.wait(0.5, in_flight=0) == pytest.approx(0.5)


def test_a_slow_first_answer_holds_the_other_starts_for_one_second_from_the_first() -> None:
    p = pacer()
    p.take(0.0)
    assert p.wait(0.5, in_flight=1) == PROBE_WAIT
    assert p.wait(1.0, in_flight=1) == 0.0
    p.take(1.0)
    assert p.wait(1.5, in_flight=2) == 0.0


def test_requests_in_flight_stop_doubling_at_65536() -> None:
    p = pacer()
    limit = 10**6
    for n in range(17):
        answer(p, 0.0, limit - 1 - n, limit=limit)
    assert p.wait(0.0, in_flight=65535) == 0.0
    assert p.wait(0.0, in_flight=65536) == PROBE_WAIT


@pytest.mark.parametrize(
    ("limit", "first", "second", "pause"),
    [
        (20, 10, 15, 0.4),  # up by a quarter of the limit: late answers of the same window
        (20, 10, 16, 0.9),  # up by more: a new window, ending 1 s after its first answer
        (4, 1, 3, 0.9),  # a small limit: up by 2 is already a new window
    ],
)
def test_a_new_window_is_told_by_remaining_rising_more_than_a_quarter_of_the_limit(
    limit: int, first: int, second: int, pause: float
) -> None:
    p = pacer()
    answer(p, 0.0, first, limit=limit)
    answer(p, 0.5, second, limit=limit)
    assert answer(p, 0.6, 0, limit=limit) == pytest.approx(pause)


def test_a_pacer_draws_its_own_jitter_when_given_no_random_source() -> None:
    p = AccountPacer()
    answer(p, 0.0, 4, limit=5)
    answer(p, 0.5, 0, limit=5)
    assert 0.5 <= p.wait(0.5, in_flight=0) <= 0.5 + 0.05


def test_a_start_at_the_reset_instant_is_spaced_by_the_share() -> None:
    p = pacer()
    answer(p, 0.0, 8, limit=10)  # half of the account's traffic; the window ends by 1.0
    p.take(1.0)  # nothing of that window is left to spread the budget over
    assert p.wait(1.0, in_flight=0) == pytest.approx(1.0 / (9 * 0.5))


class DrawsInTurn(random.Random):
    """Each jitter draw lands at the next of the given fractions of its range (the last one repeats)."""

    def __init__(self, *fractions: float) -> None:
        super().__init__(0)
        self.fractions = list(fractions)

    def uniform(self, a: float, b: float) -> float:
        fraction = self.fractions.pop(0) if len(self.fractions) > 1 else self.fractions[0]
        return a + (b - a) * fraction


def test_an_answer_naming_the_same_window_end_keeps_the_restart_jitter_drawn_for_it() -> None:
    p = AccountPacer(DrawsInTurn(1.0, 0.0))  # the first end's jitter is 5% of the window; a new draw would be 0
    answer(p, 0.0, 4, limit=5)  # the window ends by 1.0
    answer(p, 0.5, 3, limit=5, reset_in=0.5)  # the same end, told again
    answer(p, 0.5, 0, limit=5)  # spent
    assert p.wait(0.5, in_flight=0) == pytest.approx(0.5 + 0.05)


def test_when_the_restart_jitter_ends_a_spent_share_waits_for_its_spacing_only() -> None:
    p = pacer(fraction=0.0)  # no restart jitter; spacing at nine tenths
    answer(p, 0.0, 8, limit=10)  # half of the account's traffic, 4 to spend by 1.0
    for _ in range(4):
        p.take(0.0)  # spacings 0.3, 0.45, 0.9 and 0.9: the next start is due at 2.55
    assert p.wait(1.0, in_flight=0) == pytest.approx(1.55)
