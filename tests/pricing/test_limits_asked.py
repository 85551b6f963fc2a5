"""The limits a rep asks about as a single number: the highest peak-to-average ratio a provisioned discount
survives, the largest list markup an EA discount cancels, and the on-demand cost of the share of capacity used."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing.errors import OutOfRangeError
from pricing.markup import MarkupRequest, effective_markup, markup_absorbed
from pricing.provisioned import (
    PeakSizingRequest,
    max_peak_to_average,
    on_demand_of_use,
    size_for_peak,
)


@pytest.mark.parametrize(("discount", "par"), [("0.45", "1.8182"), ("0.5", "2"), ("0.2", "1.25"), ("0", "1")])
def test_max_peak_to_average_is_one_over_break_even(discount: str, par: str) -> None:
    assert max_peak_to_average(Decimal(discount)).quantize(Decimal("0.0001")) == Decimal(par)


def test_capacity_sized_for_that_peak_costs_the_same_as_on_demand() -> None:
    par = max_peak_to_average(Decimal("0.35"))
    sized = size_for_peak(PeakSizingRequest(peak_to_average=par, discount=Decimal("0.35")))
    assert sized.comparison.cost_ratio.quantize(Decimal("0.000001")) == 1


def test_max_peak_to_average_refuses_a_full_discount() -> None:
    with pytest.raises(OutOfRangeError):
        max_peak_to_average(Decimal(1))


@pytest.mark.parametrize(("ea", "markup"), [("0.3", "0.428571"), ("0.2", "0.25"), ("0.5", "1"), ("0", "0")])
def test_markup_absorbed_is_one_over_one_minus_ea_less_one(ea: str, markup: str) -> None:
    assert markup_absorbed(Decimal(ea)).quantize(Decimal("0.000001")) == Decimal(markup)


def test_that_markup_at_that_ea_discount_is_direct_price() -> None:
    m = markup_absorbed(Decimal("0.15"))
    assert effective_markup(MarkupRequest(list_markup=m, ea_discount=Decimal("0.15"))).effective_markup == 0


def test_markup_absorbed_refuses_a_full_ea_discount() -> None:
    with pytest.raises(OutOfRangeError):
        markup_absorbed(Decimal(1))


def test_on_demand_of_use_scales_the_full_capacity_cost() -> None:
    assert on_demand_of_use(Decimal(50_000), Decimal("0.55")) == Decimal("27500.00")
    with pytest.raises(OutOfRangeError):
        on_demand_of_use(Decimal(50_000), Decimal("1.2"))


def test_a_commitment_against_its_forecast_use() -> None:
    from pricing.provisioned import commitment_against_use

    x = commitment_against_use(Decimal(480_000), Decimal("0.32"), Decimal(300_000))
    assert x.capacity_on_demand.quantize(Decimal("0.01")) == Decimal("705882.35")
    assert x.utilization.quantize(Decimal("0.001")) == Decimal("0.425")
    assert x.difference == 180_000 and x.cost_ratio == Decimal("1.6")
    # the utilization is the one at which (1 − d) ÷ u is the commitment's cost ratio
    assert ((1 - x.discount) / x.utilization).quantize(Decimal("0.0001")) == Decimal("1.6000")
    under = commitment_against_use(Decimal(60_000), Decimal("0.4"), Decimal(90_000))
    assert under.difference == -30_000 and under.utilization == Decimal("0.9")
    with pytest.raises(OutOfRangeError):
        commitment_against_use(Decimal(0), Decimal("0.3"), Decimal(10))


def test_a_commitment_against_no_forecast_use_and_bad_amounts_named() -> None:
    from pricing.provisioned import commitment_against_use

    # nothing forecast to be used: the whole commitment is paid for nothing, with no cost ratio to show
    idle = commitment_against_use(Decimal(120_000), Decimal("0.25"), Decimal(0))
    assert (idle.utilization, idle.difference, idle.cost_ratio) == (0, 120_000, None)
    # a use under a dollar still has its ratio ($1 committed against $0.50 of on-demand use: twice)
    small = commitment_against_use(Decimal(1), Decimal("0.5"), Decimal("0.5"))
    assert (small.capacity_on_demand, small.utilization, small.cost_ratio) == (2, Decimal("0.25"), 2)
    for args, field in (((Decimal(0), Decimal("0.3"), Decimal(10)), "commitment_value"),
                        ((Decimal(-5), Decimal("0.3"), Decimal(10)), "commitment_value"),
                        ((Decimal(100), Decimal("0.3"), Decimal(-10)), "on_demand_spend")):
        with pytest.raises(OutOfRangeError) as refused:
            commitment_against_use(*args)
        assert refused.value.field == field
