"""Forms the first blind asks of Round 41 showed read wrong or not at all, in our own sentences and layouts: columns
and keys counted per business day ("_per_bday"); a month's volume beside the month's working days; "N of those
calls" a day; a call's input told part by part, then its total; number words apart before "-token"; a direct price
keyed "direct api"; a hyperscaler's "on-demand" price beside it; an amount a month that is never an output rate;
camel-case export columns; keyed and past on-demand bills; a blended rate that "would've been"."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import parse
from tests.support.replies import reply_text


def test_a_sheets_columns_counted_per_business_day() -> None:
    # a business day: 20M × $1 + 2M × $5 = $30; 21 such days = $630 (never $30 spread over 730 h)
    reply = reply_text("team,in_tok_per_bday,out_tok_per_bday,in_usd_per_MTok,out_usd_per_MTok\n"
                       "support,20M,2M,1.00,5.00\n\nweekdays only, 21 a month. monthly cost?")
    assert "$630.00" in reply


def test_keys_counted_per_business_day() -> None:
    reply = reply_text("in_tok_per_bday: 20M\nout_tok_per_bday: 2M\nin_usd_per_MTok: 1.00\nout_usd_per_MTok: 5.00\n"
                       "21 bdays a month. monthly cost?")
    assert "$630.00" in reply


def test_a_months_volume_beside_the_months_working_days_is_that_month() -> None:
    # 20M × $1 + 2M × $5 = $30 for the month the volume names; never $30 × 24 ÷ 730 × 21 = $20.71
    reply = reply_text("20M input tokens a month and 2M output a month at $1/M in and $5/M out; they work 21 business "
                       "days a month. monthly bill?")
    assert "$30.00" in reply and "$20.71" not in reply


def test_n_of_those_calls_a_day() -> None:
    # 50,000 × (2,000 × $1 + 500 × $5)/1M = $225 a day
    reply = reply_text("each call sends 2,000 input tokens and gets 500 back, and they make 50,000 of those calls "
                       "per day. $1/M in, $5/M out. daily cost?")
    assert "$225.00" in reply


def test_a_calls_input_told_part_by_part_then_its_total() -> None:
    # the parts (4 × 500 + 800 + 200) add up to the 3,000 said after them: 3,000 input tokens per call
    ask = parse("each request carries 4 retrieved passages of ~500 tokens, an 800-token system prompt and about 200 "
                "tokens of user text, so roughly 3,000 input tokens per request; replies are 300 tokens. $2/M in, "
                "$8/M out, 10k requests a day. daily cost?")
    assert ask.fields.input_tokens_per_call == Decimal(3000)
    assert reply_text("each request carries 4 retrieved passages of ~500 tokens, an 800-token system prompt and about "
                      "200 tokens of user text, so roughly 3,000 input tokens per request; replies are 300 tokens. "
                      "$2/M in, $8/M out, 10k requests a day. daily cost?").count("$84.00") >= 1


def test_parts_that_do_not_add_up_to_the_total_are_left_as_they_were() -> None:
    # (a guard: it passed before the parts were read) 2 × 500 + 800 = 1,800, not the 5,000 said after them: nothing
    # is taken out
    ask = parse("2 passages of 500 tokens plus an 800-token system prompt, so 5,000 input tokens per call")
    assert "passages" in ask.text and ask.fields.input_tokens_per_call != Decimal(1800)


def test_number_words_apart_before_token() -> None:
    # a six thousand-token prefix is 6,000 tokens (never "6 1000-token", read as a 1,000-token prefix)
    ask = parse("the system prompt is a six thousand-token prefix; input $3/M, cache reads $0.30/M, writes $3.75/M. "
                "saving per hit?")
    assert ask.fields.prefix_tokens == Decimal(6000)


def test_a_direct_price_keyed_direct_api_beside_a_hyperscalers_on_demand_price() -> None:
    # list markup $2.60 ÷ $2.00 − 1 = 30%; with a 10% EA: 1.3 × 0.9 − 1 = 17%
    reply = reply_text("per MTok input, same model:\ndirect api: $2.00\nvertex on-demand: $2.60\nEA discount: 10%\n"
                       "list and effective markup?")
    assert "30%" in reply and "17%" in reply


def test_an_amount_a_month_is_never_an_output_rate() -> None:
    ask = parse("8 units at $10 per unit-hour all month, or stay as they are: their tokens price out at $60,000 a "
                "month at list. cheaper?")
    assert ask.fields.output_rate is None


def test_camel_case_export_columns() -> None:
    # 2 × $20 × 720 h = $28,800
    reply = reply_text("Export (30-day month):\nDeploymentId,ModelUnits,RatePerUnitHour,Hours\ndep-7,2,20.00,720\n"
                       "what did the commitment cost?")
    assert "$28,800.00" in reply


def test_an_on_demand_bill_keyed_after_its_period_and_said_in_prose() -> None:
    # 2 × $5 × 730 = $7,300 against $9,000 on-demand: $1,700 a month less
    keyed = reply_text("2 units at $5 per unit-hour, all month.\nlast month's bill for the same traffic on payg: "
                       "$9,000\nsaving?")
    prose = reply_text("2 units at $5 per unit-hour, all month. They showed me last month's bill for this traffic on "
                       "pay-as-you-go: $9,000. saving?")
    assert "$1,700.00" in keyed and "$1,700.00" in prose


def test_direct_spends_keyed_with_whom_and_over_twelve_months() -> None:
    ask = parse("direct Anthropic spend (trailing 12 mo): $240,000\nBedrock list premium over direct: 20%\nEA 5%\n"
                "the year through Bedrock?")
    assert (ask.fields.direct_spend, ask.fields.spend_period) == (Decimal(240_000), "year")
    baseline = parse("Direct API baseline (annual): $100,000\nVertex list vs direct: +20%\nEA 10%\nannual on Vertex?")
    assert (baseline.fields.direct_spend, baseline.fields.spend_period) == (Decimal(100_000), "year")


def test_a_blended_rate_that_would_have_been() -> None:
    # 2bn tokens × $5 blended = $10,000 on-demand for the month
    reply = reply_text("2 units at $6 per unit-hour, 730 hours. they pushed 2bn tokens that month; on-demand blended "
                       "would've been $5 per M. did the units win?")
    assert "$10,000.00" in reply


def test_business_misspelt() -> None:
    # 500k × $1 + 100k × $5 = $1.00 a business day; 20 such days = $20
    reply = reply_text("they push 500k input and 100k output tokens per buisness day, 20 bussiness days a month, "
                       "$1/M in, $5/M out. monthly?")
    assert "$20.00" in reply


def test_calls_that_end_up_writing_the_cache() -> None:
    # 5,000 calls, 25 write: 4,975 hits × 4,000 × ($2 − $0.20)/1M = $35.82 less 25 × 4,000 × $0.50/1M = $0.05
    reply = reply_text("4,000-token prefix, $2/M input, reads $0.20/M, writes $2.50/M. 5,000 calls a day and of those "
                       "25 end up writing the cache. net saving a day?")
    assert "$35.77" in reply


def test_a_reports_heading_names_the_span_of_its_counts() -> None:
    # 100,000 calls that week, 90% hits: 90,000 × 1,000 × ($4 − $2)/1M = $180 (writes billed at input: no premium)
    reply = reply_text("weekly usage report (writes billed at the normal input rate)\ncalls ........ 100,000\n"
                       "cache hit rate ... 90%\ncached prefix .... 1,000 tokens\ninput ..... $4.00/MTok\n"
                       "cached input ..... $2.00/MTok\nsaving per hit and the week's total?")
    assert "$180.00" in reply


def test_an_exports_cache_read_hits_over_the_day_it_names() -> None:
    # 9,000 hits × 2,000 × ($3 − $0.30)/1M = $48.60, less 50 writes × 2,000 × $0.75/1M = $0.075: $48.53 a day
    reply = reply_text("== cache stats, Wed (one day) ==\ncached prefix  2,000 tokens\nbase input rate  $3.00 / MTok\n"
                       "cache write rate  $3.75 / MTok\ncache read rate  $0.30 / MTok\ncache_read hits  9,000\n"
                       "cache writes  50\n==\nnet for that day?")
    assert "$48.53" in reply


def test_each_side_of_a_calls_size_keyed_per_call() -> None:
    # input 2,500 and output 400 tokens per call, never the other way round
    ask = parse("assumptions\navg input / call ...... 2.5k tokens\navg output / call ..... 400 tokens\n"
                "input price ...... $1 per million\noutput price ..... $5 per million\ncalls ...... 10,000 a day\n"
                "daily cost?")
    assert (ask.fields.input_tokens_per_call, ask.fields.output_tokens_per_call) == (Decimal(2500), Decimal(400))
