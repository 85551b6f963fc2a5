"""Totals over separate items priced one by one (the rows of a pasted table: three bots, two models): their costs
added side by side, input and output kept apart, their savings added, and one version's bill set against another's."""

from __future__ import annotations

from decimal import Decimal

from pricing.per_token import CostSplit
from pricing.validation import PricingModel


def total_amount(amounts: list[Decimal]) -> Decimal:
    """The items' amounts (savings a day, bills a month) added."""
    return sum(amounts, Decimal(0))


def total_cost(costs: list[CostSplit]) -> CostSplit:
    """The items' costs added: inputs with inputs, outputs with outputs."""
    return CostSplit(input=total_amount([c.input for c in costs]), output=total_amount([c.output for c in costs]))


def bill_change(before: Decimal, after: Decimal) -> Decimal:
    """``after`` − ``before``: what the later of two bills for the same period adds (negative: saves)."""
    return after - before


class VersionChange(PricingModel):
    """Two versions of one deal's cost over the same period (planned and actual, budget and actual): each, and what
    the later one adds (negative: saves), input and output kept apart. ``period`` names it ("month", "week", "call",
    or "total" for counts with no period)."""

    period: str
    before: CostSplit
    after: CostSplit

    @property
    def change(self) -> CostSplit:
        return CostSplit(input=self.after.input - self.before.input, output=self.after.output - self.before.output)
