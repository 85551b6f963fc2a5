"""Forms the second round of blind asks in Round 40 showed read wrong or not at all, in our own sentences and layouts:
dollars said as "forty two fifty"; a price list's unit in brackets after it; an aligned key whose value is a count; a
usage export's lines named "input_cached"; a sheet of keys each filling one column; a pilot left behind and a
preamble denied."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import parse, read_words
from tests.support.replies import reply_text


def test_dollars_said_as_a_tens_word_its_ones_and_the_cents() -> None:
    # "forty two fifty an hour" is $42.50, never $2.50 beside a stray 40
    ask = parse("two units at forty two fifty an hour each, all month. on-demand for the same tokens is $70k a month. "
                "saving?")
    assert ask.fields.unit_hour_price == Decimal("42.5")
    # a tens word and its ones, with no cents after them, stay one number
    assert "35 an hour" in read_words("3 units at thirty five an hour")


def test_a_price_lists_unit_in_brackets_after_it() -> None:
    ask = parse("Rates: in 2.00 | out 8.00  (USD per 1M tok)\nLoad: in 2M tok/hr | out 500k tok/hr, 24x7\nmonthly?")
    assert (ask.fields.input_rate, ask.fields.output_rate) == (Decimal(2), Decimal(8))


def test_an_aligned_key_whose_value_is_a_count_is_no_header() -> None:
    # both lines are read: the first is no header over the second
    ask = parse("volume per business day\n  input    30M tokens / business day\n  output   5M tokens / business day\n"
                "rates: $2 in / $8 out per million, 20 business days a month. monthly?")
    assert (ask.fields.input_tokens_per_day, ask.fields.output_tokens_per_day) == (Decimal(30_000_000),
                                                                                   Decimal(5_000_000))


def test_a_usage_exports_lines_named_by_side_and_cache() -> None:
    # 600M cached tokens × ($0.50 − $0.125) = $225 over the quarter; reads 75% below the input rate
    reply = reply_text("Q2 usage export:\n\nmodel,line_item,tokens,usd_per_1M\nm1,input_uncached,300000000,0.50\n"
                       "m1,input_cached,600000000,0.125\nm1,output,40000000,2.00\n\nwhat did caching save on the "
                       "cached lines vs full input price?")
    assert "$225.00" in reply
    assert "75% below the input rate" in reply


def test_a_sheet_of_keys_each_filling_one_column() -> None:
    ask = parse("weekly export:\nline_item,qty,unit_price\ncached_prefix_tokens,4000,\ninput,,$2.00/MTok\n"
                "cache_read,,$0.20/MTok\nrequests,10000,\nwhat did caching save this week?")
    assert (ask.fields.prefix_tokens, ask.fields.input_rate, ask.fields.cache_read_rate) == (
        Decimal(4000), Decimal(2), Decimal("0.2"))


def test_a_pilot_left_behind_and_a_preamble_denied() -> None:
    ask = parse("Claims triage, well past pilot now, runs 24/7 and steady. Prompts differ for every case, no big "
                "shared preamble. 35% off for provisioned. which structure?")
    assert "early_stage" not in ask.fields.traits
    assert "repeated_context" not in ask.fields.traits


def test_a_counts_key_with_its_period_in_brackets() -> None:
    for key in ("Requests (last 7 days) ...... ~140k", "Calls (weekly): 140k", "requests (per week): 140k"):
        ask = parse(f"console:\n  Input rate ..... $2.00 / 1M\n  Cached rate .... $0.50 / 1M\n  Prefix ......... "
                    f"1,500 tok\n  {key}\nall of them hit: weekly saving?")
        assert ask.fields.calls_per_day is not None, key
        assert (round(ask.fields.calls_per_day), ask.fields.volume_period) == (20_000, "week"), key


def test_a_period_heading_counts_after_a_lead_in() -> None:
    ask = parse("Numbers from their pilot, all per week: seventy thousand calls, each with the same 2,000-token "
                "preamble. input $2/M, reads $0.20/M, 90% hit. weekly saving?")
    assert ask.fields.calls_per_day is not None
    assert (round(ask.fields.calls_per_day), ask.fields.volume_period) == (10_000, "week")


def test_a_unit_of_work_what_the_doer_does_to_it_said_between() -> None:
    # 7,000 tickets × 4 calls = 28,000 calls a week
    ask = parse("every ticket it handles takes four model calls of ~3k in and 500 out. 7,000 tickets a week at $1/M "
                "in and $5/M out. weekly cost?")
    assert ask.fields.calls_per_day is not None and round(ask.fields.calls_per_day) == 4000
