"""Forms the first blind asks of Round 42 showed read wrong or not at all, in our own sentences: a price said as a
bare fraction of a dollar ("quarter of a buck"); a month's volume counted in prompts; one unit's on-demand worth said
a clause after the unit; caching "on" a document with a word or two before its noun."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import parse
from tests.support.replies import reply_text


def test_a_bare_fraction_of_a_dollar_is_that_share_of_one_dollar() -> None:
    # never "$1": a quarter of a buck is $0.25, a third of a dollar $0.33...
    assert parse("5k token prompt, $3 per mil in, cache reads quarter of a buck per mil. 2k calls a day, "
                 "savings?").fields.cache_read_rate == Decimal("0.25")
    assert parse("input $2/M and cached reads tenth of a dollar per M, 4k prefix, 1k calls/day, "
                 "worth it?").fields.cache_read_rate == Decimal("0.1")


def test_a_volume_counted_in_prompts() -> None:
    # 1.5M prompts a month all hitting an 8k prefix at ($2.50 − $0.25)/M: $27,000.00 a month
    reply = reply_text("8k token policy doc in front of every prompt, 1.5M prompts a month, $2.50/M in, cached reads "
                       "$0.25/M. all hits, ignore writes. saving a month?")
    assert "$27,000.00" in reply
    assert parse("we send about 40k prompts a day, 2k in and 300 out, at $1/M in and $4/M out. daily cost?"
                 ).fields.calls_per_day == Decimal(40_000)


def test_one_units_on_demand_worth_said_a_clause_after_the_unit() -> None:
    # 4 units × $4.00 = $16.00 an hour on-demand against 4 × $2.75 = $11.00 provisioned: break-even at 68.75%
    reply = reply_text("4 units at $2.75 per unit-hour around the clock. Each unit, fully loaded, serves traffic that "
                       "would cost about $4.00 an hour at on-demand per-token rates. Break-even utilization?")
    assert "68.75%" in reply
    assert "$16.00 an hour" in reply  # all four units' traffic at on-demand rates


def test_caching_on_a_document_named_after_a_word_or_two() -> None:
    # 32,000 × ($1.25 − $0.3125)/M = $0.03 a read; 1,500 reads a day: $45.00
    ask = parse("explicit context caching on a 32,000-token corpus summary, ~1,500 queries a day read it. input "
                "$1.25/M, cached input $0.3125/M. daily savings?")
    assert ask.fields.prefix_tokens == Decimal(32_000)
    assert ask.fields.output_tokens_per_call is None
    # 12,500 × ($2 − $0.20)/M = $0.0225 a hit; 2,000 hits a day: $45.00
    assert "$45.00" in reply_text("we cache the 12,500-token product knowledge base; 2,000 calls a day at $2/M input, "
                                  "cache reads $0.20/M. every call hits. saving a day?")


def test_a_direct_spend_without_its_dollar_sign_before_the_route() -> None:
    # $250,000 a year direct × 1.35 × 0.8 = $270,000.00 a year on the cloud
    reply = reply_text("bedrock is 35pct above direct api list and the EA takes a fifth off all aws spend. what does "
                       "250k a year direct turn into on bedrock")
    assert "$270,000.00" in reply


def test_what_on_demand_would_be_for_the_units_traffic_over_the_month_set_out() -> None:
    # 6 × $2.40 × 720 h = $10,368.00 against $12,000 on-demand: $1,632.00 a month less
    reply = reply_text("6 provisioned units @ $2.40 per unit hr, 30 day month. on demand for the same tokens those "
                       "units push thru would be 12k flat. what does the commit cost & how much do they save")
    assert "$1,632.00" in reply
    # an amount in thousands said "flat" is a bill, never a fee for each call
    assert parse("on demand for the same tokens would be $12k flat. 6 units at $2.40 per unit-hour, 30 day month. "
                 "saving?").fields.per_call_fee is None


def test_a_value_columns_header_names_the_period_of_its_values() -> None:
    # 42M × $0.15 + 7.5M × $0.60 = $10.80 a business day; × 22 = $237.60
    for sheet in ("metric\tper business day\ninput tokens\t42M\noutput tokens\t7.5M",
                  "| metric | per business day |\n|---|---|\n| input tokens | 42M |\n| output tokens | 7.5M |",
                  "metric,per business day\ninput tokens,42M\noutput tokens,7.5M",
                  "item      daily\ninput tokens      42M\noutput tokens      7.5M"):
        reply = reply_text(f"{sheet}\nModel is $0.15/M in and $0.60/M out. monthly number at 22 business days?")
        assert "$237.60" in reply, sheet


def test_writes_among_a_numbered_weeks_calls() -> None:
    # 840 hits × 12,000 × ($15 − $1.50)/1M = $136.08, less 60 writes × 12,000 × $3.75/1M = $2.70: $133.38 a week
    reply = reply_text("billing export for the agent, week 37. 900 calls, 60 of them were cache writes and the rest "
                       "were cache hits. every call carries the same 12,000-token cached prefix.\n"
                       "input $15/MTok | cache read $1.50/MTok | cache write $18.75/MTok\nnet saving for the week?")
    assert "$133.38" in reply
