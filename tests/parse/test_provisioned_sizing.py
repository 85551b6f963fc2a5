"""Provisioned units as reps price and size them (our own sentences): a unit-hour price however the unit is named,
the units' bill over every period asked for, and sizing a commitment, which needs the peak-to-average ratio."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("$22.40 per model unit per hour, 2 units", "22.4"),
        ("reserved capacity is $7.25 per provisioned unit per hour for 5 units", "7.25"),
        ("4 units at $15/model unit/hr", "15"),
    ],
)
def test_a_unit_hour_price_names_its_unit_in_several_ways(text: str, price: str) -> None:
    assert parse(text).fields.unit_hour_price == Decimal(price)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 1 × $12 × 730 = $8,760 a month; × 8,760 h = $105,120 a year
        ("A single PTU costs $12/hour. What is it a month running 24/7, and a year?",
         ["1 × $12.00 × 730 h", "$8,760.00", "1 × $12.00 × 8,760 h", "$105,120.00"]),
        # 2 × $8 × 24 = $384 a day; × 168 h = $2,688 a week
        ("2 reserved units at $8 per provisioned unit per hour: daily and weekly cost?",
         ["$384.00", "2 × $8.00 × 168 h", "$2,688.00"]),
    ],
)
def test_the_units_bill_over_each_period_asked(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_units_at_a_unit_hour_price_against_a_monthly_spend() -> None:
    # 5 × $22.40 × 730 = $81,760 against $90,000: $8,240 less
    text = ("AWS quoted $22.40 per model unit per hour; they'd need 5 units round the clock. On-demand they spend "
            "$90k/month for the same traffic. Monthly bill and the difference?")
    assert_figures(text, ["$81,760.00", "$8,240.00"])


@pytest.mark.parametrize(
    "text",
    [
        "Fabrikam want to size PTUs for their support bot; average load is about 25 PTUs and the discount is 35%. "
        "Will it pay?",
        "They average 12 units of load; reserved is 35% off. How many units should they reserve?",
        "how many PTUs should they buy at 30% off? their average is ~60 units",
    ],
)
def test_sizing_a_commitment_asks_for_the_peak_to_average_ratio(text: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert "peak_to_average" in {m["field"] for m in reply.data["missing"]}  # type: ignore[index,union-attr]
    assert parse(text).fields.peak_to_average is None  # never guessed
    assert "peak-to-average" in reply.text
