"""The engine's figures added for reps' questions this round, pinned by hand-worked values: a direct saving read
back as a list markup, a cost ratio's distance from on-demand, a stated quarter of days, a Gemini storage bill, hits
and writes of a call count, calls routed between two price lists, the average call of a size mix, per-token and
per-call costs side by side, and the input side of a call against a fee when only the input rate is known."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal as D

import pytest

from pricing import OutOfRangeError
from pricing.caching_figures import hit_counts, storage_bill
from pricing.markup import markup_from_direct_saving
from pricing.per_call import average_call, costs_side_by_side, input_side
from pricing.per_token import CostSplit, routed_split
from pricing.periods import daily_over_quarter_days
from pricing.provisioned import ratio_change


@pytest.mark.parametrize(("saving", "markup"), [(D("0.20"), D("0.25")), (D("0.5"), D("1")), (D(0), D(0))])
def test_direct_cheaper_by_a_share_is_the_markup_that_share_cancels(saving: D, markup: D) -> None:
    # direct = (1 - s) x hyperscaler, so the hyperscaler is 1 / (1 - s) of direct: 20% cheaper is a 25% markup
    assert markup_from_direct_saving(saving) == markup


@pytest.mark.parametrize(("ratio", "change"), [(D("0.75"), D("0.25")), (D("1.25"), D("0.25")), (D(1), D(0))])
def test_a_cost_ratio_is_that_far_from_on_demand_either_way(ratio: D, change: D) -> None:
    assert ratio_change(ratio) == change


def test_no_ratio_has_no_change() -> None:
    assert ratio_change(None) is None


def test_a_stated_quarter_of_days_multiplies_the_day() -> None:
    quarter = daily_over_quarter_days(D("10.52"), D(90))
    assert (quarter.total, quarter.days, quarter.period) == (D("946.80"), D(90), "quarter")


@pytest.mark.parametrize("days", [D(0), D(93)])
def test_a_quarter_of_no_days_or_more_than_92_is_refused_by_name(days: D) -> None:
    with pytest.raises(OutOfRangeError, match=r"days per quarter .* allowed >0 to 92"):
        daily_over_quarter_days(D(10), days)


def test_storage_is_the_prefix_times_the_rate_an_hour_times_the_hours_kept() -> None:
    bill = storage_bill(D(100_000), D(1), D(730))  # 100k tokens x $1 per 1M an hour = $0.10 an hour, x 730 h
    assert (bill.per_hour, bill.token_hours, bill.cost) == (D("0.1"), D(73_000_000), D(73))


def test_storage_kept_some_hours_on_each_of_several_days_is_billed_for_those_hours_alone() -> None:
    # 50k tokens × $4.50 per 1M an hour = $0.225 an hour; 9 h × 22 days = 198 h → $44.55
    bill = storage_bill(D(50_000), D("4.5"), D(9), "month", days=D(22))
    assert (bill.hours, bill.hours_a_day, bill.days, bill.cost) == (D(198), D(9), D(22), D("44.55"))
    with pytest.raises(OutOfRangeError):
        storage_bill(D(50_000), D("4.5"), D(25), days=D(22))  # more hours than a day holds


def test_hits_and_writes_of_a_call_count_add_up_to_the_calls() -> None:
    counts = hit_counts(D(50_000), D("0.9"))
    assert (counts.hits, counts.writes) == (D(45_000), D(5_000))


def test_routed_calls_cost_each_list_its_share_and_the_sum() -> None:
    small, large = CostSplit(input=D(100), output=D(50)), CostSplit(input=D(1_000), output=D(500))
    split = routed_split(small, large, (D("0.7"), D("0.3")), calls=D(1_000_000))
    assert split.parts == (CostSplit(input=D(70), output=D(35)), CostSplit(input=D(300), output=D(150)))
    assert split.total == CostSplit(input=D(370), output=D(185))
    assert split.calls == (D(700_000), D(300_000))
    assert routed_split(small, large, (D("0.7"), D("0.3"))).calls is None


def test_the_average_call_of_a_size_mix_is_split_at_the_input_share() -> None:
    call = average_call([(D("0.9"), D(1_000)), (D("0.1"), D(20_000))], D("0.8"))  # 900 + 2,000 tokens
    assert (call.tokens, call.input_tokens, call.output_tokens) == (D(2_900), D(2_320), D(580))


@pytest.mark.parametrize(("per_token", "per_call"), [(D(8_750), D(5_000)), (D(5_000), D(8_750))])
def test_costs_side_by_side_show_the_larger_the_smaller_and_the_gap(per_token: D, per_call: D) -> None:
    both = costs_side_by_side(per_token, per_call)
    assert (both.larger, both.smaller, both.difference) == (D(8_750), D(5_000), D(3_750))


def test_the_fee_left_after_the_input_side_bounds_the_output_rate() -> None:
    # 600 in x $1/1M = $0.0006; $0.0025 - $0.0006 = $0.0019 left for 150 output tokens: $12.67 per 1M at most
    side = input_side(D("0.0025"), D(1), D(600), D(150))
    assert (side.input_cost, side.fee_left) == (D("0.0006"), D("0.0019"))
    assert side.output_rate_break_even == D("0.0019") * 1_000_000 / 150
    assert input_side(D("0.0025"), D(1), D(600), D(1)).output_rate_break_even == D(1_900)  # one output token


@pytest.mark.parametrize(("fee", "output_tokens"), [(D("0.0006"), D(150)), (D("0.0005"), D(150)), (D("0.0025"), D(0))])
def test_no_output_rate_bound_when_the_input_uses_the_fee_or_there_is_no_output(fee: D, output_tokens: D) -> None:
    assert input_side(fee, D(1), D(600), output_tokens).output_rate_break_even is None


def test_a_storage_bill_keeps_the_period_it_was_asked_for() -> None:
    assert storage_bill(D(100_000), D(1), D(24), period="day").period == "day"
    assert storage_bill(D(100_000), D(1), D(24)).period is None


@pytest.mark.parametrize(
    ("figure", "named"),
    [
        (lambda: storage_bill(D(-1), D(1), D(730)), "prefix tokens"),
        (lambda: storage_bill(D(100_000), D(-1), D(730)), "cache storage rate"),
        (lambda: storage_bill(D(100_000), D(1), D(-1)), "hours"),
        (lambda: hit_counts(D(-1), D("0.9")), "calls"),
        (lambda: hit_counts(D(50_000), D("1.5")), "hit ratio"),
        (lambda: routed_split(CostSplit(input=D(1), output=D(1)), CostSplit(input=D(1), output=D(1)),
                              (D("0.7"), D("1.3"))), "route share"),
        (lambda: average_call([(D("0.9"), D(1_000))], D("1.2")), "input share"),
        (lambda: average_call([(D("1.9"), D(1_000))], D("0.8")), "call share"),
        (lambda: average_call([(D("0.9"), D(-1))], D("0.8")), "tokens per call"),
        (lambda: input_side(D(-1), D(1), D(600), D(150)), "per call fee"),
        (lambda: input_side(D("0.0025"), D(1), D(-1), D(150)), "input tokens"),
        (lambda: input_side(D("0.0025"), D(1), D(600), D(-1)), "output tokens"),
    ],
)
def test_a_value_out_of_range_is_refused_naming_it(figure: Callable[[], object], named: str) -> None:
    with pytest.raises(OutOfRangeError, match=f"^{named} "):
        figure()


def test_the_net_cut_at_a_hit_rate_takes_off_the_misses_write_premium() -> None:
    from pricing.caching_figures import input_cut

    cut = input_cut(D("0.1"), hit_ratio=D("0.8"), write_multiple=D("1.25"))  # 0.8 × 0.9 − 0.2 × 0.25
    assert (cut.cut, cut.miss_premium, cut.net_cut) == (D("0.9"), D("0.25"), D("0.67"))
    assert input_cut(D("0.5"), hit_ratio=D("0.6")).net_cut == D("0.3")  # no write price: no premium counted
    assert input_cut(D("0.1")).net_cut is None
