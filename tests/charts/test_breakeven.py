"""Break-even chart data: the lines, the break-even point and the customer's point match the engine."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.charts import break_even_chart
from bot.format import money
from pricing import OutOfRangeError, UtilizationRequest, compare_at_utilization

discounts = st.decimals(min_value=0, max_value=Decimal("0.99"), places=2)
utilizations = st.decimals(min_value=Decimal("0.01"), max_value=1, places=2)


@given(discounts)
def test_break_even_x_is_one_minus_discount_exactly(discount: Decimal) -> None:
    chart = break_even_chart(discount)
    assert chart.break_even_utilization == Decimal(1) - discount
    marker = chart.markers[0]
    assert marker.x == Decimal(1) - discount
    # The lines cross there: on-demand at the break-even utilization equals the flat provisioned bill.
    on_demand, provisioned = chart.series
    i = on_demand.x.index(marker.x)
    assert on_demand.y[i] == provisioned.y[i] == marker.y


@given(discounts, utilizations)
def test_customer_point_carries_the_engines_comparison(discount: Decimal, utilization: Decimal) -> None:
    chart = break_even_chart(discount, [utilization])
    (point,) = chart.points
    engine = compare_at_utilization(UtilizationRequest(discount=discount, utilization=utilization))
    assert point.utilization == utilization
    assert point.comparison == engine
    assert point.provisioned_cost / point.on_demand_cost == engine.cost_ratio
    assert (point.difference > 0) == (engine.direction == "below")
    assert chart.markers[1].x == utilization


def test_annotation_states_the_savings_at_the_customers_utilization() -> None:
    chart = break_even_chart(Decimal("0.4"), [Decimal("0.8")])
    label = chart.markers[1].label
    assert "80% utilization" in label and "0.75×" in label and "25% less" in label
    assert "Break-even: 60% utilization" in chart.markers[0].label


def test_premium_below_break_even_is_labelled_as_more() -> None:
    chart = break_even_chart(Decimal("0.4"), [Decimal("0.5")])
    assert chart.points[0].comparison.direction == "above"
    assert "1.20×" in chart.markers[1].label and "20% more" in chart.markers[1].label


def test_dollar_chart_from_a_monthly_bill() -> None:
    chart = break_even_chart(Decimal("0.4"), [Decimal("0.8")], monthly_bill=Decimal(6000))
    assert chart.full_use_on_demand == Decimal(10000)  # 6,000 / (1 − 0.4)
    assert set(chart.series[1].y) == {Decimal(6000)}
    (point,) = chart.points
    assert point.on_demand_cost == Decimal(8000) and point.difference == Decimal(2000)
    assert money(point.difference) in chart.markers[1].label
    assert "730 hours" in " ".join(chart.text.footer)
    assert "USD" in chart.text.y_label


def test_peak_sizing_point_keeps_its_label() -> None:
    chart = break_even_chart(Decimal("0.4"), [(Decimal(1) / 3, "Sized for peak (3:1)")])
    assert chart.markers[1].label.startswith("Sized for peak (3:1): 33.3% utilization")


@pytest.mark.parametrize(("discount", "utilization", "field"), [
    (Decimal("1.4"), Decimal("0.8"), "discount"),
    (Decimal("-0.1"), Decimal("0.8"), "discount"),
    (Decimal("0.4"), Decimal(0), "utilization"),
    (Decimal("0.4"), Decimal("2.5"), "utilization"),
])
def test_out_of_range_input_is_refused_by_the_engine(discount: Decimal, utilization: Decimal, field: str) -> None:
    with pytest.raises(OutOfRangeError) as error:
        break_even_chart(discount, [utilization])
    assert error.value.field == field
