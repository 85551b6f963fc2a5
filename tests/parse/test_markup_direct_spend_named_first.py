"""A direct spend named before its amount, its period said right after "direct" or after a bare amount with its scale
("direct monthly is $7,500", "Direct-equivalent annual spend: US$600,000", "direct bill would be 18k/mo"): the bill
on the hyperscaler at the effective markup and the delta versus direct (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "spend", "period", "figures"),
    [
        # (1 + 20%) × (1 − 10%) − 1 = 8%; $12,000 × 1.08 = $12,960, $960 more
        ("direct monthly is $12,000 for this workload. bedrock +20%, EDP 10%. bedrock number?", "12000", "month",
         ["*8%*", "*$12,960.00* a month", "$960.00 a month more"]),
        # (1 + 40%) × (1 − 25%) − 1 = 5%; $900,000 × 1.05 = $945,000, $45,000 more
        ("Direct-equivalent annual spend: US$900,000. Azure list markup 40%, EA discount 25%. Annual on Azure?",
         "900000", "year", ["*5%*", "*$945,000.00* a year", "$45,000.00 a year more"]),
        # (1 + 30%) × (1 − 15%) − 1 = 10.5%; $24,000 × 1.105 = $26,520, $2,520 more
        ("direct bill would be 24k/mo. vertex at 30% markup less a 15% EA. monthly on vertex and the delta", "24000",
         "month", ["*10.5%*", "*$26,520.00* a month", "$2,520.00 a month more"]),
        # (1 + 25%) × (1 − 0%) − 1 = 25%; $3,000 × 1.25 = $3,750, $750 more
        ("their direct weekly spend is $3k. azure markup 25%, no EA. what's the weekly azure bill?", "3000", "week",
         ["*$3,750.00* a week", "$750.00 a week more"]),
    ],
)
def test_a_direct_spend_named_first_is_marked_up(text: str, spend: str, period: str, figures: list[str]) -> None:
    ask = parse(text)
    assert ask.intent.value == "markup"
    assert ask.fields.direct_spend == Decimal(spend)
    assert ask.fields.spend_period == period
    assert ask.unused == []
    assert_figures(text, figures)


@pytest.mark.parametrize(
    "text",
    [
        "direct is $3/M input, azure list +20%, EA 5%: effective markup?",
        "direct monthly volume is 40k calls. azure list +30%, EA 10%. effective markup?",
        "direct bill covers 18k tokens a day; azure +25%, EA 12%. effective markup?",
    ],
)
def test_a_direct_rate_or_count_is_not_a_spend(text: str) -> None:
    """A per-token rate or a count said after "direct" stays what it is: no spend is marked up."""
    assert parse(text).fields.direct_spend is None
    assert "a month direct ×" not in reply_text(text)
