"""Provisioned units priced by the unit-hour, set against an on-demand amount however the rep states it: after its
name with no period ("on-demand for the same traffic would be $21,000"), in a clause of its own ("stay on-demand,
which comes to $30k a month"), over a month of stated hours ("a 30-day month (720 hours)"); and the units' bill on
its own when nothing is set against it (our own sentences, not a scored batch's)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 6 × $5 × 744 = $22,320 against $25,000: $2,680 less
        ("6 units at $5/unit-hour for a 31-day month (744 hours). on-demand for the same tokens would be $25,000. "
         "does it pay?", ["6 × $5.00 × 744 h", "$22,320.00", "$2,680.00"]),
        # 10 × $3 × 730 = $21,900 against $20,000 a month: $1,900 more
        ("10 PTUs @ $3/hr around the clock, or stay on-demand, which for their traffic runs about $20,000 a month. "
         "which wins?", ["$21,900.00", "$1,900.00"]),
        # 2 × $20 × 720 = $28,800 against $31,500 (a bare amount, the month's because the month's hours are given)
        ("2 units at $20/hr, 720 hrs in the month, vs an on-demand equivalent of $31,500 for the same traffic",
         ["2 × $20.00 × 720 h", "$28,800.00", "$2,700.00"]),
    ],
)
def test_units_against_an_on_demand_amount(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_month_of_hours_out_of_range_is_not_read_as_one() -> None:
    assert parse("4 units at $6/hr, 900 hours in the month, on-demand $20k a month").fields.hours_per_month is None


def test_a_rate_after_on_demand_is_not_an_on_demand_amount() -> None:
    fields = parse("4 units at $9/unit-hour; on-demand is $2.50 in / $10 out, 60% input").fields
    assert fields.on_demand_spend is None
    assert (fields.input_rate, fields.output_rate) == (Decimal("2.5"), Decimal(10))


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 5 × $7.20 × 730 = $26,280 a month
        ("they'd commit to 5 units at $7.20/hr. what's that a month?", ["5 × $7.20 × 730 h", "*$26,280.00* a month"]),
        # 2 × $11 × 24 = $528 a day
        ("2 provisioned units at $11 per unit-hour - daily cost?", ["2 × $11.00 × 24 h", "*$528.00* a day"]),
    ],
)
def test_the_units_bill_alone(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)
    # the comparison still needs the on-demand side, and the reply says so
    assert "throughput of one unit" in reply_text(text)
