"""A buyer's budget said with its period ("budget is $8,000/month", "a $60k annual budget", "they have $30k a year
for inference"): the bill over that period is set against it, with the headroom or the overrun, and the calls the
budget covers at the quote's call size (our own sentences, not a scored batch's). A budget is never read as a fee."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "budget", "period"),
    [
        ("our budget for the bot is $8,000/month; 2B input and 200M output tokens a month at $3/$15. do we fit?",
         "8000", "month"),
        ("they've set a $60k annual budget, 20k calls a day, 1k in / 300 out, $0.50/$1.50", "60000", "year"),
        ("the team has $30k a year for inference. calls are 2k in / 500 out at $1/$4. how many calls is that?",
         "30000", "year"),
        ("budget: $400 a day. 100k calls/day, 800 in 200 out on $2/$8 - over or under?", "400", "day"),
    ],
)
def test_a_budget_and_its_period_are_read(text: str, budget: str, period: str) -> None:
    fields = parse(text).fields
    assert (fields.budget, fields.budget_period) == (Decimal(budget), period)
    assert fields.per_call_fee is None and fields.on_demand_spend is None


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 2,000M × $3 = $6,000; 200M × $15 = $3,000; $9,000 a month against $8,000: $1,000 over (112.5%)
        ("our budget for the bot is $8,000/month; 2B input and 200M output tokens a month at $3/$15. do we fit?",
         ["$9,000.00", "*$1,000.00 over budget*", "112.5%"]),
        # 100k × (800 × $2 + 200 × $8)/1M = 100k × $0.0032 = $320 a day against $400: $80 under (80%)
        ("budget: $400 a day. 100k calls/day, 800 in 200 out on $2/$8 - over or under?",
         ["$320.00", "*$80.00 under budget*", "80%"]),
    ],
)
def test_the_bill_is_set_against_the_budget(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_budget_says_how_many_calls_it_covers() -> None:
    # a call: 2,000 × $1/1M + 500 × $4/1M = $0.002 + $0.002 = $0.004; $30,000 ÷ $0.004 = 7,500,000 calls a year
    text = "the team has $30k a year for inference. calls are 2k in / 500 out at $1/$4. how many calls is that?"
    reply = reply_text(text)
    assert "$0.004" in reply and "*7,500,000 calls* a year" in reply, reply
    assert "tell me" not in reply  # no call volume is asked for: the budget answers it


def test_a_budget_without_a_period_is_not_set_against_a_month() -> None:
    reply = reply_text("budget is $5,000. 1M in 200k out per day at $3/$15")
    assert "budget*" not in reply and "Not used" in reply and "$5,000" in reply
