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


def test_the_same_tokens_on_demand_said_the_sentence_after_the_option() -> None:
    # 4 × $21.50 × 720 h = $61,920.00 against $70,000: $8,080.00 a month less
    reply = reply_text("Option 1: four provisioned units at $21.50 per unit-hour, round the clock for a 30-day month.\n"
                       "Option 2: stay on-demand. At current volumes the same tokens cost us about $70k a month.\n"
                       "Which option is cheaper for the month, and by how much?")
    assert "$8,080.00" in reply
    # on-demand for the tokens the units serve, with the units counted between
    assert parse("120 units at $2.40 / unit-hour, 24x7. on-demand for the tokens those 120 units serve comes to "
                 "$250,000/mo. saving?").fields.on_demand_spend == Decimal(250_000)


def test_writes_set_apart_from_the_hits() -> None:
    # 19,960 × 6,000 × ($3 − $0.30)/1M − 40 × 6,000 × ($3.75 − $3)/1M = $323.352 − $0.18 = $323.17
    reply = reply_text("6,000-token preamble, input $3/M, cache reads $0.30/M, writes $3.75/M. 20k calls per business "
                       "day, all of them hits except forty that have to write the cache. net for a business day?")
    assert "$323.17" in reply


def test_a_fee_against_a_calls_tokens_with_the_gap_asked_is_the_per_call_comparison() -> None:
    ask = parse("orchestration layer bills 2 cents flat per call. model is $3 in $15 out per M. agent calls avg 4k "
                "in 1k out, 50k calls a week. per call vs per token, whats the weekly diff")
    assert ask.intent is Intent.PER_CALL
