"""Provisioned throughput: break-even, cost at a utilization, peak sizing, capacity form."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from pricing import (
    CapacityRequest,
    OutOfRangeError,
    PeakSizingRequest,
    PricingError,
    Rates,
    UtilizationRequest,
    break_even_utilization,
    compare_at_utilization,
    compare_capacity,
    size_for_peak,
)
from pricing.provisioned import discount_to_break_even, input_share_of

D40 = Decimal("0.4")


def test_forty_percent_discount_breaks_even_at_sixty_percent() -> None:
    assert break_even_utilization(D40) == Decimal("0.6")


def test_eighty_percent_utilization_is_a_quarter_below_on_demand() -> None:
    result = compare_at_utilization(UtilizationRequest(discount=D40, utilization=Decimal("0.8")))
    assert result.cost_ratio == Decimal("0.75")
    assert result.direction == "below" and result.change == Decimal("0.25")
    assert result.savings == Decimal("0.25")


def test_forty_percent_utilization_is_half_above_on_demand() -> None:
    result = compare_at_utilization(UtilizationRequest(discount=D40, utilization=Decimal("0.4")))
    assert result.cost_ratio == Decimal("1.5")
    assert result.direction == "above" and result.change == Decimal("0.5")


def test_comparison_carries_the_break_even_for_its_discount() -> None:
    # 30% off breaks even at 70%; at 90% use the ratio is 0.7 / 0.9 = 7/9.
    result = compare_at_utilization(UtilizationRequest(discount=Decimal("0.3"), utilization=Decimal("0.9")))
    assert result.break_even_utilization == Decimal("0.7")
    assert (result.discount, result.utilization) == (Decimal("0.3"), Decimal("0.9"))
    assert result.cost_ratio == Decimal(7) / Decimal(9)


def test_at_break_even_costs_are_equal() -> None:
    result = compare_at_utilization(UtilizationRequest(discount=D40, utilization=Decimal("0.6")))
    assert result.cost_ratio == 1 and result.direction == "equal"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"discount": Decimal("1.4"), "utilization": Decimal("0.5")},
         "discount 140% is out of range: allowed 0% to <100%"),
        ({"discount": Decimal("0.4"), "utilization": Decimal(0)},
         "utilization 0% is out of range: allowed 0.001% to 100%"),
        ({"discount": Decimal("0.4"), "utilization": Decimal("2.5")},
         "utilization 250% is out of range: allowed 0.001% to 100%"),
        ({"discount": Decimal(1), "utilization": Decimal("0.5")},
         "discount 100% is out of range: allowed 0% to <100%"),
    ],
)
def test_out_of_range_percentages_are_refused(kwargs: dict[str, Decimal], message: str) -> None:
    with pytest.raises(OutOfRangeError) as info:
        UtilizationRequest(**kwargs)
    assert str(info.value) == message


def test_bare_break_even_refuses_bad_discount() -> None:
    with pytest.raises(OutOfRangeError) as info:
        break_even_utilization(Decimal("-0.1"))
    assert info.value.field == "discount" and info.value.allowed == "0% to <100%"


def test_sizing_for_peak_runs_at_one_over_par() -> None:
    result = size_for_peak(PeakSizingRequest(peak_to_average=Decimal(3), discount=D40))
    assert result.utilization * 3 == pytest.approx(1)
    # (1 - 0.4) x 3 = 1.8: 80% above on-demand
    assert result.comparison.cost_ratio.quantize(Decimal("0.0001")) == Decimal("1.8000")
    assert result.comparison.direction == "above"


def test_par_below_one_is_refused() -> None:
    message = "peak to average 0.5:1 is out of range: allowed 1:1 to 1,000:1"
    with pytest.raises(OutOfRangeError, match=re.escape(message)):
        PeakSizingRequest(peak_to_average=Decimal("0.5"), discount=D40)


def test_capacity_form_against_on_demand_cost_of_tokens_served() -> None:
    rates = Rates(input=Decimal(5), output=Decimal(15), source="illustrative")
    # 2 units x 10,000 tokens/min x 60 x 730 h = 876M tokens at full use; 75% input.
    request = CapacityRequest(
        rates=rates, units=2, price_per_unit_hour=Decimal(4), tokens_per_minute_per_unit=10_000,
        input_share=Decimal("0.75"), utilization=Decimal("0.5"),
    )
    result = compare_capacity(request)
    assert result.provisioned_cost == Decimal(2 * 4 * 730)
    assert result.input_tokens_served == Decimal(876_000_000) / 2 * Decimal("0.75")
    # blended $7.50/MTok: 438M tokens served -> $3,285 on demand
    assert result.on_demand_cost == Decimal("3285")
    assert result.on_demand_input_cost + result.on_demand_output_cost == result.on_demand_cost
    assert result.cost_ratio == Decimal(5840) / Decimal(3285)
    assert result.direction == "above"
    # at full use on demand would be $6,570: provisioned is 5840/6570 of it
    assert result.break_even_utilization == Decimal(5840) / Decimal(6570)
    assert result.implied_discount == 1 - Decimal(5840) / Decimal(6570)


def test_bare_break_even_accepts_strings_and_refuses_words() -> None:
    assert break_even_utilization("0.35") == Decimal("0.65")  # type: ignore[arg-type]
    with pytest.raises(PricingError, match="discount 'forty': not a number"):
        break_even_utilization("forty")  # type: ignore[arg-type]


def test_capacity_comparison_totals_and_distance_from_on_demand() -> None:
    rates = Rates(input=Decimal(5), output=Decimal(15), source="illustrative")
    # 1 unit × 1,000 tokens/min × 60 × 10 h = 600,000 tokens, half input: $1.50 + $4.50 = $6 on demand;
    # the unit costs $0.90 an hour = $9, so provisioned is 1.5 times on-demand: 50% away from it.
    result = compare_capacity(CapacityRequest(
        rates=rates, units=1, price_per_unit_hour=Decimal("0.9"), tokens_per_minute_per_unit=1_000,
        input_share=Decimal("0.5"), hours=10))
    assert result.tokens_served == 600_000
    assert (result.on_demand_input_cost, result.on_demand_output_cost) == (Decimal("1.5"), Decimal("4.5"))
    assert result.cost_ratio == Decimal("1.5") and result.change == Decimal("0.5")


def test_input_share_and_the_discount_that_breaks_even() -> None:
    assert input_share_of(Decimal(1_500), Decimal(500)) == Decimal("0.75")
    assert input_share_of(Decimal(0), Decimal(0)) is None
    assert discount_to_break_even(Decimal("0.65")) == Decimal("0.35")
    with pytest.raises(OutOfRangeError, match="utilization"):
        discount_to_break_even(Decimal("1.5"))


def test_capacity_against_free_tokens_has_no_ratio_rather_than_a_division_by_zero() -> None:
    # Tokens listed at $0 (a free tier): the units' $40 bill has nothing on demand to be compared with, so no
    # ratio, direction, implied discount or break-even is claimed.
    free = Rates(input=Decimal(0), output=Decimal(0), source="illustrative")
    result = compare_capacity(CapacityRequest(
        rates=free, units=1, price_per_unit_hour=Decimal(4), tokens_per_minute_per_unit=1_000,
        input_share=Decimal("0.5"), hours=10))
    assert result.provisioned_cost == Decimal(40) and result.on_demand_cost == 0
    assert (result.cost_ratio, result.direction, result.change) == (None, None, None)
    assert (result.implied_discount, result.break_even_utilization) == (None, None)


def test_duty_cycle_of_a_load_flat_out_part_of_the_week() -> None:
    from pricing.provisioned import duty_cycle

    assert duty_cycle(Decimal(12), Decimal(5)) == Decimal(60) / Decimal(168)  # 12 h × 5 days of 168 hours
    assert duty_cycle(Decimal(24)) == 1  # every hour of every day
    with pytest.raises(OutOfRangeError, match=r"^active hours 25 h is out of range: allowed >0 h to 24 h$"):
        duty_cycle(Decimal(25))
    with pytest.raises(OutOfRangeError, match=r"^active days 8 is out of range: allowed >0 to 7$"):
        duty_cycle(Decimal(8), Decimal(8))


def test_units_against_a_stated_on_demand_spend() -> None:
    from pricing.provisioned import units_against_spend

    # 2 units × $4 an hour × 730 h = $5,840 against $10,000 of on-demand traffic: $4,160 less
    plain = units_against_spend(Decimal(2), Decimal(4), Decimal(730), Decimal(10_000))
    assert (plain.provisioned, plain.on_demand, plain.difference, plain.break_even_load) == (5_840, 10_000, 4_160, None)
    # the $10,000 is the cost at full load; at half load the traffic costs $5,000 and the units break even at 58.4%
    half = units_against_spend(Decimal(2), Decimal(4), Decimal(730), Decimal(10_000), Decimal("0.5"))
    assert (half.on_demand, half.difference, half.break_even_load) == (5_000, -840, Decimal("0.584"))
    assert units_against_spend(Decimal(2), Decimal(4), Decimal(730), Decimal(0), Decimal("0.5")).break_even_load is None


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((0, 4, 730, 10_000), "units 0 is out of range"),
        ((2, -4, 730, 10_000), r"unit hour price \$-4 is out of range"),
        ((2, 4, 0, 10_000), "hours 0 h is out of range"),
        ((2, 4, 730, -1), r"on demand spend \$-1 is out of range"),
    ],
)
def test_units_against_spend_refuses_by_name(args: tuple[int, int, int, int], message: str) -> None:
    from pricing.provisioned import units_against_spend

    with pytest.raises(OutOfRangeError, match=f"^{message}"):
        units_against_spend(*(Decimal(a) for a in args))
    with pytest.raises(OutOfRangeError, match=r"^utilization 200% is out of range"):
        units_against_spend(Decimal(2), Decimal(4), Decimal(730), Decimal(1), Decimal(2))


def test_units_against_an_on_demand_spend_under_a_dollar() -> None:
    from pricing.provisioned import units_against_spend

    # 1 unit at $0.001 an hour for 10 h = $0.01 against $0.50 at full load: break-even at 2% load
    tiny = units_against_spend(Decimal(1), Decimal("0.001"), Decimal(10), Decimal("0.5"), Decimal("0.5"))
    assert tiny.break_even_load == Decimal("0.02")


def test_the_cost_ratio_of_units_against_the_traffic_they_carry() -> None:
    from pricing.provisioned import units_against_spend

    # $5,840 of units against $10,000 of traffic: provisioned costs 58.4% of on-demand; at half load, 116.8%
    assert units_against_spend(Decimal(2), Decimal(4), Decimal(730), Decimal(10_000)).cost_ratio == Decimal("0.584")
    half = units_against_spend(Decimal(2), Decimal(4), Decimal(730), Decimal(10_000), Decimal("0.5"))
    assert half.cost_ratio == Decimal("1.168")
    # $0.01 of units against $0.50 of traffic (less than a dollar still has a ratio): 2%; no traffic, no ratio
    assert units_against_spend(Decimal(1), Decimal("0.001"), Decimal(10), Decimal("0.5")).cost_ratio == Decimal("0.02")
    assert units_against_spend(Decimal(1), Decimal("0.001"), Decimal(10), Decimal(0)).cost_ratio is None


def test_hours_billed_while_the_capacity_runs() -> None:
    from pricing.provisioned import billed_hours

    assert billed_hours(Decimal(10), Decimal(22)) == 220  # a 10-hour workday, 22 days a month
    assert billed_hours(Decimal(24), Decimal(31)) == 744
    assert billed_hours(Decimal("7.5"), Decimal(20)) == 150


@pytest.mark.parametrize(
    ("hours", "days", "message", "field"),
    [
        (25, 22, "active hours 25 h is out of range: allowed >0 h to 24 h", "active_hours"),
        (0, 22, "active hours 0 h is out of range: allowed >0 h to 24 h", "active_hours"),
        (10, 32, "days per month 32 is out of range: allowed >0 to 31", "days_per_month"),
        (10, 0, "days per month 0 is out of range: allowed >0 to 31", "days_per_month"),
    ],
)
def test_billed_hours_refuse_a_day_or_month_that_cannot_be(hours: int, days: int, message: str, field: str) -> None:
    from pricing.provisioned import billed_hours

    with pytest.raises(OutOfRangeError) as refused:
        billed_hours(Decimal(hours), Decimal(days))
    assert (str(refused.value), refused.value.field) == (message, field)


def test_the_break_even_lines_carry_the_discount_they_were_drawn_at() -> None:
    from pricing.provisioned import break_even_lines

    lines = break_even_lines(Decimal("0.3"), Decimal(7_000))
    assert (lines.discount, lines.break_even_utilization, lines.provisioned) == (Decimal("0.3"), Decimal("0.7"), 7_000)
    assert lines.full_use_on_demand == 10_000  # $7,000 at 30% off is $10,000 of full use on demand
    with pytest.raises(OutOfRangeError) as refused:
        break_even_lines(Decimal("0.3"), Decimal(-1))
    assert (str(refused.value), refused.value.field) == (
        "monthly bill $-1 is out of range: allowed $0 to $1,000,000", "monthly_bill")


def test_a_bill_moved_to_provisioned_refuses_a_negative_spend_by_name() -> None:
    from pricing.provisioned import bill_at_utilization

    good = compare_at_utilization(UtilizationRequest(discount=Decimal("0.35"), utilization=Decimal("0.7")))
    with pytest.raises(OutOfRangeError) as refused:
        bill_at_utilization(Decimal(-1), good)
    assert (str(refused.value), refused.value.field) == (
        "on demand spend $-1 is out of range: allowed $0 to $1,000,000,000,000", "on_demand_spend")


def test_a_new_bill_restated_in_another_period_keeps_its_hourly_rate() -> None:
    from pricing.provisioned import bill_at_utilization, bill_in_period

    month = bill_at_utilization(Decimal(7300), compare_at_utilization(
        UtilizationRequest(discount=Decimal("0.3"), utilization=Decimal("0.8"))))
    assert month.bill == Decimal("6387.5")  # 7,300 × 0.7 ÷ 0.8
    year = bill_in_period(month, "month", "year")  # 8,760 h ÷ 730 h = 12 months
    assert (year.bill, year.on_demand, year.saving) == (Decimal(76650), Decimal(87600), Decimal(10950))
    day = bill_in_period(month, "month", "day")  # 24 h ÷ 730 h
    assert day.on_demand == Decimal(240) and day.bill == Decimal("210")
    assert (day.hours, day.stated_hours, day.stated_on_demand) == (Decimal(24), Decimal(730), Decimal(7300))
    assert day.comparison.utilization == Decimal("0.8") and day.peak_to_average is None


def test_a_bill_for_capacity_sized_for_its_peak_keeps_the_peak_ratio_in_another_period() -> None:
    from pricing.provisioned import PeakSizingRequest, bill_at_utilization, bill_in_period, size_for_peak

    peak = size_for_peak(PeakSizingRequest(peak_to_average=Decimal(2), discount=Decimal("0.4")))
    month = bill_at_utilization(Decimal(7300), peak.comparison)  # 7,300 × 0.6 × 2
    year = bill_in_period(month, "month", "year", peak.peak_to_average)
    assert year.peak_to_average == Decimal(2)  # the reply states the ratio the year's bill is sized for
    assert year.bill == Decimal(7300) * 12 * Decimal("1.2")


def test_the_bill_of_units_alone() -> None:
    from pricing.provisioned import units_bill

    # 3 units × $4.80 an hour × 730 h = $10,512; over a 720-hour month, $10,368
    assert units_bill(Decimal(3), Decimal("4.80"), Decimal(730)) == Decimal("10512")
    assert units_bill(Decimal(3), Decimal("4.80"), Decimal(720)) == Decimal("10368")
    with pytest.raises(OutOfRangeError, match=r"^units 0 is out of range"):
        units_bill(Decimal(0), Decimal("4.80"), Decimal(730))
    with pytest.raises(OutOfRangeError, match=r"^hours 0 h is out of range"):
        units_bill(Decimal(3), Decimal("4.80"), Decimal(0))


@pytest.mark.parametrize(("par", "utilization"), [("2", "0.5"), ("4", "0.25"), ("1", "1"), ("1.25", "0.8")])
def test_capacity_sized_for_peak_runs_at_one_over_par(par: str, utilization: str) -> None:
    from pricing.provisioned import utilization_for_peak

    assert utilization_for_peak(Decimal(par)) == Decimal(utilization)


def test_a_par_below_one_is_refused() -> None:
    from pricing.errors import PricingError
    from pricing.provisioned import utilization_for_peak

    with pytest.raises((PricingError, ValueError)):
        utilization_for_peak(Decimal("0.5"))


@pytest.mark.parametrize(
    ("discount", "saving", "utilization"),
    [
        ("0.4", "0.2", "0.75"),  # (1 − 40%) ÷ (1 − 20%) = 0.6 ÷ 0.8
        ("0.3", "0", "0.7"),  # no saving: the break-even itself
        ("0.5", "0.25", "0.6666666666666666666666666667"),
        ("0.2", "0.3", "1.142857142857142857142857143"),  # more than the discount allows: above 100%
    ],
)
def test_the_utilization_for_a_target_saving(discount: str, saving: str, utilization: str) -> None:
    from pricing.provisioned import compare_at_utilization, utilization_for_saving

    u = utilization_for_saving(Decimal(discount), Decimal(saving))
    assert u == Decimal(utilization)
    if u <= 1:  # at that utilization the cost ratio is exactly 1 − saving
        ratio = compare_at_utilization(UtilizationRequest(discount=Decimal(discount), utilization=u)).cost_ratio
        assert abs(ratio - (1 - Decimal(saving))) < Decimal("1e-20")


def test_the_on_demand_of_use_refuses_a_negative_cost_or_a_utilization_over_100_percent_naming_it() -> None:
    from pricing.errors import OutOfRangeError
    from pricing.provisioned import on_demand_of_use

    with pytest.raises(OutOfRangeError) as refused:
        on_demand_of_use(Decimal(-1), Decimal("0.5"))
    assert (refused.value.field, refused.value.value) == ("on_demand_spend", Decimal(-1))
    with pytest.raises(OutOfRangeError) as refused:
        on_demand_of_use(Decimal(50_000), Decimal("1.2"))
    assert (refused.value.field, refused.value.value) == ("utilization", Decimal("1.2"))


def test_a_unit_hour_at_full_use_against_its_price() -> None:
    rates = Rates(input=Decimal(5), output=Decimal(15), source="illustrative")
    # One unit serves 10,000 tokens a minute: 600,000 an hour, $4.50 of them on demand at the 75%-input blend of
    # $7.50/M; at $4 a unit-hour the break-even is $4 ÷ $4.50 (the same 5,840 ÷ 6,570 as over the whole month).
    result = compare_capacity(CapacityRequest(
        rates=rates, units=2, price_per_unit_hour=Decimal(4), tokens_per_minute_per_unit=10_000,
        input_share=Decimal("0.75"), utilization=Decimal("0.5")))
    assert result.tokens_per_unit_hour == 600_000
    assert result.on_demand_per_unit_hour == Decimal("4.5")
    assert result.break_even_utilization == Decimal(4) / result.on_demand_per_unit_hour
    # Ten hours of three units: the unit-hour's worth does not depend on how many units or hours were asked.
    short = compare_capacity(CapacityRequest(
        rates=rates, units=3, price_per_unit_hour=Decimal(4), tokens_per_minute_per_unit=10_000,
        input_share=Decimal("0.75"), hours=10))
    assert short.on_demand_per_unit_hour == Decimal("4.5") and short.tokens_per_unit_hour == 600_000


def test_a_provisioned_bill_in_dollars_against_an_on_demand_spend() -> None:
    from pricing.provisioned import bill_against_spend

    # $52k a month provisioned against the $85k the capacity would cost on demand fully used: break-even at
    # 52/85 = 61.18% load, a 38.82% discount; fully used, on demand costs $33k more.
    full = bill_against_spend(Decimal(52_000), Decimal(85_000), at_full_use=True)
    assert (full.provisioned, full.on_demand, full.full_use, full.load) == (52_000, 85_000, 85_000, None)
    assert full.difference == 33_000 and full.cost_ratio == Decimal(52) / 85
    assert full.break_even_load == Decimal(52) / 85 and full.implied_discount == 1 - Decimal(52) / 85
    # At half load the traffic carried costs $42.5k on demand: provisioned is $9.5k dearer.
    half = bill_against_spend(Decimal(52_000), Decimal(85_000), at_full_use=True, load=Decimal("0.5"))
    assert (half.on_demand, half.full_use, half.load) == (42_500, 85_000, Decimal("0.5"))
    assert half.difference == -9_500 and half.cost_ratio == Decimal(52_000) / 42_500
    assert half.break_even_load == Decimal(52) / 85 and half.implied_discount == 1 - Decimal(52) / 85
    # A spend for the traffic as it is: compared as stated, a load beside it is not applied, no break-even.
    flat = bill_against_spend(Decimal(10_000), Decimal(12_000), load=Decimal("0.5"))
    assert (flat.on_demand, flat.difference, flat.cost_ratio) == (12_000, 2_000, Decimal(10) / 12)
    assert (flat.full_use, flat.load, flat.break_even_load, flat.implied_discount) == (None, None, None, None)
    # Nothing on demand: no ratio, break-even or discount rather than a division by zero.
    free = bill_against_spend(Decimal(10_000), Decimal(0), at_full_use=True, load=Decimal("0.5"))
    assert (free.on_demand, free.difference, free.cost_ratio, free.break_even_load, free.implied_discount) == (
        0, -10_000, None, None, None)
    assert free.full_use == 0 and free.load == Decimal("0.5")
    # Sub-dollar figures (a per-call or per-hour bill) compare like any others.
    small = bill_against_spend(Decimal("0.4"), Decimal("0.5"), at_full_use=True)
    assert small.cost_ratio == small.break_even_load == Decimal("0.8") and small.implied_discount == Decimal("0.2")


def test_a_provisioned_bill_or_spend_out_of_range_is_refused_by_name() -> None:
    from pricing.provisioned import bill_against_spend

    for args, field in (((Decimal(-1), Decimal(85_000)), "provisioned_spend"),
                        ((Decimal(52_000), Decimal(-1)), "on_demand_spend"),
                        ((Decimal(10) ** 13, Decimal(85_000)), "provisioned_spend")):
        with pytest.raises(OutOfRangeError) as refused:
            bill_against_spend(*args)
        assert refused.value.field == field and refused.value.value == args[0 if field.startswith("prov") else 1]
    for load in (Decimal(0), Decimal("1.5")):
        with pytest.raises(OutOfRangeError) as refused:
            bill_against_spend(Decimal(52_000), Decimal(85_000), at_full_use=True, load=load)
        assert refused.value.field == "utilization" and refused.value.value == load


def test_traffic_fills_its_share_of_the_units_capacity() -> None:
    from pricing.provisioned import traffic_utilization

    # 60M tokens a day on one unit serving 100M a day (69,444.4 a minute x 1,440): 60%
    filled = traffic_utilization(Decimal(60_000_000), Decimal(1), Decimal(100_000_000) / 1440)
    assert abs(filled - Decimal("0.6")) < Decimal("1e-20")
    # 3 units at 50k a minute serve 216M a day; 108M a day fills half of it
    assert traffic_utilization(Decimal(108_000_000), Decimal(3), Decimal(50_000)) == Decimal("0.5")


def test_units_serve_their_tokens_a_minute_all_day() -> None:
    from pricing.provisioned import capacity_per_day

    # 3 units at 50k tokens a minute: 3 x 50,000 x 1,440 = 216M tokens a day (the figure a reply shows beside the fill)
    assert capacity_per_day(Decimal(3), Decimal(50_000)) == Decimal(216_000_000)
    assert capacity_per_day(Decimal("0.5"), Decimal(1_000)) == Decimal(720_000)


def test_traffic_is_refused_for_no_units() -> None:
    from pricing.errors import PricingError
    from pricing.provisioned import traffic_utilization

    with pytest.raises(PricingError):
        traffic_utilization(Decimal(1_000), Decimal(0), Decimal(50_000))


def test_unit_hour_worth() -> None:
    from pricing.provisioned import unit_hour_worth

    worth = unit_hour_worth(Decimal(4), Decimal(9), Decimal(730), Decimal(43_800))  # $43,800 ÷ 2,920 unit-hours
    assert worth is not None and worth.on_demand == Decimal(15) and worth.implied_discount == Decimal("0.4")
    dearer = unit_hour_worth(Decimal(1), Decimal(12), Decimal(24), Decimal(240))  # $10 a unit-hour against $12
    assert dearer is not None and dearer.implied_discount == Decimal("-0.2")
    assert unit_hour_worth(Decimal(0), Decimal(9), Decimal(730), Decimal(1)) is None


def test_a_duty_cycle_with_the_load_below_full_while_it_runs() -> None:
    from pricing.provisioned import duty_cycle

    assert duty_cycle(Decimal(12), Decimal(7), Decimal("0.9")) == Decimal("0.45")  # 90% × 12 h × 7 ÷ 168
    assert duty_cycle(Decimal(10), Decimal(5), Decimal("0.5")) == Decimal(25) / 168  # 50% × 10 h × 5 ÷ 168
    assert duty_cycle(Decimal(24), Decimal(7), Decimal("0.6")) == Decimal("0.6")
    with pytest.raises(OutOfRangeError) as refused:
        duty_cycle(Decimal(12), Decimal(7), Decimal("1.2"))
    assert refused.value.field == "utilization"


def test_a_duty_cycle_over_the_days_of_a_730_hour_month() -> None:
    from pricing.provisioned import duty_cycle_over_month

    assert duty_cycle_over_month(Decimal(10), Decimal(22)) == Decimal(220) / 730
    assert duty_cycle_over_month(Decimal(8), Decimal(20), Decimal("0.5")) == Decimal(80) / 730
    with pytest.raises(OutOfRangeError) as refused:
        duty_cycle_over_month(Decimal(10), Decimal(32))
    assert refused.value.field == "days_per_month"


def test_the_discount_a_claimed_saving_implies() -> None:
    from pricing.provisioned import discount_from_saving

    assert discount_from_saving(Decimal("0.8"), Decimal("0.3")) == Decimal("0.44")  # 1 − 0.8 × 0.7
    assert discount_from_saving(Decimal("0.55"), Decimal("0.1")) == Decimal("0.505")  # 1 − 0.55 × 0.9
    assert discount_from_saving(Decimal(1), Decimal(0)) == 0  # fully used, no saving: no discount needed
    for utilization, saving, field in ((Decimal("1.2"), Decimal("0.1"), "utilization"),
                                       (Decimal(0), Decimal("0.1"), "utilization"),
                                       (Decimal("0.8"), Decimal(1), "target_saving"),
                                       (Decimal("0.8"), Decimal("-0.1"), "target_saving")):
        with pytest.raises(OutOfRangeError) as refused:
            discount_from_saving(utilization, saving)
        assert refused.value.field == field
        assert str(refused.value).startswith(field.replace("_", " ") + " ")


def test_a_duty_cycle_over_a_month_names_what_it_refuses() -> None:
    from pricing.provisioned import duty_cycle_over_month

    for hours, days, load, field in ((Decimal(25), Decimal(22), Decimal(1), "active_hours"),
                                     (Decimal(0), Decimal(22), Decimal(1), "active_hours"),
                                     (Decimal(10), Decimal(22), Decimal("1.5"), "utilization")):
        with pytest.raises(OutOfRangeError) as refused:
            duty_cycle_over_month(hours, days, load)
        assert refused.value.field == field
        assert str(refused.value).startswith(field.replace("_", " ") + " ")
