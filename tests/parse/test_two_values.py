"""Two values of one input in one ask ("break-even for 25% and 45% off", "at 60% and 80% utilisation"): both are
worked out, never asked about as a choice (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "discounts", "figures"),
    [
        ("break-even for 20% and 35% off?", ["0.2", "0.35"], ["1 − 20% = *80%*", "1 − 35% = *65%*"]),
        ("what's the break-even util at a 15% discount, and at 50%?", ["0.15", "0.5"],
         ["1 − 15% = *85%*", "1 − 50% = *50%*"]),
        ("PTU break-even: 30% off vs 45% off", ["0.3", "0.45"], ["1 − 30% = *70%*", "1 − 45% = *55%*"]),
    ],
)
def test_two_discounts_each_get_their_break_even(text: str, discounts: list[str], figures: list[str]) -> None:
    ask = parse(text)
    assert ask.fields.compare_discounts == [Decimal(d) for d in discounts]
    assert not [a for a in ask.ambiguities if a.field == "discount"]
    assert_figures(text, figures)


def test_two_discounts_at_one_utilization_each_get_their_cost_against_on_demand() -> None:
    # (1 − 25%) ÷ 70% = 1.0714× (7.14% above); (1 − 40%) ÷ 70% = 0.8571× (14.29% below)
    assert_figures("reserved at 25% or 40% off, they'd run at 70% utilisation. vs on-demand for each?",
                   ["(1 − 25%) ÷ 70% = 1.0714×", "*7.14% above on-demand*", "(1 − 40%) ÷ 70% = 0.8571×",
                    "*14.29% below on-demand*"])


def test_two_discounts_on_a_spend_each_get_their_new_bill() -> None:
    # $50,000 × (1 − 20%) ÷ 90% = $44,444.44; × (1 − 35%) ÷ 90% = $36,111.11
    assert_figures("$50k a month on-demand. New bill at 90% util with 20% off, and with 35% off?",
                   ["*$44,444.44* a month, $5,555.56 less", "*$36,111.11* a month, $13,888.89 less"])


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("35% off PTUs: cost vs on-demand at 60% and at 90% utilisation?",
         ["(1 − 35%) ÷ 60% = 1.0833×", "(1 − 35%) ÷ 90% = 0.7222×"]),
        ("at 40% off, what happens at 55% util and at 85% util?",
         ["(1 − 40%) ÷ 55% = 1.0909×", "(1 − 40%) ÷ 85% = 0.7059×"]),
    ],
)
def test_two_utilizations_each_get_their_cost(text: str, figures: list[str]) -> None:
    assert router.answer(text, rate_cards={}).intent == "break_even"
    assert_figures(text, figures)


@pytest.mark.parametrize(
    "text",
    [
        "we might get 35% or 45% off reserved capacity, running at 80% util",
        "PTUs at 30% off, maybe 40%, with 75% utilization",
    ],
)
def test_two_discounts_given_as_alternatives_are_asked_about(text: str) -> None:
    ask = parse(text)
    assert ask.fields.compare_discounts == []
    assert [a.field for a in ask.ambiguities] == ["discount"]
