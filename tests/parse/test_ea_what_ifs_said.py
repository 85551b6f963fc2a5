"""A further EA discount said as what the EA may reach ("it could reach 20% at renewal", "they might get 22%", "what if
the EA reaches 20%? 25%?") is worked out beside the one said first, each as its own effective markup; a figure said
of something else (a utilization, a list markup) is not an EA discount (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "eas", "figures"),
    [
        # 1.25 × 0.90 − 1 = 12.5%; 1.25 × 0.80 − 1 = 0%
        ("Azure list is 25% over direct and their EA discount is 10% now; procurement thinks it could reach 20% next "
         "year. effective markup at each?", ["0.10", "0.20"], ["*12.5%*", "(1 − 20%) − 1 = *0%*"]),
        # 1.30 × 0.88 − 1 = 14.4%; 1.30 × 0.82 − 1 = 6.6%
        ("bedrock markup 30%, EDP 12%. They're negotiating and might get 18%. effective markup today and at 18%?",
         ["0.12", "0.18"], ["*14.4%*", "(1 − 18%) − 1 = *6.6%*"]),
        # 1.20 × 0.95 − 1 = 14%; 1.20 × 0.85 − 1 = 2%; 1.20 × 0.80 − 1 = −4%
        ("vertex +20% over direct, EA 5%. what if the EA reaches 15%? 20%?", ["0.05", "0.15", "0.20"],
         ["*14%*", "At a 15% EA discount: (1 + 20%) × (1 − 15%) − 1 = *2%*", "(1 − 20%) − 1 = -4%: *4% below*"]),
        # 1.40 × 0.90 − 1 = 26%; 1.40 × 0.75 − 1 = 5%; 1.40 × 0.70 − 1 = −2%
        ("list markup 40%, EA 10% -> effective? and what if they get the EA to 25%? to 30%?",
         ["0.10", "0.25", "0.30"], ["*26%*", "(1 − 25%) − 1 = *5%*", "(1 − 30%) − 1 = -2%: *2% below*"]),
    ],
)
def test_each_ea_the_deal_may_reach_is_worked_out(text: str, eas: list[str], figures: list[str]) -> None:
    ask = parse(text)
    assert ask.intent.value == "markup"
    assert ask.fields.compare_ea_discounts == [Decimal(e) for e in eas]
    assert ask.ambiguities == []
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "ea"),
    [
        ("bedrock +20%, EDP 12%. if they reserve capacity, utilization could reach 70%. effective markup?", "0.12"),
        ("azure markup 25%, EA 10%. what if the list markup is 30%?", "0.10"),
        ("azure markup 25%, EA 10%, and the cache hit rate could reach 80%. effective markup?", "0.10"),
    ],
)
def test_a_figure_said_of_something_else_is_no_further_ea(text: str, ea: str) -> None:
    ask = parse(text)
    assert ask.fields.compare_ea_discounts == []
    assert ask.fields.ea_discount == Decimal(ea)
    assert "% EA discount: (1 +" not in reply_text(text)  # no line for a further EA discount
