"""Provisioned capacity stated as rates and as throughput: the discount a provisioned rate gives against the
on-demand one, the tokens units serve in a day and the share of that a day's traffic fills, and the refusals of
each, naming the number the user typed wrongly."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing import OutOfRangeError
from pricing.provisioned import capacity_per_day, discount_from_rates, traffic_utilization


@pytest.mark.parametrize(
    ("on_demand", "provisioned", "discount"),
    [
        ("10", "6.50", "0.35"),  # $6.50 against $10.00 a million tokens: 35% off
        ("8", "2", "0.75"),
        ("0.40", "0.10", "0.75"),  # cents a million tokens: the same share
        ("3", "3", "0"),  # the same rate: no discount
    ],
)
def test_the_discount_a_provisioned_rate_gives_against_on_demand(on_demand: str, provisioned: str,
                                                                 discount: str) -> None:
    assert discount_from_rates(Decimal(on_demand), Decimal(provisioned)) == Decimal(discount)


@pytest.mark.parametrize(
    ("on_demand", "provisioned", "field", "message"),
    [
        (0, 5, "on_demand_rate", "on demand rate $0/MTok is out of range: allowed >$0/MTok to $10,000/MTok"),
        (20_000, 5, "on_demand_rate", "on demand rate $20,000/MTok is out of range"),
        (10, -1, "provisioned_rate", "provisioned rate $-1/MTok is out of range: allowed $0/MTok to $10,000/MTok"),
        (10, 12, "discount", "discount -20% is out of range: allowed 0% to <100%"),  # dearer than on-demand
        (10, 0, "discount", "discount 100% is out of range"),  # free capacity is no rate card
    ],
)
def test_rates_that_give_no_discount_are_refused_by_name(on_demand: int, provisioned: int, field: str,
                                                        message: str) -> None:
    with pytest.raises(OutOfRangeError) as refused:
        discount_from_rates(Decimal(on_demand), Decimal(provisioned))
    assert refused.value.field == field
    assert str(refused.value).startswith(message)


@pytest.mark.parametrize(
    ("call", "field", "message"),
    [
        (lambda: capacity_per_day(Decimal(0), Decimal(50_000)), "units",
         "units 0 is out of range: allowed >0 to 1,000,000"),
        (lambda: capacity_per_day(Decimal(2), Decimal(0)), "tokens_per_minute_per_unit",
         "tokens per minute per unit 0 is out of range: allowed >0 to 1,000,000,000"),
        (lambda: traffic_utilization(Decimal(-5), Decimal(1), Decimal(5)), "tokens_per_day",
         "tokens per day -5 is out of range"),
        (lambda: traffic_utilization(Decimal(5), Decimal(2_000_000), Decimal(5)), "units",
         "units 2,000,000 is out of range"),
        (lambda: traffic_utilization(Decimal(5), Decimal(1), Decimal(0)), "tokens_per_minute_per_unit",
         "tokens per minute per unit 0 is out of range"),
    ],
)
def test_capacity_and_its_fill_refuse_each_number_by_name(call: object, field: str, message: str) -> None:
    with pytest.raises(OutOfRangeError) as refused:
        call()  # type: ignore[operator]
    assert refused.value.field == field
    assert str(refused.value).startswith(message)
