"""Forms the fourth and fifth rounds of blind asks showed read wrong or not at all, in our own sentences: bare prices
"5 in 15 out (per M)"; "a penny and a half per call"; "tokens of input"; calls that "read from" the cache; a
direct-API budget; a price said "normally"; a meaning asked after a pasted portal block; storage named with the writes
over a week; an hourly rate keyed per unit; a column priced per unit-hour in its name; the term after "explain what";
a list delta over direct."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import parse
from tests.support.replies import reply_text


def test_bare_prices_with_their_unit_after_them() -> None:
    ask = parse("vendor wants 2 cents/call flat. per token it'd be 4 in 12 out (per M). typical call 1k in 300 out. "
                "per token cost of one call?")
    assert (ask.fields.input_rate, ask.fields.output_rate) == (Decimal(4), Decimal(12))


def test_a_penny_and_a_half_per_call() -> None:
    assert parse("vendor pitches a flat penny and a half per call; calls are 2k in / 500 out at $1/$4 per M"
                 ).fields.per_call_fee == Decimal("0.015")
    assert parse("a penny per call flat, 2k in / 500 out at $1/$4 per M").fields.per_call_fee == Decimal("0.01")


def test_tokens_of_input_are_the_input_side() -> None:
    ask = parse("Each ticket is ~1,200 tokens of input and the label that comes back is about 10 tokens. $2/M in, $8/M "
                "out. per ticket?")
    assert (ask.fields.input_tokens_per_call, ask.fields.output_tokens_per_call) == (Decimal(1200), Decimal(10))


def test_calls_that_read_from_the_cache_are_its_hits() -> None:
    # the first call writes (at the input rate: no premium), 399 read: 399 × 100,000 × ($1.25 − $0.25)/1M = $39.90,
    # less storage 0.1M × $4.50 × 8 h = $3.60: $36.30
    reply = reply_text("100,000-token library as an explicit context cache kept alive eight hours each business day. "
                       "Input $1.25 per million, cached reads $0.25 per million, storage $4.50 per million tokens per "
                       "hour. The first call of the day writes the cache at the normal input rate, and the remaining "
                       "399 calls that day read from it. net per day?")
    assert "*$36.30 a day*" in reply


def test_a_direct_api_budget_is_the_direct_spend() -> None:
    ask = parse("Bedrock lists 20% above direct, their EA takes 10% off. Their direct-API budget would be $500k per "
                "year. effective markup and the annual cost through Bedrock?")
    assert (ask.fields.direct_spend, ask.fields.spend_period) == (Decimal(500_000), "year")


def test_a_price_said_normally_is_the_input_rate() -> None:
    ask = parse("On OpenAI cached input bills at $1.25 per million versus $2.50 normally. 2,000-token prefix, 100k "
                "requests a week, all hit. weekly saving?")
    assert (ask.fields.input_rate, ask.fields.cache_read_rate) == (Decimal("2.5"), Decimal("1.25"))


def test_a_meaning_asked_after_a_pasted_block() -> None:
    ask = parse("customer pasted this from their portal and asked what it means:\n  Deployment: prod\n  SKU: "
                "ProvisionedManaged\n  Capacity: 30 PTU\nwhat's a PTU, in plain terms I can say back to them?")
    assert ask.intent.value == "glossary"


def test_a_figure_asked_after_a_pasted_block_is_no_meaning() -> None:
    ask = parse("| param | value |\n|---|---|\n| cached prefix | 4,000 tok |\n| input | $3.00 / MTok |\n"
                "| cache read | $0.30 / MTok |\n| calls / day | 10k |\ntreat every miss as a write. what's a single "
                "hit worth, and the net per day?")
    assert ask.intent.value == "caching"


def test_storage_is_named_with_the_writes_over_a_week() -> None:
    reply = reply_text("100,000-token library as an explicit context cache kept alive eight hours each business day. "
                       "Input $1.25 per million, cached reads $0.25 per million, storage $4.50 per million tokens per "
                       "hour. The first call of the day writes the cache at the normal input rate, and the remaining "
                       "399 calls that day read from it. net per day and over a five-day week?")
    assert "writes and storage cost" in reply


def test_an_hourly_rate_keyed_per_unit() -> None:
    ask = parse("resource: bedrock-pt/prod\nmodel_units: 3\nhourly_rate_per_unit: 8.50 USD\nbilling: per unit-hour, "
                "24x7\non-demand last month for the same traffic: 1bn input tokens @ $5/M and 300M output @ $15/M. "
                "compare?")
    assert (ask.fields.units, ask.fields.unit_hour_price) == (Decimal(3), Decimal("8.5"))
    assert ask.intent.value == "break_even"


def test_a_column_priced_per_unit_hour_in_its_name() -> None:
    # 5 × $12 × 168 h = $10,080.00 a week
    reply = reply_text("console export\n\nResource\tUnits\tRate ($/unit-hr)\tHours\nMU-commit\t5\t12.00\t168 (one "
                       "week, 24x7)\n\nsame traffic on-demand for that week: 1bn input tokens @ $3/M and 200M output @ "
                       "$15/M. is the weekly commitment more or less than on-demand?")
    assert "*$10,080.00* a week" in reply


def test_the_term_after_explain_what_is_the_one_asked() -> None:
    ask = parse('The architect wrote: "We\'d rather reserve PTUs than stay on pay-as-you-go." Could someone explain '
                "what a PTU actually is, in plain English?")
    assert ask.fields.term == "ptu"


def test_a_list_delta_over_direct_is_the_markup() -> None:
    ask = parse('Azure list delta vs direct API: +20%\nEA discount on Azure consumption: 10%\nprocurement keeps saying '
                '"we\'re paying 20% more for azure". what markup do they actually pay after the EA?')
    assert (ask.fields.markup, ask.fields.ea_discount) == (Decimal("0.2"), Decimal("0.1"))
