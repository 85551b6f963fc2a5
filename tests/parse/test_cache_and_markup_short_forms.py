"""Caching and markup inputs in the short forms reps type (our own sentences): bare cache prices side by side ("3 in
0.30 read"), a prefix named by what it holds ("30k contract prefix"), the whole prompt then the part that repeats
("8,000 input tokens each, and 6,000 of those are ..."), calls counted over last month or this week, a spend "at
direct rates" with its period before it, a "+25%" markup beside an EA with its own figure, a direct spend's column in
a pasted sheet, and a list markup read from a direct rate "for the model" and the hyperscaler's "charges $X"."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


def test_bare_cache_prices_side_by_side_are_prices_and_an_hour_of_hits_is_priced() -> None:
    # 6,000 × ($3 − $0.30)/1M = $0.0162 a hit; 200 calls an hour, every one a hit: 200 × $0.0162 = $3.24
    text = "6k prefix on sonnet, 3 in 0.30 read, 200 calls/hr: hourly saving?"
    f = parse(text).fields
    assert (f.input_rate, f.cache_read_rate, f.prefix_tokens) == (Decimal(3), Decimal("0.3"), Decimal(6000))
    assert_figures(text, ["*$0.0162*", "200 calls an hour × $0.0162 = *$3.24 an hour*"])


@pytest.mark.parametrize("text", [
    "we send 500 in 200 out per call on sonnet",  # token counts, no cache label
    "2 in 3 calls hit the cache, 4k prefix",  # a share of calls
])
def test_counts_beside_in_are_not_cache_prices(text: str) -> None:
    f = parse(text).fields
    assert f.input_rate is None and f.cache_read_rate is None


@pytest.mark.parametrize(("text", "prefix"), [
    ("30k contract prefix at $3 in, $0.30 cached, 1,000 calls a day, 80% hits. net?", 30_000),
    ("12k static preamble, $2.50/M input, $0.25/M cached, 4k calls/day", 12_000),
    ("opus, 20k policy prefix 15/1.50/18.75, 300 calls a day at 90% hits", 20_000),
])
def test_a_prefix_named_by_what_it_holds_is_the_prefix(text: str, prefix: int) -> None:
    assert parse(text).fields.prefix_tokens == Decimal(prefix)


def test_a_hit_rate_with_a_named_prefix_nets_hits_less_writes() -> None:
    # 20,000 × $13.50/1M = $0.27 a hit; write premium 20,000 × $3.75/1M = $0.075; 270 × 0.27 − 30 × 0.075 = $70.65
    assert_figures("opus, 20k policy prefix 15/1.50/18.75, 300 calls a day at 90% hits, net?", ["*$70.65 a day*"])


def test_a_call_count_is_not_a_prefix() -> None:
    assert parse("50 calls a day, shared prefix is 8k tokens, $3 in, $0.30 read").fields.prefix_tokens == Decimal(8000)


def test_the_whole_prompt_then_the_part_that_repeats() -> None:
    # 6,000 × ($2.50 − $0.25)/1M = $0.0135 off a call of 8,000 × $2.50/1M = $0.02: a 67.5% cut
    text = ("Requests run 8,000 input tokens each, and 6,000 of those are the shared system prompt. $2.50/M input, "
            "$0.25/M cached. If every call hits, how much does that take off their input cost per call, in $ and %?")
    f = parse(text).fields
    assert (f.prefix_tokens, f.input_tokens_per_call) == (Decimal(6000), Decimal(8000))
    assert_figures(text, ["$0.0135", "*67.5%*"])


@pytest.mark.parametrize(("text", "period", "calls"), [
    ("90,000 requests last week, 5k prefix, $3 in, $0.30 read, 95% hits. weekly net?", "week", 90_000),
    ("Review for the month\nrequests this month: 300,000\nprefix: 5,000 tokens\nhit rate: 90%\n"
     "$3 in, $0.30 cache read, $3.75 cache write", "month", 300_000),
])
def test_calls_counted_over_last_week_or_this_month_keep_that_period(text: str, period: str, calls: int) -> None:
    f = parse(text).fields
    assert f.volume_period == period
    days = {"week": Decimal(7), "month": Decimal(730) / 24}[period]
    assert f.calls_per_day is not None and abs(f.calls_per_day * days - calls) < Decimal("0.001")


def test_a_month_of_calls_over_its_own_month_nets_the_month() -> None:
    # 270,000 hits × $0.0135 − 30,000 writes × $0.00375 = $3,645 − $112.50 = $3,532.50
    text = ("Review for the month\nrequests this month: 300,000\nprefix: 5,000 tokens\nhit rate: 90%\n"
            "$3 in, $0.30 cache read, $3.75 cache write. what did caching net?")
    assert_figures(text, ["$3,532.50"])


@pytest.mark.parametrize(("text", "figures"), [
    # (1 + 20%) × (1 − 5%) − 1 = 14%; $18,000 × 1.14 = $20,520
    ("Monthly spend at OpenAI direct pricing is about $18,000. Azure list is 20% higher and their EA is 5%. "
     "What do they pay a month on Azure?", ["*14%*", "*$20,520.00* a month"]),
    # (1 + 25%) × (1 − 12%) − 1 = 10%; $9,000 × 1.10 = $9,900
    ("direct spend $9,000/mo bedrock +25% EDP 12%, monthly on bedrock?", ["*10%*", "*$9,900.00* a month"]),
    # (1 + 25%) × (1 − 10%) − 1 = 12.5%; $150,000 × 1.125 = $168,750
    ("provider,direct_annual,list_markup,ea_discount\nbedrock,150000,0.25,0.10", ["*12.5%*", "*$168,750.00* a year"]),
])
def test_a_direct_spend_said_shortly_is_billed_at_the_effective_markup(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_plus_before_an_ea_without_its_own_figure_is_no_markup() -> None:
    f = parse("bedrock list is 20% over direct, +8% EA on top").fields
    assert (f.markup, f.ea_discount) == (Decimal("0.2"), Decimal("0.08"))


def test_a_list_markup_read_from_the_direct_rate_for_the_model_and_what_the_hyperscaler_charges() -> None:
    # $4.60 ÷ $4.00 − 1 = 15%; (1 + 15%) × (1 − 10%) − 1 = 3.5%
    text = ("The direct rate for this model is $4.00 per million input tokens and Bedrock charges $4.60. "
            "10% EA. list markup and effective markup?")
    reply = reply_text(text)
    assert "*15%*" in reply and "*3.5%*" in reply, reply


def test_a_hyperscaler_below_direct_is_worded_as_below_never_one_plus_a_negative() -> None:
    # $2.88 ÷ $3.00 − 1 = −4%: the arithmetic shows (1 − 4%), never (1 + -4%)
    reply = reply_text("direct $3/M, azure charges $2.88/M for the same model, EA 5%. list and effective markup?")
    assert "1 + -" not in reply, reply
    assert "the hyperscaler lists 4% below direct" in reply and "(1 − 4%) × (1 − 5%) − 1" in reply, reply


def test_a_caching_loss_is_worded_on_the_net_line() -> None:
    # 2 hits × $0.0216 − 18 writes × $0.024 = −$0.3888 a day
    reply = reply_text("8k prefix, $3 in $0.30 read $6 write, 20 calls a day at 10% hits. net a day?")
    assert "-$11.83 a month, a loss" in reply and "*Caching loses money here:*" in reply, reply


def test_a_net_of_a_dollar_or_more_is_in_cents_and_its_month_marked_approximate() -> None:
    # 11,999 hits × $0.108 − 1 write × $0.03 = $1,295.862 a day, shown $1,295.86; its month $39,415.80
    reply = reply_text("8k prefix on opus, 15 in 1.50 cache read, 500 calls/hr. savings per hr?")
    assert "= *$1,295.86 a day*; × 730 h ÷ 24 h ≈ $39,415.80 a month" in reply, reply
    assert "$1,295.862" not in reply
