"""A spend stated "for the quarter", "over the year", "for the month": the spend keeps that period, and the answer is
worked over it (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "field", "spend", "period", "figures"),
    [
        # $60,000 × (1 − 30%) ÷ 84% = $50,000 a quarter; $10,000 less
        ("PTUs at 30% off, they'd run about 84% utilized. The on-demand spend for those tokens is $60,000 for the "
         "quarter. What does provisioned cost them over the quarter, and the saving?", "on_demand_spend", "60000",
         "quarter", ["*$50,000.00* a quarter", "$10,000.00 less"]),
        # $200,000 × (1 − 20%) ÷ 80% = $200,000 a year: the same as on-demand
        ("20% discount on provisioned, 80% utilization, on-demand bill of $200k over the year. new bill?",
         "on_demand_spend", "200000", "year", ["$200,000.00"]),
        # $10,000 × 1.15 × 0.9 = $10,350 a quarter; $350 over direct
        ("Direct spend is $10,000 for the quarter. Azure list markup 15%, EA discount 10%. Quarterly cost on Azure?",
         "direct_spend", "10000", "quarter", ["*$10,350.00* a quarter", "$350.00 a quarter more than direct"]),
        # a month said as "for the month" is the month it always was
        ("on-demand spend of $9,000 for the month, 35% off provisioned at 70% utilization. new monthly bill?",
         "on_demand_spend", "9000", "month", ["$8,357.14"]),
    ],
)
def test_a_spend_keeps_the_period_named_after_it(
    text: str, field: str, spend: str, period: str, figures: list[str]
) -> None:
    fields = parse(text).fields
    assert (getattr(fields, field), fields.spend_period) == (Decimal(spend), period)
    assert_figures(text, figures)


@pytest.mark.parametrize(
    "text",
    [
        # "for a month" naming a trial's length, with no amount before it, is no spend
        "30% off provisioned at 80% utilization; they want to trial it for a month first",
        # a per-token rate before "for the month" stays a rate
        "$3 per 1M input for the month of June, 40% discount on PTUs at 80% utilization",
    ],
)
def test_a_period_without_a_spend_before_it_reads_no_spend(text: str) -> None:
    fields = parse(text).fields
    assert fields.on_demand_spend is None and fields.spend_period is None


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # $900 × 730 ÷ 24 = $27,375; $1,500 × 730 ÷ 24 = $45,625
        ("ptu costs $900/day, on-demand for the same capacity fully used is $1,500/day. break-even utilization and "
         "the monthly bill?", ["*60%*", "$900.00 a day × 730 h ÷ 24 h = *$27,375.00* a month",
                               "$1,500.00 a day × 730 h ÷ 24 h = $45,625.00 a month"]),
        # the month asked by its hours: $3,000 × 730 ÷ 24 = $91,250
        ("provisioned at $3,000/day vs on-demand at full use $4,000/day, 730h month?", ["*$91,250.00* a month"]),
        # a week: $5,000 × 730 ÷ 168 = $21,726.19; × 8,760 ÷ 168 = $260,714.29
        ("PT commit is $5,000 a week, the same tokens on demand come to $6,000 a week. monthly and annual?",
         ["*$21,726.19* a month", "*$260,714.29* a year"]),
    ],
)
def test_a_daily_bill_against_a_daily_spend_is_restated_over_the_period_asked(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_daily_bill_with_no_longer_period_asked_stays_daily() -> None:
    from tests.support.replies import reply_text

    reply = reply_text("provisioned costs $1,000/day against $1,250/day on demand for the same traffic")
    assert "$250.00 a day less" in reply and "a month" not in reply
