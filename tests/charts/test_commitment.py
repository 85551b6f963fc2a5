"""Commitment chart data: the duration curve, the commitment and peak lines and the costs are the engine's."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.charts import commitment_chart, synthetic_profile
from bot.format import money
from pricing import CommitmentRequest, InvalidInputError, OutOfRangeError, optimal_commitment

loads = st.lists(st.decimals(min_value=0, max_value=1000, places=1), min_size=1, max_size=300).filter(any)
discounts = st.decimals(min_value=0, max_value=Decimal("0.95"), places=2)


@given(loads, discounts)
def test_curve_and_lines_match_the_engines_plan(profile: list[Decimal], discount: Decimal) -> None:
    chart = commitment_chart(profile, discount)
    plan = optimal_commitment(CommitmentRequest(hourly_load=tuple(profile), discount=discount))
    assert chart.plan == plan
    curve, commit, peak = chart.series
    assert list(curve.y) == sorted(profile, reverse=True)
    assert curve.x[-1] == 1 and len(curve.x) == len(profile)
    assert set(commit.y) == {plan.commitment} and set(peak.y) == {max(profile)}
    # The cheapest commitment is exceeded in at most a fraction 1 − d of the hours.
    assert chart.hours_above_share == Decimal(plan.hours_above_commitment) / len(profile)
    assert chart.hours_above_share <= 1 - discount
    assert chart.markers[0].x == chart.hours_above_share and chart.markers[0].y == plan.commitment


def test_annotation_carries_the_engines_costs_and_ratios() -> None:
    profile = synthetic_profile(7)
    chart = commitment_chart(profile, Decimal("0.4"), price_per_unit_hour=Decimal("2.5"), unit="PTUs")
    plan = chart.plan
    label = chart.markers[0].label
    assert plan.ratio_to_on_demand is not None and plan.ratio_to_peak_sized is not None
    assert f"{plan.ratio_to_on_demand.quantize(Decimal('0.001'))}× all on-demand" in label
    assert f"{plan.ratio_to_peak_sized.quantize(Decimal('0.001'))}× sizing for peak" in label
    for cost in (plan.cost, plan.all_on_demand_cost, plan.peak_sized_cost):
        assert money(cost) in label
    assert plan.cost <= plan.all_on_demand_cost and plan.cost <= plan.peak_sized_cost
    assert "PTUs" in chart.text.y_label and "168 hours" in chart.text.subtitle


def test_without_a_price_costs_are_in_unit_hours() -> None:
    chart = commitment_chart([Decimal(10), Decimal(20), Decimal(30)], Decimal("0.5"))
    assert chart.plan.all_on_demand_cost == 60
    assert "unit-hours" in chart.markers[0].label and "$" not in chart.markers[0].label


def test_out_of_range_discount_is_refused() -> None:
    with pytest.raises(OutOfRangeError) as error:
        commitment_chart([Decimal(1)], Decimal(1))
    assert error.value.field == "discount"


def test_a_profile_without_load_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="no load"):
        commitment_chart([Decimal(0)] * 24, Decimal("0.4"))
