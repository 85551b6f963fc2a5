"""Two input/output rate pairs for one workload ("moving them from $8/$24 to $2/$8", "large model $6/$30, small
$1/$5") are two price lists for the same tokens: each is priced and the monthly difference given, instead of
asking which rate to use (our own sentences, not a scored batch's)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 300M × $8 + 50M × $24 = $2,400 + $1,200 = $3,600; 300M × $2 + 50M × $8 = $600 + $400 = $1,000; $2,600 less
        ("switching Fabrikam from a $8/$24 model to a $2/$8 one; 300M input and 50M output a month. before, after and "
         "the saving?", ["$3,600.00", "$1,000.00", "*$2,600.00 a month less*"]),
        # 1B × $1 + 200M × $4 = $1,800; at $0.50/$2: $500 + $400 = $900
        ("they do 1B in + 200M out tokens per month at $1/$4 now; the new tier is $0.50/$2. monthly on each?",
         ["$1,800.00", "$900.00", "*$900.00 a month less*"]),
    ],
)
def test_two_rate_pairs_price_the_same_tokens_twice(text: str, figures: list[str]) -> None:
    ask = parse(text)
    assert ask.fields.other_rates and not ask.ambiguities
    assert_figures(text, figures)


def test_two_input_rates_said_as_a_choice_are_still_asked_about() -> None:
    ask = parse("1B in and 200M out a month at $1/$4 or maybe $0.50/$2?")
    assert not ask.fields.other_rates
    assert {a.field for a in ask.ambiguities} >= {"input_rate"}


def test_costs_a_rep_worked_out_are_not_a_second_price_list() -> None:
    # "$12 in, $12 out" is what the rep got for a day, not rates: asked about, never priced as a second list
    ask = parse("20k calls/day × (1,500 in + 500 out) at $0.40 in and $1.20 out per million. I get $12 in, $12 out?")
    assert not ask.fields.other_rates


def test_one_rate_pair_has_no_second_price_list() -> None:
    assert parse("1B in and 200M out a month at $1/$4").fields.other_rates == []
    assert parse("1B in and 200M out a month at $1/$4").fields.input_rate == Decimal(1)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # now 2,000 × $10/1M + 600 × $30/1M = $0.038; after 2,000 × $2/1M + 600 × $6/1M = $0.0076; $0.0304 less a call;
        # 12,000 calls a day: $456.00 → $91.20 a day; × 730/24: $13,870.00 → $2,774.00, $11,096.00 a month less
        ("they're on a $10/$30 model; moving to a $2/$6 one. 2k in / 600 out, 12k calls a day. saving per call and per "
         "month?", ["$0.038", "*$0.0076* a call", "*$0.0304 less*", "*$11,096.00 a month less*"]),
        # now 1,000 × $3/1M + 250 × $15/1M = $0.00675; after 1,000 × $0.80/1M + 250 × $4/1M = $0.0018; $0.00495 less
        ("what does going from $3/$15 to $0.80/$4 save on one call of 1k in, 250 out?",
         ["$0.00675", "*$0.0018*", "*$0.00495 a call less*"]),
    ],
)
def test_a_model_switch_saves_per_call_as_well_as_per_month(text: str, figures: list[str]) -> None:
    """Moving a workload to cheaper rates: what a call costs at each and what each call saves, beside the month."""
    assert parse(text).fields.other_rates
    assert_figures(text, figures)


def test_the_same_rates_said_twice_show_no_saving() -> None:
    """A rate pair said twice is one price list, not a switch: no difference is shown."""
    from tests.support.replies import reply_text

    reply = reply_text("2k in / 600 out at $2/$6, 12k calls a day; is $2/$6 the right price? monthly?")
    assert "The difference" not in reply
