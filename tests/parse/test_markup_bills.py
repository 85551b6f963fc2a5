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
