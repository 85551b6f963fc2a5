"""A hyperscaler bill at list said with "at list" before its amount ("Q4 Bedrock bill at list came to $63,250"): the
bill at list over its own period, or over the quarter or year labelling the message; what they pay after the EA
discount, the direct equivalent and the premium (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "spend", "period", "figures"),
    [
        # $40,000 × 0.9 = $36,000; ÷ 1.2 = $33,333.33
        ("Q1 Azure bill at list came to $40,000. list markup 20%, EA takes 10% off. what do they pay for the quarter?",
         "40000", "quarter", ["*$36,000.00* a quarter", "*$33,333.33* a quarter"]),
        # $200,000 × 0.95 = $190,000; ÷ 1.15 = $173,913.04
        ("FY26 Vertex spend at list: $200k. list markup 15%, EA 5%. net?", "200000", "year",
         ["*$190,000.00* a year", "*$173,913.04* a year"]),
        # its own period: $10,000 × 0.9 = $9,000
        ("Azure bill at list price was $10,000 a month, 20% list markup, EA 10%. what do they pay?", "10000", "month",
         ["*$9,000.00* a month"]),
    ],
)
def test_the_list_bill_keeps_its_period(text: str, spend: str, period: str, figures: list[str]) -> None:
    fields = parse(text).fields
    assert (fields.hyperscaler_list_spend, fields.spend_period) == (Decimal(spend), period)
    assert_figures(text, figures)


def test_a_list_bill_with_no_period_anywhere_is_not_given_one() -> None:
    fields = parse("Azure bill at list was $10,000, 20% list markup, EA 10%. what do they pay?").fields
    assert fields.hyperscaler_list_spend is None
