"""Markup questions answered in the rates and dollars a rep needs: a direct rate given beside a markup is shown at the
effective markup; a spend on the hyperscaler is split into its direct equivalent and the premium; a markup written
"+25%" beside a hyperscaler or a list price, and an EA discount written as a fraction, are read as such."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("on Bedrock the list is 30% over direct and their EA takes 10% off; direct input is $1.20/M. what do they "
         "pay per MTok?", ["17%", "$1.40"]),
        ("direct prices $4/$20. azure list +15%, EA 5%. effective input and output rates?",
         ["9.25%", "$4.37", "$21.85"]),
        ("the customer's direct rate is $0.80 per MTok input; Vertex adds 12% and they have a 20% EA. are they "
         "paying more than direct?", ["10.4% below", "$0.80/1M × (1 − 10.4%) = *$0.7168/1M*"]),
    ],
)
def test_a_direct_rate_beside_a_markup_is_shown_at_the_effective_markup(text: str, figures: list[str]) -> None:
    assert router.answer(text, rate_cards={}).intent == "markup"
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("they spend $120k a month via Bedrock; list markup 20% over direct, EA 10%. what's that in direct dollars?",
         ["8%", "$111,111.11", "$8,888.89"]),
        ("$30,000/mo on Azure today, 25% list uplift, 0.12 EA discount. same tokens direct?",
         ["10%", "$27,272.73", "$2,727.27"]),
    ],
)
def test_a_hyperscaler_spend_is_split_into_direct_and_premium(text: str, figures: list[str]) -> None:
    assert router.answer(text, rate_cards={}).intent == "markup"
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("bedrock list +22%, EA 8%. effective?", "markup", Decimal("0.22")),
        ("what does a 0.15 EA discount do to a 40% azure premium", "ea_discount", Decimal("0.15")),
    ],
)
def test_markups_and_ea_discounts_in_short_forms(text: str, field: str, value: Decimal) -> None:
    assert getattr(parse(text).fields, field) == value


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # growth is not a markup, even beside a hyperscaler
        ("on azure, traffic is +20% traffic next quarter; 30% off provisioned at 80% util", "markup", None),
        # a direct pair in a quote is the input and output rates
        ("direct $3/$15, 2k in / 500 out per call, 10k calls a day", "output_rate", Decimal(15)),
        # a spend on tokens is not a spend on a hyperscaler
        ("they spend $50k/mo on tokens, 30% off provisioned, 80% util", "hyperscaler_spend", None),
    ],
)
def test_hard_negatives_keep_their_reading(text: str, field: str, value: object) -> None:
    assert getattr(parse(text).fields, field) == value
