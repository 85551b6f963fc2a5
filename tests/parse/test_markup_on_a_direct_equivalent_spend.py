"""A direct spend named as "direct-equivalent" or "direct-list" before its amount, with a colon ("Direct-equivalent
usage: $45k a month"): the hyperscaler bill at the effective markup and the premium over direct (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "spend", "figures"),
    [
        # (1 + 18%) × (1 − 10%) − 1 = 6.2%; $45,000 × 1.062 = $47,790, $2,790 more
        ("Vertex list is 18% over Google direct, their commit discount is 10%. Direct-equivalent usage: $45k a month. "
         "effective markup and monthly Vertex bill?", "45000",
         ["*6.2%*", "$45,000.00 a month direct × (1 + 6.2%) = *$47,790.00* a month", "$2,790.00 a month more"]),
        # (1 + 15%) × (1 − 5%) − 1 = 9.25%; $36,000 × 1.0925 = $39,330, $3,330 more
        ("Bedrock is priced 15% over direct and the EDP knocks 5% off. Projected direct-list cost: $36,000/quarter. "
         "what will the quarter cost on bedrock, and the premium?", "36000",
         ["*9.25%*", "*$39,330.00* a quarter", "$3,330.00 a quarter more"]),
    ],
)
def test_the_hyperscaler_bill_on_a_direct_equivalent_spend(text: str, spend: str, figures: list[str]) -> None:
    ask = parse(text)
    assert ask.fields.direct_spend == Decimal(spend)
    assert ask.unused == []
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "spend", "figures"),
    [
        # (1 + 20%) × (1 − 10%) − 1 = 8%; $400,000 × 1.08 = $432,000, $32,000 more
        ("yearly direct equiv ~$400k; vertex list markup 20%, EA 10%. effective markup and the yearly bill on vertex?",
         "400000", ["*8%*", "*$432,000.00* a year", "$32,000.00 a year more"]),
        # (1 + 25%) × (1 − 12%) − 1 = 10%; $20,000 × 1.10 = $22,000, $2,000 more
        ("direct-equiv spend is $20k/mo. azure +25%, EA 12%. monthly azure cost?", "20000",
         ["*10%*", "*$22,000.00* a month", "$2,000.00 a month more"]),
        # (1 + 10%) × (1 − 10%) − 1 = −1%; $90,000 × 0.99 = $89,100, $900 less
        ("$90k a quarter equiv at direct pricing, bedrock markup 10%, EDP 10%. quarterly bedrock spend?", "90000",
         ["*$89,100.00* a quarter", "$900.00 a quarter less"]),
    ],
)
def test_a_direct_equiv_spend_abbreviated_is_marked_up(text: str, spend: str, figures: list[str]) -> None:
    """"direct equiv" is reps' shorthand for the direct-equivalent spend: the bill on the hyperscaler follows."""
    ask = parse(text)
    assert ask.fields.direct_spend == Decimal(spend)
    assert_figures(text, figures)


def test_a_direct_equiv_rate_is_not_a_spend() -> None:
    """A per-token rate named "direct equiv" stays a rate: no spend is marked up."""
    ask = parse("direct equiv rate is $3/M input, azure markup 20%, EA 5%: effective markup?")
    assert ask.fields.direct_spend is None


@pytest.mark.parametrize(
    ("text", "spend", "period", "figures"),
    [
        # (1 + 25%) × (1 − 8%) − 1 = 15%; $180,000 × 1.15 = $207,000, $27,000 more
        ("Q2 direct-equivalent was $180k. Bedrock list runs 25% over, EA 8%. the Q2 bedrock bill and premium?",
         "180000", "quarter", ["*15%*", "*$207,000.00* a quarter", "$27,000.00 a quarter more"]),
        # (1 + 20%) × (1 − 15%) − 1 = 2%; $500,000 × 1.02 = $510,000, $10,000 more
        ("yearly direct bill would be 500k. vertex is 20% above list direct, their EA 15%. annual vertex cost?",
         "500000", "year", ["*2%*", "*$510,000.00* a year", "$10,000.00 a year more"]),
        # (1 + 30%) × (1 − 20%) − 1 = 4%; $75,000 × 1.04 = $78,000, $3,000 more
        ("for Q4 '26 direct spend: 75k. azure list +30%, EA 20%: Q4 on azure?", "75000", "quarter",
         ["*4%*", "*$78,000.00* a quarter", "$3,000.00 a quarter more"]),
    ],
)
def test_a_direct_spend_with_its_period_or_quarter_said_first(text: str, spend: str, period: str,
                                                              figures: list[str]) -> None:
    """A quarter named before the direct spend ("Q3 direct-equivalent is $210k") is the quarter's spend, and a spend
    with its period and "direct spend" said first is dollars without a sign ("annual direct spend would be 240k")."""
    ask = parse(text)
    assert ask.fields.direct_spend == Decimal(spend)
    assert ask.fields.spend_period == period
    assert ask.unused == []
    assert_figures(text, figures)


@pytest.mark.parametrize(
    "text",
    [
        "Q3 direct traffic is 240k calls. azure list +30%, EA 10%. effective markup?",
        "annual direct volume would be 240k tokens a day; azure list is 30% over, EA 10%. effective markup?",
        "annual direct spend would be 240k tokens; azure list is 30% over, EA 10%. effective markup?",
    ],
)
def test_a_count_said_beside_direct_is_not_a_spend(text: str) -> None:
    """Calls or tokens said after a quarter or a period and "direct" stay counts: no spend is marked up."""
    assert parse(text).fields.direct_spend is None


@pytest.mark.parametrize(
    ("text", "spend", "figures"),
    [
        # (1 + 30%) × (1 − 20%) − 1 = 4%; $1,200,000 × 1.04 = $1,248,000, $48,000 more
        ("They estimate about 1.2 million dollars a year if they could go direct. Hyperscaler list markup is 30%, "
         "EA 20%. effective markup and the annual spend through the hyperscaler?", "1200000",
         ["*4%*", "*$1,248,000.00* a year", "$48,000.00 a year more"]),
        # (1 + 20%) × (1 − 10%) − 1 = 8%; $40,000 × 1.08 = $43,200, $3,200 more
        ("direct would be 40k USD a month; azure +20%, EA 10%. azure monthly?", "40000",
         ["*8%*", "*$43,200.00* a month", "$3,200.00 a month more"]),
    ],
)
def test_a_direct_spend_in_dollars_said_as_a_word(text: str, spend: str, figures: list[str]) -> None:
    """An amount with its currency said as a word ("1.2 million dollars a year if they could go direct", "40k USD a
    month") is the direct spend marked up."""
    ask = parse(text)
    assert ask.fields.direct_spend == Decimal(spend)
    assert_figures(text, figures)
