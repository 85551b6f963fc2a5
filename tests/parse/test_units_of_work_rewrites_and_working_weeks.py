"""Forms the fifth round of blind asks in Round 40 showed read wrong, in our own sentences: business days shortened to
"bdays"; a unit of work that "kicks off" or "averages" its model calls; a cache "rewritten once an hour"; a week's
volume on the days of the week the traffic runs; a per-call price weighed "instead of tokens"."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import parse
from tests.support.replies import reply_text


def test_business_days_shortened() -> None:
    ask = parse("10k calls per business day, 21 bdays a month, 1k in / 100 out at $1/$4 per M. monthly?")
    assert ask.fields.days_per_month == Decimal(21)


def test_a_unit_of_work_that_kicks_off_or_averages_its_calls() -> None:
    # 500 jobs × 10 calls = 5,000 calls a week, never 500
    for said in ('One "job" kicks off 10 model calls', "one job averages 10 model calls"):
        ask = parse(f"{said}, each about 2k tokens in and 300 out. They run 500 jobs a week. $2/M in, $8/M out. "
                    "weekly spend?")
        assert ask.fields.calls_per_day is not None and round(ask.fields.calls_per_day * 7) == 5000, said


def test_a_cache_rewritten_once_an_interval() -> None:
    # 10 writes over a 10-hour day, not one
    assert "10 writes" in reply_text("8k prefix, $3/M input, $0.30 hits, $3.75 writes. 2,000 hits a day and the entry "
                                     "gets rewritten about once an hour over a 10 hr day. net a day?")
    # so many writes a minute stay a count, never one write a minute
    ask = parse("8k prefix, $3/M input, $0.30 hits, $3.75 writes; 3 writes a minute, 9,000 calls an hour. net?")
    assert ask.fields.writes_per_day == Decimal(3 * 60 * 24)


def test_a_weeks_volume_over_the_days_the_traffic_runs() -> None:
    # 10,000 calls a week over 5 days: the week's figures hold 10,000 calls, not 10,000 × 5 ÷ 7
    reply = reply_text("5k prefix, input $2/M, cached reads $0.20/M, writes $2.50/M. 10,000 calls a week over a "
                       "ten-hour day, five days a week; about 50 of those calls are cache writes. weekly net?")
    assert "Per week of 5 days the traffic runs (10,000 calls" in reply


def test_a_per_call_price_weighed_instead_of_tokens() -> None:
    ask = parse("they want a flat per call price instead of tokens. calls are 500 in 100 out at $1/$4 per mil, "
                "2M calls a month. is flat per call cheaper?")
    assert ask.intent.value == "per_call"
    assert "per_call_fee" in {a.field for a in ask.ambiguities} or ask.fields.per_call_fee is None


def test_a_direct_spends_period_beside_its_price_kind_in_brackets() -> None:
    ask = parse("proposal:\nDirect API (annual, list): $300,000\nAzure list premium: 20%\nEA discount on Azure: 10%\n"
                "what does the Azure route come to for the year?")
    assert (ask.fields.direct_spend, ask.fields.spend_period) == (Decimal(300_000), "year")


def test_hits_expected_of_those_calls() -> None:
    # the other 1,000 of the week's calls are the misses, each a write
    ask = parse("8k prefix, input $2/M, cached $1/M. ~20k calls a week and we expect 19,000 of those to hit the cache. "
                "weekly saving?")
    assert ask.fields.writes_per_day is not None and round(ask.fields.writes_per_day * 7) == 1000


def test_a_sheets_side_and_cache_labels_name_no_models() -> None:
    # (a guard: "gpt-4o input" and "gpt-4o cached input" were asked about as two models; a label naming no known model
    # never was)
    ask = parse("sku,unit,rate\nmodel-x input,1M tokens,$2.00\nmodel-x cached input,1M tokens,$0.50\n5k prefix, 10k "
                "calls a day, 90% hit. daily saving?")
    assert (ask.fields.input_rate, ask.fields.cache_read_rate) == (Decimal(2), Decimal("0.5"))
    assert not any(a.field == "model" for a in ask.ambiguities)


def test_a_routes_side_price_keyed() -> None:
    ask = parse("direct_api_input_rate: $2.00 / 1M tokens\nbedrock_us_input_rate: $2.50 / 1M tokens\nea: 10%\n"
                "list markup and effective markup?")
    assert (ask.fields.direct_rate, ask.fields.input_rate) == (Decimal(2), Decimal("2.5"))


def test_a_tab_price_sheet_with_side_units_and_cents() -> None:
    ask = parse("vendor\tunit\tprice\nAcme summarize\tper call\t0.9¢\nDirect LLM\tinput per 1M tokens\t$1.00\n"
                "Direct LLM\toutput per 1M tokens\t$4.00\ncalls are 3,000 in and 500 out. cheaper per call?")
    assert (ask.fields.per_call_fee, ask.fields.input_rate, ask.fields.output_rate) == (
        Decimal("0.009"), Decimal(1), Decimal(4))


def test_a_csv_rows_trailing_note_and_prices_keyed_per_million() -> None:
    ask = parse("metric,value\ncalls_per_business_day,4000\ncache_writes_per_business_day,10   # included in the 4000\n"
                "prefix_tokens,2000\ninput_per_1M,$3.00\ncache_read_per_1M,$0.30\nnet a business day?")
    assert (ask.fields.writes_per_day, ask.fields.input_rate, ask.fields.cache_read_rate) == (
        Decimal(10), Decimal(3), Decimal("0.3"))


def test_an_on_demand_quote_that_came_in_at_a_bare_amount() -> None:
    ask = parse("2 provisioned units at $20 per unit hour, 24/7 for a 30 day month. on demand quote for the same "
                "tokens came in at 35k/mo. saving?")
    assert (ask.fields.on_demand_spend, ask.fields.spend_period) == (Decimal(35_000), "month")



def test_a_route_then_side_price_line_is_the_hyperscalers_only_beside_one() -> None:
    # with no hyperscaler named, "direct ... input $2.50/M" is the per-token price itself (a guard)
    ask = parse("flat 1.2 cents per call vs our list:\ndirect\tinput\t$2.50/M\ndirect\toutput\t$10/M\ncalls 1,000 in "
                "200 out. cheaper?")
    assert (ask.fields.input_rate, ask.fields.output_rate, ask.fields.direct_rate) == (
        Decimal("2.5"), Decimal(10), None)
