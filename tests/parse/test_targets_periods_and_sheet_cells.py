"""Batch 81's classes, in sentences of our own: a saving target keyed with "=", and the break-even discount asked
beside an offer; "what actually is X?"; tokens' period said after where they go; a lone rate's side said by what
the card shows; calls grown "in size"; sheets whose rows hold one priced figure, a scale in capitals, snake-case
keys with a dollar sign, cell references with quoted keys, "hit %" before its figure and fractions in words."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize("text", [
    "planning sheet: util = 65%, goal = 15% below on-demand. what discount breaks even at 65%, and what discount gets "
    "the goal?",
    "they'll run at 65% utilisation and need to come in 15% under on-demand; what discount do we need to break even, "
    "and what discount gets the 15%?",
])
def test_a_saving_target_is_never_read_as_the_discount(text: str) -> None:
    # break-even at 65%: 1 − 65% = 35%; 15% under at 65%: 1 − 65% × 85% = 44.75%
    ask = parse(text)
    assert ask.fields.discount != Decimal("0.15")
    assert_figures(text, ["35%", "44.75%"])


@pytest.mark.parametrize("text", [
    "what's the minimum discount that breaks even at 55% utilization? procurement got offered 40% off",
    "steady load around 55% util. smallest provisioned discount to break even there? vendor offers 40% off",
    "they offer 40% off; what's the break-even discount at 55% utilisation?",
])
def test_the_discount_a_utilization_needs_is_shown_beside_the_offer(text: str) -> None:
    # 1 − 55% = 45% needed; the 40% on the table: (1 − 40%) ÷ 55% = 1.09x on-demand
    reply = reply_text(text)
    assert "*45%*" in reply and "deeper than the 40% on the table" in reply, reply


def test_an_offer_that_clears_the_break_even_discount_says_so() -> None:
    reply = reply_text("what discount do we need to break even at 80% util? they're offering 30% off")
    assert "*20%*" in reply and "the 30% on the table clears it" in reply, reply


@pytest.mark.parametrize(("text", "title"), [
    ("my manager keeps saying TTL on calls. what actually is a TTL?", "TTL"),
    ("sorry if obvious: what really is a PTU", "PTU"),
])
def test_what_actually_is_a_term_is_its_entry(text: str, title: str) -> None:
    ask = parse(text)
    assert ask.intent == "glossary", ask.intent
    assert title in reply_text(text)


@pytest.mark.parametrize("text", [
    "we send about 3M input tokens and 600k output tokens through the api every day at $2/$8. monthly figure?",
    "roughly 3M input and 600k output tokens via the gateway per day, $2 in $8 out; what's a month?",
])
def test_a_period_after_where_the_tokens_go_is_theirs(text: str) -> None:
    # a day: 3M × $2 = $6.00 + 600k × $8 = $4.80 = $10.80; a month × 730 ÷ 24 = $328.50
    fields = parse(text).fields
    assert fields.input_tokens_per_day == 3_000_000 and fields.output_tokens_per_day == 600_000
    assert_figures(text, ["$10.80", "$328.50"])


def test_a_card_that_only_shows_one_side_prices_that_side() -> None:
    text = ("the price sheet only shows input, at $4 per million; output is three times that. 2M input and 500k "
            "output tokens a day. daily cost?")
    fields = parse(text).fields
    assert fields.input_rate == 4 and fields.output_rate == 12
    assert_figures(text, ["$8.00", "$6.00", "$14.00"])


@pytest.mark.parametrize(("said", "times"), [("doubled in size", 2), ("were to triple in size", 3),
                                             ("quadrupled in length", 4)])
def test_calls_grown_in_size_are_the_growth_checked(said: str, times: int) -> None:
    text = f"vendor wants 1c a call; $2/$6 per 1M, 2,000 in / 300 out. cheaper? and if prompts {said}?"
    assert parse(text).fields.growth == times


def test_a_sheet_row_with_one_priced_figure_is_read() -> None:
    text = """tool,billing,price_per_call
DocParse,per-call,$0.02
vs per-token at $4/$16, a call is 2,500 in / 500 out. which is cheaper?"""
    # per-token: 2,500 × $4 = $0.01 + 500 × $16 = $0.008 = $0.018 a call against the $0.02 fee
    fields = parse(text).fields
    assert fields.per_call_fee == Decimal("0.02")
    assert_figures(text, ["$0.018", "$0.02"])


def test_a_tab_separated_row_with_a_scale_in_capitals_counts_its_calls() -> None:
    text = "from the model:\nCalls/mo\tIn/call\tOut/call\t$/M in\t$/M out\n1.2M\t900\t150\t2\t8\nmonthly cost?"
    # 1.2M × (900 × $2 + 150 × $8)/1M = 1.2M × $0.003 = $3,600.00 a month
    assert_figures(text, ["$3,600.00"])


def test_snake_case_keys_with_a_dollar_sign_are_rates() -> None:
    text = """cache check:
prefix_tokens      5,000
input_$/MTok       2.00
cache_read_$/MTok  0.20
calls/day          10k
hit_rate           90%
saving per hit?"""
    # 5,000 × ($2.00 − $0.20)/1M = $0.009
    fields = parse(text).fields
    assert fields.input_rate == 2 and fields.cache_read_rate == Decimal("0.2")
    assert_figures(text, ["$0.009"])


def test_cell_references_and_quoted_keys_are_dropped_and_hit_percent_read() -> None:
    text = ('Tab2: A2 "prefix" 8000 | B2 "in rate" $2/M | C2 "read" $0.20/M | D2 "calls/day" 5k | E2 "hit %" 80\n'
            "daily saving from caching?")
    fields = parse(text).fields
    assert fields.prefix_tokens == 8000 and fields.hit_ratio == Decimal("0.8")
    assert fields.input_rate == 2 and fields.cache_read_rate == Decimal("0.2")


@pytest.mark.parametrize(("cell", "effective"), [("a quarter off", "5%"), ("half", "-30%"), ("a fifth", "12%")])
def test_a_fraction_in_words_in_a_sheet_cell_is_its_share(cell: str, effective: str) -> None:
    # (1 + 40%) × (1 − a quarter) − 1 = 5%; × (1 − half) − 1 = −30%; × (1 − a fifth) − 1 = 12%
    text = f"cloud,list_markup,ea_discount\nazure,20%,10%\nvertex,40%,{cell}\neffective markup of each after the EA?"
    assert_figures(text, ["8%", effective])


def test_quarter_alone_in_a_cell_is_not_a_share() -> None:
    text = "period,calls,input_per_call\nquarter,900000,1500\nnext,1000000,1500\ncost at $3/$15?"
    assert "25%" not in reply_text(text)


@pytest.mark.parametrize("said", ["would've been 150k/mo", "is about 150k a month", "runs ~150k per month"])
def test_an_amount_said_after_what_on_demand_costs_is_dollars(said: str) -> None:
    # 4 units × $40 × 720 h = $115,200.00 a 30-day month, $34,800.00 under the $150,000 on-demand
    text = f"4 units at $40 per unit-hour, 30-day month. monthly bill? on-demand for the same traffic {said}"
    fields = parse(text).fields
    assert fields.on_demand_spend == 150_000 and fields.calls_per_day is None
    assert_figures(text, ["$115,200.00", "$34,800.00"])


def test_tokens_said_after_what_on_demand_serves_stay_tokens() -> None:
    fields = parse("on-demand serves 150k tokens/day at $3/$15, 2k in 500 out per call. cost?").fields
    assert fields.on_demand_spend is None
