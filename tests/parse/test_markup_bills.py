"""Markup asks with money or tokens in them (our own sentences, not a scored batch's): a direct spend per day or
week also over a 730-hour month, tokens at direct rates billed direct and on the hyperscaler, and a named model
with no rate priced from the catalog's direct row, which the rate source names."""

from __future__ import annotations

import pytest

from bot import router
from tests.support.arithmetic import checks
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # $800/day × 730/24 = $24,333.33; × (1.30 × 0.85 = 1.105) = $26,888.33; + $2,555.00
        ("they'd spend $800/day direct; Bedrock is 30% over list with a 15% EA. Monthly Bedrock bill?",
         ["$24,333.33", "*$26,888.33*", "*$2,555.00*"]),
        # $7,000 a week × 730/168 = $30,416.67; × (1.10 × 0.90 = 0.99) = $30,112.50, $304.17 less
        ("direct-equivalent spend of $7,000 a week, vertex 10% above direct, EA 10% - what a month?",
         ["$30,416.67", "*$30,112.50*", "*$304.17* a month less"]),
    ],
)
def test_a_direct_spend_per_day_or_week_over_a_month(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 2,000M × $3 = $6,000; × (1.20 × 0.95 = 1.14) = $6,840
        ("20% list uplift, 5% EA, 2B input tokens at $3 direct: bill on azure?", ["$6,000.00", "*$6,840.00*"]),
        # 500M × $1.25 = $625 and 50M × $10 = $500 a month; × 1.08 = $675 and $540
        ("markup 20%, EA 10%, 500M in and 50M out a month at direct $1.25/$10 - hyperscaler bill?",
         ["$625.00", "*$675.00*", "$500.00", "*$540.00*"]),
    ],
)
def test_tokens_at_direct_rates_are_billed_both_ways(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "figures", "row"),
    [
        ("effective input rate for gpt-4o on azure at a 12% markup and 2% EA?", ["$2.744/1M"], "openai / gpt-4o"),
        ("haiku 4.5 through bedrock: 25% list markup, 8% EA - effective rates?", ["$1.15/1M", "$5.75/1M"],
         "claude-haiku-4-5"),
    ],
)
def test_a_named_model_without_rates_uses_the_catalogs_direct_row(text: str, figures: list[str], row: str) -> None:
    reply = reply_text(text)
    assert all(f in reply for f in figures), reply
    assert "*Rate source:* direct rates: genai-prices" in reply and row in reply


@pytest.mark.parametrize(
    "text",
    [
        "they'd spend $800/day direct; Bedrock is 30% over list with a 15% EA. Monthly Bedrock bill?",
        "markup 20%, EA 10%, 500M in and 50M out a month at direct $1.25/$10 - hyperscaler bill?",
        "haiku 4.5 through bedrock: 25% list markup, 8% EA - effective rates?",
    ],
)
def test_markup_lines_multiply_out(text: str) -> None:
    assert not [c for c in checks(router.answer(text, rate_cards={}).text) if not c.ok]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # (1 + 30%) × (1 − 20%) − 1 = 4%; $60,000 ÷ 1.04 = $57,692.31 direct, $2,307.69 the markup
        ("they pay ~$60k a month for Azure OpenAI, EA already taken off (list is 30% over direct, EA 20%). effective "
         "markup and the same usage direct?", ["*4%*", "*$57,692.31* a month direct", "$2,307.69 a month"]),
        # (1 + 25%) × (1 − 15%) − 1 = 6.25%; $90,000 ÷ 1.0625 = $84,705.88 direct, $5,294.12 the markup
        ("they send ~$90k a quarter to Bedrock after the EDP; list markup 25%, EDP 15%. what's it direct?",
         ["*6.25%*", "*$84,705.88* a quarter direct", "$5,294.12 a quarter"]),
        # (1 + 18%) × (1 − 10%) − 1 = 6.2%; $21,240 ÷ 1.062 = $20,000.00 direct, $1,240.00 the markup
        ("they're paying Vertex $21,240/mo today, EA included. list is 18% above direct, EA 10%. direct cost?",
         ["*6.2%*", "*$20,000.00* a month direct", "$1,240.00 a month"]),
    ],
)
def test_a_bill_paid_for_the_hyperscaler_is_worked_back_to_direct(text: str, figures: list[str]) -> None:
    """A bill paid for or to the hyperscaler with the EA already applied ("paying ~$60k a month for Azure OpenAI",
    "paying Vertex $21k/mo") is divided by (1 + effective markup): the same usage direct, and what the markup adds."""
    assert_figures(text, figures)


def test_a_budget_for_a_hyperscaler_project_is_not_its_bill() -> None:
    """Money set aside for work on a hyperscaler is not a bill paid to it: no direct equivalent is worked back."""
    reply = reply_text("they budget $60k a month for Azure migration consultants; list is 30% over direct, EA 20%. "
                       "effective markup?")
    assert "Direct equivalent" not in reply
