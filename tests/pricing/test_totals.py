"""Totals over separate items priced one by one: inputs added to inputs and outputs to outputs, amounts added,
nothing at all adding up to zero, and one version of a bill set against another."""

from __future__ import annotations

from decimal import Decimal

from pricing.per_token import CostSplit
from pricing.totals import VersionChange, bill_change, total_amount, total_cost


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


def test_a_later_bill_against_an_earlier_one() -> None:
    assert bill_change(Decimal("123120"), Decimal("118080")) == Decimal("-5040")  # the later offer saves
    assert bill_change(Decimal("100"), Decimal("130.5")) == Decimal("30.5")
    assert bill_change(Decimal("7"), Decimal("7")) == 0


def test_a_versions_change_keeps_input_and_output_apart() -> None:
    change = VersionChange(period="week", before=CostSplit(input=Decimal(80), output=Decimal(80)),
                           after=CostSplit(input=Decimal(115), output=Decimal(136))).change
    assert (change.input, change.output, change.total) == (Decimal(35), Decimal(56), Decimal(91))
    fell = VersionChange(period="month", before=CostSplit(input=Decimal(600), output=Decimal(300)),
                         after=CostSplit(input=Decimal(780), output=Decimal(270))).change
    assert (fell.input, fell.output, fell.total) == (Decimal(180), Decimal(-30), Decimal(150))
