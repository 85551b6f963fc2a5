"""Bills and keyed sheets: an invoice line with its thousands ("$18,400.00") is no CSV row, "(direct)" names the
direct spend and a month's name heading a bill is its period; "$/unit-hr: 2.75", "hrs/yr: 8,760" and "hits/day: 25k"
as keyed lines; a CSV header after a lead-in ("cols: ..."); a three-decimal price per million ("3.125 a mil");
prices said "a mil"; the other side's price said bare after one side's rate; "4 to 1 in vs out"; "3x the pilot
size"; an effective markup wanted and the EA discount it takes; and a meaning asked of a term whose figure was said
("cache TTL is 5 minutes, what does that mean for us?"), while "25% list, 18% EA, what is it really?" asks the
figure. Our own sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import Intent, parse
from tests.support.replies import reply_text


def test_an_invoice_line_of_direct_usage_in_a_named_month() -> None:
    text = ("INVOICE - direct API, March\n  usage (direct) ........ $12,500.00\n"
            "moving to Bedrock: list 20% over direct, their EA takes 10% off. what would March cost there?")
    fields = parse(text).fields
    assert fields.direct_spend == Decimal(12500)
    assert "$13,500.00" in reply_text(text)  # 12,500 × 1.2 × 0.9


def test_keyed_lines_of_a_price_per_unit_hour_and_hours_a_year() -> None:
    text = ("units: 2\n$/unit-hr: 10\nhrs/yr: 8,760\ntokens those units serve in a year: 10bn input, 1bn output\n"
            "on-demand rates: $2/M input, $8/M output\ncommitment vs on-demand?")
    fields = parse(text).fields
    assert (fields.units, fields.unit_hour_price) == (Decimal(2), Decimal(10))
    reply = reply_text(text)
    assert "$175,200.00" in reply and "$28,000.00" in reply  # 2 × $10 × 8,760; 10,000 × $2 + 1,000 × $8


def test_hits_and_writes_a_day_as_keyed_lines_make_the_calls() -> None:
    text = "prefix: 2,000 tokens\ninput $2/M, cached $0.20/M, write $2.50/M\nhits/day: 9k\nwrites/day: 1k\nnet a day?"
    assert parse(text).fields.calls_per_day == Decimal(10000)


def test_a_csv_header_after_a_lead_in() -> None:
    text = "daily model, cols: calls_day,hit_rate,prefix_tok,in_$/M,read_$/M\n10000,90%,2000,3.00,0.30\nnet a day?"
    fields = parse(text).fields
    assert (fields.prefix_tokens, fields.input_rate, fields.cache_read_rate) == (Decimal(2000), Decimal(3),
                                                                                Decimal("0.3"))


@pytest.mark.parametrize(
    "text",
    [
        "2k prefix input 1.50 a mil cache write 1.875 a mil read .15 a mil 300k calls a month 90% hits. net?",
        "2k prefix, input 1.50 per mil, write 1.875 per mil, read 0.15 per mil, 300k calls a month, 90% hit rate",
    ],
)
def test_prices_said_a_mil_and_three_decimals_per_million(text: str) -> None:
    fields = parse(text).fields
    assert (fields.input_rate, fields.cache_write_rate, fields.cache_read_rate) == (
        Decimal("1.5"), Decimal("1.875"), Decimal("0.15"))


def test_the_other_sides_price_said_bare_after_a_rate_per_million() -> None:
    fields = parse("200M input a month plus 40M output input is 0.80 per mil output 3.20 whats monthly").fields
    assert (fields.input_rate, fields.output_rate) == (Decimal("0.8"), Decimal("3.2"))


def test_a_mix_said_in_vs_out() -> None:
    text = "fee is a cent a call, per token is $2 in $6 out per mil, traffic runs 3 to 1 in vs out. crossover size?"
    assert parse(text).fields.input_share == Decimal("0.75")
    assert "3,333" in reply_text(text)  # $0.01 ÷ $3/M


def test_calls_a_multiple_of_the_pilot_size() -> None:
    text = ("pilot calls are 1,000 in + 250 out, fee 1 cent a call, $2/M in and $8/M out. what if prompts run 4x the "
            "pilot size?")
    assert "4× larger" in reply_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bedrock list markup 25%. target is no more than 5% effective after their EA. what EA discount gets there?",
        "list is 25% over direct. what EA discount for the effective markup to land at 5%?",
    ],
)
def test_the_ea_discount_for_an_effective_markup_wanted(text: str) -> None:
    assert "16%" in reply_text(text)  # 1 − 1.05 ÷ 1.25


def test_a_meaning_asked_of_a_term_whose_figure_was_said() -> None:
    ask = parse("the docs say the cache TTL is 5 minutes, what does that mean for our bill?")
    assert ask.intent is Intent.GLOSSARY and ask.fields.term == "ttl"


def test_a_figure_asked_with_it_stays_the_figure() -> None:
    assert parse("w/ 30% list and 10% EA what is it really").intent is Intent.MARKUP
