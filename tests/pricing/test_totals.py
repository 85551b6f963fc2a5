"""Totals over separate items priced one by one: inputs added to inputs and outputs to outputs, amounts added, and
nothing at all adding up to zero."""

from __future__ import annotations

from decimal import Decimal

from pricing.per_token import CostSplit
from pricing.totals import total_amount, total_cost


def test_items_costs_add_side_by_side() -> None:
    bots = [CostSplit(input=Decimal("12.5"), output=Decimal(30)), CostSplit(input=Decimal(4), output=Decimal("0.75")),
            CostSplit(input=Decimal("0.5"), output=Decimal(2))]
    total = total_cost(bots)
    assert (total.input, total.output, total.total) == (Decimal(17), Decimal("32.75"), Decimal("49.75"))


def test_no_items_cost_nothing() -> None:
    total = total_cost([])
    assert (total.input, total.output) == (0, 0) and isinstance(total.input, Decimal)
    assert total_amount([]) == 0 and isinstance(total_amount([]), Decimal)


def test_items_amounts_add_up() -> None:
    assert total_amount([Decimal("118.56"), Decimal("-2.5"), Decimal(40)]) == Decimal("156.06")
