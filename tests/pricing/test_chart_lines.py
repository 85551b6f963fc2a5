"""The figures the charts draw, from the engine: provisioned against on-demand across utilization, a prefix's daily
cost with and without caching, and a load duration curve with the share of hours above a commitment. Values
worked by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing import CachingRequest, OutOfRangeError, Rates
from pricing.caching_figures import cost_without_caching, prefix_cost
from pricing.commitment import CommitmentRequest, load_duration_curve, optimal_commitment
from pricing.provisioned import break_even_lines

CENT = Decimal("0.01")


def test_relative_lines_at_a_40_percent_discount_meet_at_60_percent() -> None:
    lines = break_even_lines(Decimal("0.4"))
    assert (lines.break_even_utilization, lines.full_use_on_demand, lines.provisioned) == (
        Decimal("0.6"), Decimal(1), Decimal("0.6"))
    assert lines.on_demand_at(Decimal("0.8")) == Decimal("0.8")
    assert lines.gap_at(Decimal("0.8")) == Decimal("0.2")  # on-demand costs more: provisioned saves
    assert lines.gap_at(Decimal("0.5")) == Decimal("-0.1")  # below break-even: provisioned costs more
    assert lines.gap_at(Decimal("0.6")) == 0


def test_a_monthly_bill_puts_the_lines_in_usd() -> None:
    lines = break_even_lines(Decimal("0.3"), Decimal(20_000))  # a $20,000 bill at 30% off
    assert lines.full_use_on_demand.quantize(CENT) == Decimal("28571.43")  # 20,000 ÷ 0.7
    assert lines.provisioned == Decimal(20_000)
    assert lines.on_demand_at(Decimal("0.6")).quantize(CENT) == Decimal("17142.86")
    assert lines.gap_at(Decimal("0.6")).quantize(CENT) == Decimal("-2857.14")


def test_the_lines_refuse_a_utilization_above_full_use_and_a_full_discount() -> None:
    with pytest.raises(OutOfRangeError, match="utilization 120%"):
        break_even_lines(Decimal("0.4")).on_demand_at(Decimal("1.2"))
    with pytest.raises(OutOfRangeError, match="discount 100%"):
        break_even_lines(Decimal(1))


REQUEST = CachingRequest(
    rates=Rates(input=Decimal(3), output=Decimal(15), cache_read=Decimal("0.3"), cache_write=Decimal("3.75"),
                source="your message"),
    prefix_tokens=Decimal(10_000), calls_per_day=Decimal(10_000), hit_ratio=Decimal("0.9"),
)


def test_a_prefix_costs_less_with_caching_by_the_net_saving_at_each_volume() -> None:
    assert cost_without_caching(REQUEST, Decimal(10_000)) == Decimal(300)  # 10k calls × 10k tokens × $3/M
    asked = prefix_cost(REQUEST, Decimal(10_000))
    assert (asked.without_caching, asked.net_saving, asked.with_caching) == (
        Decimal(300), Decimal("235.5"), Decimal("64.5"))  # 9,000 hits × $0.027 − 1,000 writes × $0.0075
    smaller = prefix_cost(REQUEST, Decimal(1_000))
    assert (smaller.without_caching, smaller.with_caching) == (Decimal(30), Decimal("6.45"))


def test_the_load_duration_curve_runs_from_the_peak_to_the_lowest_hour() -> None:
    curve = load_duration_curve([Decimal(20), Decimal(100), Decimal(60), Decimal(100)])
    assert curve == ((Decimal("0.25"), Decimal(100)), (Decimal("0.5"), Decimal(100)), (Decimal("0.75"), Decimal(60)),
                     (Decimal(1), Decimal(20)))


def test_the_share_of_hours_above_the_commitment() -> None:
    day = tuple([Decimal(100)] * 8 + [Decimal(60)] * 8 + [Decimal(20)] * 8)
    plan = optimal_commitment(CommitmentRequest(hourly_load=day, discount=Decimal("0.4")))
    assert plan.commitment == 60  # exceeded in 8 of 24 hours, within the 60% target; 20 would be exceeded in 16
    assert plan.hours_above_share.quantize(Decimal("0.0001")) == Decimal("0.3333")
