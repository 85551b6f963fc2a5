"""The figures a reply shows beside the engine's main result: a spend over another period, a week or a year of a
daily quote, an EA discount on the bill, the cost of N calls, a new bill on provisioned throughput, a spend on the
hyperscaler and the prompt size where a flat fee meets per-token pricing. Values worked by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing import CostSplit, InvalidInputError, OutOfRangeError, Rates, UtilizationRequest, compare_at_utilization
from pricing.markup import MarkupRequest, effective_markup, marked_up
from pricing.per_call import crossover_prompt, growth_between
from pricing.per_token import after_discount, cost_of_calls, cost_over_days
from pricing.provisioned import bill_at_utilization
from pricing.units import DAY_TO_MONTH, PER_DAY, hours_in, month_on_days, over_active_hours, per_period

CENT = Decimal("0.01")
RATES = Rates(input=Decimal(3), output=Decimal(15), source="your message")


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT)


def test_a_monthly_spend_is_restated_per_day_week_and_year_at_730_hours_a_month() -> None:
    assert cents(per_period(Decimal(42_000), "month", "day")) == Decimal("1380.82")  # 42,000 × 24 ÷ 730
    assert per_period(Decimal(95), "hour", "month") == Decimal(69_350)  # $95/h × 730 h
    assert cents(per_period(Decimal(1_000), "week", "year")) == Decimal("52142.86")  # × 8,760 ÷ 168
    assert per_period(Decimal(500), "day", "day") == Decimal(500)
    assert hours_in("month") == 730 and hours_in("week") == 168


def test_an_unknown_period_is_refused_naming_it_and_the_choices() -> None:
    with pytest.raises(InvalidInputError, match=r"fortnight.*hour, day, week, month, quarter, year"):
        per_period(Decimal(100), "fortnight", "month")


def test_day_to_month_is_730_hours_over_24() -> None:
    assert cents(Decimal(10) * DAY_TO_MONTH) == Decimal("304.17")


def test_a_month_of_traffic_on_five_days_a_week() -> None:
    assert cents(month_on_days(Decimal(1_000), Decimal(5))) == Decimal("714.29")  # 1,000 × 5 ÷ 7
    with pytest.raises(OutOfRangeError, match="active days"):
        month_on_days(Decimal(1_000), Decimal(8))


def test_a_daily_quote_over_a_week_and_a_year_keeps_input_and_output_apart() -> None:
    day = CostSplit(input=Decimal(10), output=Decimal("7.5"))
    week = cost_over_days(day, "week", 7)
    assert (week.cost.input, week.cost.output, week.cost.total) == (Decimal(70), Decimal("52.5"), Decimal("122.5"))
    year = cost_over_days(day, "year", 365)
    assert year.cost.total == Decimal("6387.5") and year.days == 365
    assert cost_over_days(day, "week", 5).cost.total == Decimal("87.5")  # a week of weekdays


def test_an_ea_discount_takes_its_share_off_the_daily_and_monthly_bill() -> None:
    day = CostSplit(input=Decimal(10), output=Decimal("7.5"))
    month = CostSplit(input=Decimal(10) * DAY_TO_MONTH, output=Decimal("7.5") * DAY_TO_MONTH)
    after = after_discount(day, month, Decimal("0.1"))
    assert after.per_day == Decimal("15.75")  # 17.50 × 0.9
    assert cents(after.per_month) == Decimal("479.06")  # 532.29 × 0.9
    # each side of the month after it: 304.17 × 0.9 and 228.13 × 0.9
    assert (cents(after.month_input), cents(after.month_output)) == (Decimal("273.75"), Decimal("205.31"))
    with pytest.raises(OutOfRangeError, match="ea discount 100%"):
        after_discount(day, month, Decimal(1))


def test_the_cost_of_a_number_of_calls() -> None:
    per_call = CostSplit(input=Decimal("0.01"), output=Decimal("0.0045"))
    assert cost_of_calls(per_call, Decimal(1_000)).cost == Decimal("14.5")
    assert cost_of_calls(per_call, Decimal(2_000_000)).cost == Decimal(29_000)
    # each side × the calls, and the sides add up to the total
    batch = cost_of_calls(per_call, Decimal(2_000_000))
    assert (batch.input, batch.output) == (Decimal(20_000), Decimal(9_000))
    assert batch.input + batch.output == batch.cost
    with pytest.raises(OutOfRangeError, match="calls"):
        cost_of_calls(per_call, Decimal(-1))


def test_an_on_demand_bill_moved_to_provisioned_throughput() -> None:
    good = compare_at_utilization(UtilizationRequest(discount=Decimal("0.35"), utilization=Decimal("0.7")))
    bill = bill_at_utilization(Decimal(9_000), good)  # 9,000 × 0.65 ÷ 0.7
    assert (cents(bill.bill), cents(bill.saving)) == (Decimal("8357.14"), Decimal("642.86"))
    idle = compare_at_utilization(UtilizationRequest(discount=Decimal("0.35"), utilization=Decimal("0.5")))
    worse = bill_at_utilization(Decimal(9_000), idle)  # 9,000 × 0.65 ÷ 0.5: dearer than on-demand
    assert (worse.bill, worse.saving) == (Decimal(11_700), Decimal(-2_700))
    with pytest.raises(OutOfRangeError, match="on demand spend"):
        bill_at_utilization(Decimal(-1), good)


def test_a_direct_spend_and_direct_rates_on_the_hyperscaler_at_the_effective_markup() -> None:
    markup = effective_markup(MarkupRequest(list_markup=Decimal("0.25"), ea_discount=Decimal("0.15")))  # 6.25%
    assert marked_up(Decimal(12_400), markup) == Decimal(13_175)
    assert marked_up(Decimal(3), markup) == Decimal("3.1875")
    below = effective_markup(MarkupRequest(list_markup=Decimal("0.1"), ea_discount=Decimal("0.2")))  # −12%
    assert marked_up(Decimal(1_000), below) == Decimal(880)


def test_the_prompt_size_where_a_flat_fee_meets_per_token_with_the_output_fixed() -> None:
    meet = crossover_prompt(RATES, Decimal("0.02"), Decimal(800))
    assert meet is not None
    assert meet.output_cost == Decimal("0.012")  # 800 × $15/M
    assert meet.input_tokens.quantize(Decimal(1)) == 2_667  # (0.02 − 0.012) × 1M ÷ $3
    assert meet.total_tokens.quantize(Decimal(1)) == 3_467
    assert not meet.fee_always_cheaper
    dear_output = crossover_prompt(RATES, Decimal("0.02"), Decimal(2_000))  # the output alone costs $0.03
    assert dear_output is not None and dear_output.fee_always_cheaper
    free_input = Rates(input=Decimal(0), output=Decimal(15), source="your message")
    assert crossover_prompt(free_input, Decimal("0.02"), Decimal(800)) is None


def test_an_hourly_figure_over_the_active_hours_of_the_day() -> None:
    assert over_active_hours(Decimal(9_600), Decimal(8)) == Decimal(3_200)  # 400 calls an hour over 8 hours
    assert over_active_hours(Decimal(288_000_000), Decimal(9)) == Decimal(108_000_000)  # 12M tokens/h, 9-hour day
    assert over_active_hours(Decimal(100), Decimal(24)) == Decimal(100)  # round the clock: unchanged


def test_calls_grown_in_the_same_proportion_give_the_growth_factor() -> None:
    assert growth_between((Decimal(2_000), Decimal(500)), (Decimal(8_000), Decimal(2_000))) == 4
    assert growth_between((Decimal(2_000), Decimal(500)), (Decimal(1_000), Decimal(250))) == Decimal("0.5")
    assert growth_between((Decimal(2_000), Decimal(500)), (Decimal(8_000), Decimal(3_000))) is None  # other mix
    assert growth_between((Decimal(0), Decimal(500)), (Decimal(8_000), Decimal(2_000))) is None


def test_a_count_per_period_per_day_on_the_same_calendar() -> None:
    assert Decimal(7_300) * PER_DAY["month"] == Decimal(240)  # 7,300 a 730-hour month is 240 a day
    assert (Decimal(3_000) * PER_DAY["week"]).quantize(CENT) == Decimal("428.57")
    assert Decimal(400) * PER_DAY["hour"] == Decimal(9_600)
    assert Decimal(5) * PER_DAY["minute"] == Decimal(7_200) and Decimal(2) * PER_DAY["second"] == Decimal(172_800)
    assert (Decimal(36_500) * PER_DAY["year"]).quantize(CENT) == Decimal(100)


@pytest.mark.parametrize(
    ("call", "message", "field"),
    [
        (lambda: hours_in("fortnight"), "period 'fortnight': not one of hour, day, week, month, quarter, year",
         "period"),
        (lambda: per_period(Decimal(100), "month", "semester"), "period 'semester': not one of hour, day, week, month, "
         "quarter, year", "period"),
        (lambda: month_on_days(Decimal(1_000), Decimal(8)), "active days 8 is out of range: allowed >0 to 7",
         "active_days"),
        (lambda: month_on_days(Decimal(1_000), Decimal(0)), "active days 0 is out of range: allowed >0 to 7",
         "active_days"),
    ],
)
def test_a_period_or_week_that_cannot_be_is_refused_naming_the_field(call: object, message: str, field: str) -> None:
    with pytest.raises((InvalidInputError, OutOfRangeError)) as refused:
        call()  # type: ignore[operator]
    assert (str(refused.value), refused.value.field) == (message, field)  # type: ignore[union-attr]
