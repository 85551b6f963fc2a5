"""Calls said part by part ("weekdays 80k a day, weekends 15k"; "month 1 200k, month 2 300k"): the period's
calls, its days, an average day and the cost over the parts, input and output apart."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing import CostSplit, OutOfRangeError
from pricing.periods import PartCost, average_calls_a_day, calls_of_parts, cost_over_parts, days_of_parts

WEEK = [("weekdays", Decimal(5), Decimal(80_000)), ("weekend days", Decimal(2), Decimal(15_000))]
MONTHS = [("month 1", Decimal(1), Decimal(200_000)), ("month 2", Decimal(1), Decimal(300_000)),
          ("month 3", Decimal(1), Decimal(412_500))]
DAY = [("peak hours", Decimal(4), Decimal(12_000)), ("other hours", Decimal(20), Decimal(3_000))]


def test_the_days_a_period_said_part_by_part_holds() -> None:
    assert days_of_parts("day", DAY) == 1
    assert days_of_parts("week", WEEK) == 7
    assert days_of_parts("months", MONTHS) == Decimal("91.25")  # three months of 730 ÷ 24 days
    assert days_of_parts("months", MONTHS[:1]) == Decimal(730) / 24


def test_the_calls_of_the_parts_add_up() -> None:
    assert calls_of_parts(WEEK) == 430_000  # 5 × 80,000 + 2 × 15,000
    assert calls_of_parts(DAY) == 108_000  # 4 × 12,000 + 20 × 3,000
    assert calls_of_parts(MONTHS) == 912_500
    assert calls_of_parts([("half a day", Decimal("0.5"), Decimal(3))]) == Decimal("1.5")
    assert calls_of_parts([]) == 0  # no part said: no calls, as a Decimal count


@pytest.mark.parametrize(("parts", "field"), [
    ([("weekdays", Decimal(-5), Decimal(80_000))], "units"),
    ([("weekdays", Decimal(5), Decimal(-1))], "calls_per_day"),
    ([("weekdays", Decimal(5), Decimal(10) ** 11)], "calls_per_day"),
])
def test_a_part_out_of_range_is_refused_by_name(parts: list[tuple[str, Decimal, Decimal]], field: str) -> None:
    with pytest.raises(OutOfRangeError) as refused:
        calls_of_parts(parts)
    assert refused.value.field == field


def test_an_average_day_is_the_calls_over_the_days() -> None:
    assert average_calls_a_day("week", WEEK) == Decimal(430_000) / 7
    assert average_calls_a_day("day", DAY) == 108_000
    assert average_calls_a_day("months", MONTHS) == 10_000  # 912,500 calls over 91.25 days


def test_the_cost_over_the_parts_prices_each_part_and_the_whole() -> None:
    per_call = CostSplit(input=Decimal("0.003"), output=Decimal("0.0015"))  # 1,000 in at $3/M, 100 out at $15/M
    cost = cost_over_parts(per_call, Decimal(1_000), Decimal(100), "week", WEEK)
    assert cost.parts == [
        PartCost(label="weekdays", units=Decimal(5), calls_each=Decimal(80_000), calls=Decimal(400_000),
                 cost=CostSplit(input=Decimal(1_200), output=Decimal(600))),
        PartCost(label="weekend days", units=Decimal(2), calls_each=Decimal(15_000), calls=Decimal(30_000),
                 cost=CostSplit(input=Decimal(90), output=Decimal(45))),
    ]
    assert (cost.period, cost.calls, cost.days) == ("week", 430_000, 7)
    assert (cost.input_tokens, cost.output_tokens) == (430_000_000, 43_000_000)
    assert cost.per_call == per_call
    assert cost.cost == CostSplit(input=Decimal(1_290), output=Decimal(645))
    assert cost.cost.input == sum(part.cost.input for part in cost.parts)
    monthly = cost_over_parts(per_call, Decimal(1_000), Decimal(100), "months", MONTHS)
    assert (monthly.calls, monthly.days) == (912_500, Decimal("91.25"))
    assert monthly.cost == CostSplit(input=Decimal("2737.5"), output=Decimal("1368.75"))
