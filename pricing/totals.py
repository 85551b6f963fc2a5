"""Totals over separate items priced one by one (the rows of a pasted table: three bots, two models): their costs
added side by side, input and output kept apart, and their savings added."""

from __future__ import annotations

from decimal import Decimal

from pricing.per_token import CostSplit


def total_amount(amounts: list[Decimal]) -> Decimal:
    """The items' amounts (savings a day, bills a month) added."""
    return sum(amounts, Decimal(0))


def total_cost(costs: list[CostSplit]) -> CostSplit:
    """The items' costs added: inputs with inputs, outputs with outputs."""
    return CostSplit(input=total_amount([c.input for c in costs]), output=total_amount([c.output for c in costs]))
