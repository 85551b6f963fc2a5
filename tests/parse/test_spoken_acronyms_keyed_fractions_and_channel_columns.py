"""Batch 85's classes, in sentences of our own: acronyms spelt out by voice-to-text ("pee tee you"); "what's X about,
short version"; a unit's throughput keyed per hour, with a unit-hour price at the end of the line above; shares keyed
as fractions of one; sheet comments after a keyed value; working days keyed; "two calls a minute"; columns named by
channel and side; "parity with direct"; "how deep would their discount have to be"; calls "over that day"; one day's
logs."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(("text", "title"), [
    ("whats a pee tee you again, the cust keeps saying it", "PTU"),
    ("what's a tee tee ell on a cache, quick", "TTL"),
])
def test_an_acronym_spelt_out_by_voice_is_its_entry(text: str, title: str) -> None:
    assert parse(text).intent == "glossary"
    assert title in reply_text(text)


def test_what_a_term_is_about_in_short_is_its_entry() -> None:
    assert parse("cfo asking what the hyperscaler markup is about, short version pls").intent == "glossary"


def test_a_units_hourly_throughput_keyed_below_a_unit_hour_price() -> None:
    text = ("console:\n```\nProvisioned deployment   units: 2   price: $10.00/unit-hour\n"
            "Throughput per unit at full use: 5M tokens/hour\nOn-demand blended rate: $3.00/MTok\n"
            "Forecast utilization: 50%\n```\nmonthly commit vs on-demand for the tokens we'd push?")
    fields = parse(text).fields
    assert fields.tokens_per_hour_per_unit == 5_000_000 and fields.units == 2 and fields.tokens_per_day is None
    # 2 × $10 × 730 h = $14,600.00; 2 × 5M × 730 × 50% = 3,650M tokens × $3/1M = $10,950.00
    assert_figures(text, ["$14,600.00", "$10,950.00"])


def test_shares_keyed_as_fractions_of_one() -> None:
    text = ("worksheet:\nptu_discount_vs_paygo = 0.3\nexpected_sustained_util = 0.6\n"
            "break-even, and the multiple at 60%?")
    fields = parse(text).fields
    assert fields.discount == Decimal("0.3") and fields.utilization == [Decimal("0.6")]
    assert_figures(text, ["70%", "1.1667×"])  # 1 − 30%; 0.7 ÷ 0.6


def test_a_comment_after_a_keyed_value_and_working_days_keyed() -> None:
    text = ("calls_per_business_day = 10k\navg_input_tokens = 1,000\navg_output_tokens = 200\n"
            "input_rate = 2   # $/MTok\noutput_rate = 8   # $/MTok\nbusiness_days = 21\n"
            "monthly number, in and out apart?")
    fields = parse(text).fields
    assert fields.input_rate == 2 and fields.output_rate == 8 and fields.days_per_month == 21
    assert_figures(text, ["$420.00", "$336.00", "$756.00"])  # 10k × 21 × (1,000 × $2; 200 × $8)/1M


def test_calls_a_minute_in_words() -> None:
    fields = parse("random arrivals, about three calls a minute, 9-5 (8 h), 5-min ttl, 4k prefix, $3 in, $0.30 read. "
                   "net per day?").fields
    assert fields.calls_per_day == 1_440  # 3 a minute over 480 minutes


def test_columns_named_by_channel_and_side() -> None:
    text = "model\tdirect $/MTok in\tVertex $/MTok in\nm-small\t2.00\t2.50\nEA takes 10% off Vertex. markups?"
    assert_figures(text, ["25%", "12.5%"])  # 2.5 ÷ 2 − 1; 1.25 × 0.9 − 1


def test_how_deep_a_discount_for_parity_with_direct() -> None:
    text = ("Vertex lists it at a fifth above direct; their agreement gives 5% off. effective markup, and how deep "
            "would their discount have to be to get to parity with direct?")
    assert_figures(text, ["14%", "16.67%"])  # 1.2 × 0.95 − 1; 1 − 1 ÷ 1.2


def test_calls_over_that_day() -> None:
    fields = parse("they'd keep the cache alive for a 9-hour working day and make about two thousand calls over that "
                   "day. 50k prefix, $1 in, $0.25 cached. saving a day?").fields
    assert fields.calls_per_day == 2_000


def test_one_days_logs_are_a_days_counts() -> None:
    fields = parse("prefix 2k, $3 in, $0.30 reads, $3.75 writes. yesterday's logs show 9,000 cache hits and 200 cache "
                   "writes. net for the day?").fields
    assert fields.calls_per_day == 9_200 and fields.writes_per_day == 200
