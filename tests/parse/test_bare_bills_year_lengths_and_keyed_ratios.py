"""Forms the second blind asks of Round 41 showed read wrong or not at all, in our own sentences and layouts: an
on-demand bill typed without its dollar sign; a year counted in weeks ("52 wks") or days ("at 365 days"); a
"field | value" table's rows; a price keyed "input_per_1M"; a ratio keyed with where it came from in brackets; a
figure asked "so the AE can explain it"."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import Intent, parse
from tests.support.replies import reply_text


def test_an_on_demand_bill_typed_without_its_dollar_sign() -> None:
    # 2 × $3 × 730 = $4,380 against $5,000 on-demand: $620 a month less
    short = parse("2 ptus @ $3 a unit hour all month. on demand for the same tokens theyd pay about 5k/mo. worth it?")
    assert (short.fields.on_demand_spend, short.fields.calls_per_day) == (Decimal(5000), None)
    reply = reply_text("2 ptus @ $3/hr ea all month. their on-demand bill for the same tokens runs 5,000 a month. "
                       "savings?")
    assert "$620.00" in reply


def test_a_year_counted_in_weeks_or_days() -> None:
    # $10 a day: 52 weeks of 7 days = $3,640; 365 days = $3,650
    weeks = reply_text("about 7M input tokens a week at $10/M input and nothing out. weekly cost and per yr (52 wks)?")
    days = reply_text("1M input tokens a day at $10/M, no output. what does the yr look like at 365 days?")
    assert "$3,640.00" in weeks and "52 wks" not in weeks.split("Not used")[-1]
    assert "$3,650.00" in days


def test_a_field_value_tables_rows_are_keys_and_values() -> None:
    # 10,000 calls × 90% hits × 2,000 × ($2 − $0.20)/1M = $32.40; 1,000 writes × 2,000 × $0.50/1M = $1.00: $31.40
    reply = reply_text("field | value\nprefix (instructions + examples) | 2,000 tok\ninput | $2.00 / MTok\n"
                       "cache write | $2.50 / MTok\ncache read | $0.20 / MTok\ncalls/day | 10k\n"
                       "hit rate | 90% (every miss writes)\nnet a day?")
    assert "$31.40" in reply


def test_a_price_keyed_with_its_unit_per_1m() -> None:
    ask = parse("sheet:\nprefix_tokens\t3000\ninput_per_1M\t4.00\ncached_input_per_1M\t0.40\ncalls_per_day\t1,000\n"
                "saving per hit?")
    assert (ask.fields.input_rate, ask.fields.cache_read_rate) == (Decimal(4), Decimal("0.4"))


def test_a_ratio_keyed_with_where_it_came_from() -> None:
    ask = parse("offer:\nprovisioned discount: 30%\npeak_to_average (from their dashboard, last 60d): ~2x\n"
                "sized for peak, utilization and cost vs on-demand?")
    assert ask.fields.peak_to_average == Decimal(2)


def test_a_figure_asked_so_someone_else_can_explain_it() -> None:
    ask = parse("prefix_tokens: 5000\ninput_rate: $2.00 / MTok\ncache_read_rate: $0.20 / MTok\n"
                "cache_write_rate: $2.50 / MTok\ncalls_per_month: 1M\nhit_rate: 90%\nwhat does caching net them a "
                "month once the misses' writes are counted? want the per-hit saving too so the AE can explain it")
    assert ask.intent is Intent.CACHING
    assert parse("the customer says prompt caching is magic. can you explain it?").intent is Intent.GLOSSARY


def test_a_total_asked_over_a_months_working_days() -> None:
    # 10,000 calls × 80% hits × 2,000 × ($3 − $0.30)/1M = $43.20, less 2,000 writes × 2,000 × $0.75/1M = $3.00:
    # $40.20 a business day, $844.20 over 21
    reply = reply_text("prefix 2k tokens, input $3/M, reads $0.30/M, writes $3.75/M, 10k calls per business day, 80% "
                       "hits (every miss writes). net a day? and over 21 biz days")
    assert "$40.20" in reply and "$844.20" in reply


def test_a_bill_asked_per_week_is_a_quote() -> None:
    ask = parse("a call sends 1,000 tokens and gets 100 back, 20k calls a day. $0.50/M in, $1.50/M out. what's that "
                "per week?")
    assert ask.intent is Intent.QUOTE


def test_a_month_said_to_be_a_flat_number_of_days() -> None:
    # 10M × $1 + 1M × $5 = $15 a day; a 30-day month is $450 (not $456.25 over 730 hours)
    reply = reply_text("model,input_tokens_per_day,output_tokens_per_day,input_usd_per_MTok,output_usd_per_MTok\n"
                       "small,10M,1M,1.00,5.00\ntheir billing month is a flat 30 days. monthly total?")
    assert "$450.00" in reply


def test_a_discount_written_with_a_minus() -> None:
    ask = parse("Azure uplift over direct: +20%\nEA discount on consumption   -10%\neffective markup?")
    assert ask.fields.ea_discount == Decimal("0.1")


def test_a_direct_spend_in_words_without_its_dollar_sign() -> None:
    # 20,000 × 1.2 × 0.9 = $21,600 a quarter
    reply = reply_text("bedrock runs twenty percent over direct and they get ten percent off on aws. if direct is "
                       "twenty K a quarter what do they pay per quarter?")
    assert "$21,600.00" in reply
