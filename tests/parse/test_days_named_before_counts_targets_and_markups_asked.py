"""More forms from Round 42's first blind asks, in our own sentences: a day named before the calls it handles, with
who handles them between; a saving asked "cheaper than paying on-demand"; a markup's figure asked beside how to
position it with a federal buyer."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import Intent, parse
from tests.support.replies import reply_text


def test_a_day_named_before_the_calls_it_handles() -> None:
    for text in ("On a normal business day it handles around 18k conversations, 2.2k input and 700 output tokens "
                 "each, at $0.80/M in and $3.20/M out. daily cost?",
                 "on an average day, the bot answers 18,000 questions: 2,200 in / 700 out, $0.80 and $3.20 per M. "
                 "cost a day?"):
        assert parse(text).fields.calls_per_day == Decimal(18_000), text
    # 18,000 × (2,200 × $0.80 + 700 × $3.20)/1M = $72.00 a day; × 22 business days = $1,584.00
    assert "$1,584.00" in reply_text("On a normal business day it handles around 18k conversations, each 2.2k input "
                                     "and 700 output tokens, at $0.80/M in, $3.20/M out. 22 business days a month: "
                                     "monthly number?")


def test_a_saving_asked_cheaper_than_paying_on_demand() -> None:
    # (1 − d) ÷ 55% = 90%: d = 1 − 0.55 × 0.9 = 50.5%
    ask = parse("provisioned at about 55% utilisation. what discount would it need to come out 10% cheaper than "
                "paying on-demand for the same tokens?")
    assert ask.fields.target_saving == Decimal("0.1")
    assert ask.fields.discount is None
    assert "50.5%" in reply_text("provisioned at about 55% utilisation. what discount would it need to come out a "
                                 "tenth cheaper than paying on-demand?")


def test_a_markups_figure_asked_beside_how_to_position_it() -> None:
    text = ("Federal agency on Azure Government. Azure's list price runs 30% above the direct API, their EA takes 12% "
            "off. What markup are they actually paying over direct, and how do I position it with their contracting "
            "officer?")
    ask = parse(text)
    assert ask.intent is Intent.MARKUP
    reply = reply_text(text)
    assert "14.4%" in reply and "FedRAMP" in reply
    # the way to go asked, with no markup figure asked, stays the scenario's hyperscaler line
    assert parse("Federal agency on Azure Government, list markup 30%, EA 12%. how do I position it?").intent \
        is Intent.SCENARIO
