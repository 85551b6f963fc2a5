"""Quotes whose volumes or rates come in a form that must be combined: calls routed between two models give the input
and output totals over both; output said as a share of the input tokens is priced; one side's rate said apart from its
label ("they only publish output, $12 per million") is that side's rate; and a rate given for one side of a named model
is priced with the catalog's other side, said plainly, with the rep asked to confirm it."""

from __future__ import annotations

import pytest

from bot import router
from tests.support.replies import assert_figures, reply_text

# --- calls routed between two models: the input and output totals over both ----------------------------------------

@pytest.mark.parametrize(("text", "figures"), [
    # small 480k calls: in 960M x 0.20 = 192, out 240M x 0.80 = 192; large 320k: in 640M x 3 = 1,920,
    # out 160M x 15 = 2,400 -> input 2,112, output 2,592, total 4,704
    ("800k calls a month, 60% to the small model ($0.20/$0.80) and 40% to the large one ($3/$15); each call "
     "2,000 in / 500 out. monthly input and output?", ["$2,112.00", "$2,592.00", "$4,704.00"]),
    # cheap: in 40M x 0.5 = 20, out 8M x 1.5 = 12; large: in 10M x 5 = 50, out 2M x 25 = 50 -> a day input 70,
    # output 62; a month (x 730/24) input 2,129.17, output 1,885.83, total 4,015.00
    ("50M input / 10M output tokens a day, 80% of traffic to the cheap model ($0.50 in / $1.50 out), 20% to the "
     "large model ($5 in / $25 out). monthly, input vs output", ["$2,129.17", "$1,885.83", "$4,015.00"]),
    # mini 1.8M: in 900M x 0.15 = 135, out 180M x 0.60 = 108; big 200k: in 100M x 2.50 = 250, out 20M x 10 = 200
    ("2M requests per month, 90% go to mini ($0.15/$0.60), 10% to the big model ($2.50/$10); 500 in / 100 out per "
     "request. input and output totals?", ["$385.00", "$308.00", "$693.00"]),
])
def test_calls_routed_between_two_models_give_input_and_output_totals(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


# --- output said as a share of the input tokens ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "figures"), [
    # output 3M: 12 x 3 = 36, 3 x 15 = 45 -> 81 a day
    ("12M input tokens a day, output is about a quarter of that. $3 per million in, $15 per million out. daily cost?",
     ["$36.00", "$45.00", "$81.00"]),
    # output 4M a month: 40 x 1 = 40, 4 x 4 = 16 -> 56
    ("input runs 40M tokens a month and output's roughly 10% of that; $1/M input and $4/M output. monthly?",
     ["$40.00", "$16.00", "$56.00"]),
    # output 2.5M: 5 x 2 = 10, 2.5 x 8 = 20 -> 30
    ("5 million input tokens per day, output is about half of that, $2 in / $8 out per million. per day?",
     ["$10.00", "$20.00", "$30.00"]),
])
def test_output_said_as_a_share_of_the_input_tokens_is_priced(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_share_said_of_the_output_price_is_still_a_rate() -> None:
    # near miss: the input *price* as a share of the output's: $12 x 25% = $3; 4 x 3 + 1 x 12 = 24 a day
    assert_figures("input is priced at 25% of the output rate, output $12/M. 4M input and 1M output tokens a day. "
                   "daily?", ["$24.00"])


# --- one side's rate said apart from its label -----------------------------------------------------------------------

def test_a_rate_said_after_only_that_side_is_that_sides_rate() -> None:
    # input = 50% x $8 = $4: 10 x 4 = 40, 2 x 8 = 16 -> 56 a day
    assert_figures("they only quote output, $8 per million, and input is 50% of the output rate. 10M input and 2M "
                   "output tokens a day. daily?", ["$40.00", "$16.00", "$56.00"])


@pytest.mark.parametrize(("text", "priced", "asked"), [
    # output alone: 1M x $6 = $6 a day; the input rate asked for
    ("We've only been given the output price so far, which is $6 per million. 3M input and 1M output tokens a day. "
     "daily cost?", "$6.00", "input"),
    # input alone: 20M x $1.20 = $24 a month; the output rate asked for
    ("customer only sent the input rate, $1.20 per million. 20M input and 4M output tokens a month. monthly?",
     "$24.00", "output"),
])
def test_one_sides_rate_said_apart_prices_that_side_and_asks_for_the_other(text: str, priced: str, asked: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert priced in reply.text
    assert f"{asked}_rate" in {m["field"] for m in reply.data["missing"]}
    assert f"{asked} rate" in reply.text
    assert reply.data["request"]["fields"].get(f"{asked}_rate") is None


# --- a named model with one side's rate: the catalog's other side, said and asked about ------------------------------

@pytest.mark.parametrize(("text", "side"), [
    ("gpt-4o, input $2/M (their negotiated rate), 1k in / 300 out, 10k calls a day. daily?", "output"),
    ("claude sonnet 4 on anthropic, output $12 per million, 3,000 in / 800 out, 20k calls/day. monthly?", "input"),
    ("o3-mini quote: input rate 0.90/M, 2k in / 2k out per request, 8k requests/day", "output"),
])
def test_a_rate_for_one_side_of_a_named_model_asks_to_confirm_the_catalogs_other_side(text: str, side: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.data["result"] is not None  # the figures are shown, at the catalog's rate for the other side
    assert f"{side}_rate" in {m["field"] for m in reply.data["missing"]}
    assert f"The {side} rate" in reply.text and "catalog's list price" in reply.text
    assert reply.data["request"]["fields"].get(f"{side}_rate") is None  # never stored as if the rep said it


@pytest.mark.parametrize("text", [
    "gpt-4o at $2.50/$10, 1k in / 300 out, 10k calls a day. daily?",  # both rates said
    "gpt-4o, 1k in / 300 out, 10k calls a day. daily?",  # neither said: the catalog's rates, named as the source
])
def test_a_named_model_with_both_or_neither_rate_said_asks_nothing(text: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert not reply.data["missing"]
    assert "catalog's list price" not in reply.text


def test_an_unknown_model_with_one_rate_asks_for_the_other_without_pricing_it() -> None:
    reply = reply_text("acmecorp zephyr-9 model, input $1/M, 1k in / 300 out, 10k calls a day. daily?")
    assert "output rate" in reply
    assert "$10.00" in reply  # 10M input tokens x $1 a day, the input side alone
    assert "× the output rate, not given" in reply
