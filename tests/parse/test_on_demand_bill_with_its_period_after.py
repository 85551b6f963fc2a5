"""An on-demand bill named before the period it covered ("the on-demand bill for that workload last quarter was
$300,000"): the spend provisioned units are set against, over that period (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "spend", "period", "figures"),
    [
        # 3 × $40 × 2,190 h (a quarter of 730-hour months) = $262,800 against $300,000: $37,200 less
        ("Offer: 3 units at $40 per unit-hour. The on-demand bill for that workload last quarter was $300,000. Would "
         "provisioning save them money, and how much?", "300000", "quarter",
         ["3 × $40.00 × 2,190 h = *$262,800.00* a quarter", "*$37,200.00 a quarter less*"]),
        # 6 × $5 × 730 h = $21,900 against $20,000: $1,900 more
        ("Quote: 6 PTUs at $5/PTU-hour. Their PAYG invoice on the same traffic last month came to $20k. does it pay?",
         "20000", "month", ["6 × $5.00 × 730 h = *$21,900.00* a month", "*$1,900.00 a month more*"]),
    ],
)
def test_the_bill_then_its_period(text: str, spend: str, period: str, figures: list[str]) -> None:
    fields = parse(text).fields
    assert (fields.on_demand_spend, fields.spend_period) == (Decimal(spend), period)
    assert_figures(text, figures)
