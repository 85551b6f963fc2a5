"""Figures a rep worked out and asks to have checked ("I get $12 in, $8 out, $20/day?", "my math says $1,500 a
month"): each is checked against the quote and said to check out (naming the figure it is) or not, and none of them is
ever read as a rate or a spend (our own sentences, not a scored batch's)."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import parse
from tests.support.replies import reply_text

_CHECK = ("sanity check pls: 20,000 calls/day, 1,500 in + 250 out each, at $0.40 in and $1.60 out per million. "
          "I get $12 in, $8 out, $20/day, roughly $608 a month?")


def test_the_reps_figures_are_not_rates() -> None:
    fields = parse(_CHECK).fields
    assert (fields.input_rate, fields.output_rate) == (Decimal("0.4"), Decimal("1.6"))
    assert fields.claimed_amounts == [Decimal(12), Decimal(8), Decimal(20), Decimal(608)]


def test_each_figure_is_checked_against_the_quote() -> None:
    # 20,000 × 1,500 × $0.40/1M = $12.00; 20,000 × 250 × $1.60/1M = $8.00; $20.00 a day; × 730 ÷ 24 = $608.33
    reply = reply_text(_CHECK)
    assert "$12.00 checks out (input a day, $12.00)" in reply, reply
    assert "$8.00 checks out (output a day, $8.00)" in reply
    assert "$20.00 checks out (the day's total, $20.00)" in reply
    assert "$608.00 checks out (the month's total, $608.33)" in reply


def test_a_wrong_figure_is_said_to_be_none_of_them() -> None:
    # 10,000 × (2,000 × $1 + 500 × $4)/1M = $40.00 a day, $1,216.67 a month: not $1,500
    reply = reply_text("my math says $1,500 a month for 10k calls a day at 2k in / 500 out on $1/$4 - right?")
    assert "$1,216.67" in reply and "$1,500.00 is none of the figures above" in reply, reply
