"""Caching asks (our own sentences, not a scored batch's): cache prices written without a leading zero or a dollar
sign, a write price labelled after its unit, a fixed-lifetime cache created by a call at the input rate, a volume by
the minute over a working day and week, a shortened "system prompt" below the automatic-caching minimum, and
whether caching applies at all asked as a question."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import Intent, parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "read", "write"),
    [
        ("is caching worth it? 3k prefix, 2k calls/day, $2 in / .20 read / 2.50 write, 80% hit", "0.2", "2.5"),
        ("4k prefix, 1k calls a day, $5 input, 0.50 cached, 6.25 writes, 95% hits. net a day?", "0.5", "6.25"),
        ("prefix 2k tokens; $1 input, $.10 cache reads; 10k calls a day, 90% hit", "0.1", None),
    ],
)
def test_cache_prices_without_a_leading_zero_or_a_dollar_sign_are_read(text: str, read: str,
                                                                     write: str | None) -> None:
    ask = parse(text)
    assert ask.intent is Intent.CACHING
    assert ask.fields.cache_read_rate == Decimal(read)
    assert ask.fields.cache_write_rate == (Decimal(write) if write else None)
    assert ask.unused == []


def test_a_write_price_labelled_after_its_unit_is_priced_with_its_premium_without_a_volume() -> None:
    text = "what does one cache write cost on a 10k prefix at $6.25/M write, and the premium over $5/M input?"
    fields = parse(text).fields
    assert (fields.input_rate, fields.cache_write_rate) == (Decimal(5), Decimal("6.25"))
    # 10,000 × $6.25/1M = $0.0625; premium 10,000 × $1.25/1M = $0.0125
    assert_figures(text, ["$0.0625", "$0.0125"])


def test_a_fixed_lifetime_cache_created_by_a_call_at_the_input_rate() -> None:
    text = ("explicit cache on gemini: 40k-token manual, input $2/M, cached $0.50/M, storage $2 per 1M tokens per "
            "hour; TTL 1 hour, kept 8 hours a day, creation billed at the normal input rate. 2,000 calls a day, the "
            "first call in each hour creates the cache and the rest hit. net a day?")
    assert parse(text).fields.cache_write_rate == Decimal(2)
    # saving/hit 40,000 × $1.50/1M = $0.06; 8 creations; 1,992 hits × $0.06 = $119.52; premium 0;
    # storage 40,000 × $2/1M × 8 h = $0.64; net $118.88
    assert_figures(text, ["$0.06", "1,992", "$119.52", "$0.64", "$118.88"])


def test_a_storage_price_makes_the_cache_a_fixed_lifetime_one() -> None:
    text = ("30k-token doc cached for 12h a day (TTL 12h, written once a day at the standard input rate), storage "
            "$1 per 1M tokens per hour, input $1/M, cached $0.25/M. 41 calls a day; the first one creates the cache. "
            "worth it?")
    # saving/hit 30,000 × $0.75/1M = $0.0225; 40 hits = $0.90; storage 30,000 × $1/1M × 12 h = $0.36; net $0.54
    assert_figures(text, ["$0.0225", "$0.90", "$0.36", "$0.54"])


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 30 a minute × 60 × 10 h = 18,000 a day; × 5 = 90,000 a week; 81,000 hits × (2,000 × $0.90/1M = $0.0018)
        ("~30 calls a minute, 8 to 6 (10 hrs), 5 days a week. 2,000-token prefix, $1/M input, $0.10/M cached, "
         "90% hit. weekly saving?", ["90,000", "81,000", "$145.80"]),
        # 20 a minute × 60 × 8 h = 9,600 a day; 4 days: 38,400 calls, 38,400 × 50% = 19,200 hits × $0.002 = $38.40
        ("20 requests a minute, 9-5, 4 days a week. 4k prefix at $1/M input, $0.50/M cached, 50% hit rate. "
         "what's the weekly saving?", ["38,400", "19,200"]),
    ],
)
def test_a_volume_by_the_minute_over_working_hours_and_days_is_a_working_week(text: str,
                                                                             figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    "text",
    [
        "gpt-4o-mini, sys prompt is about 800 tokens, 30k calls a day. does automatic caching even kick in?",
        "our system msg is ~700 tokens on gpt-4o, 5k calls a day - will openai cache it automatically?",
        "prompt on gpt-4o is ~600 tokens, identical every call, 10k calls a day. will caching kick in?",
    ],
)
def test_a_prefix_under_the_automatic_minimum_asked_about_is_said_to_get_no_hits(text: str) -> None:
    assert parse(text).intent is Intent.CACHING
    reply = reply_text(text)
    assert "1,024" in reply
    assert "below the minimum cacheable prefix" in reply


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 912,500 a month ÷ 730 h × 24 h = 30,000 a day; all hits: 3,000 × $0.90/1M = $0.0027 × 912,500 = $2,463.75
        ("each call sends the same 3,000-token playbook. $1/M input, cached $0.10/M. usage export shows 912,500 "
         "requests in October. what does caching save a month?", ["30,000", "$0.0027", "$2,463.75"]),
        # 7.3M a year = 20,000 a day; 5,000 × $1.80/1M = $0.009 × 20,000 × 365 = $65,700.00
        ("yearly volume for the account is 7.3M calls, each with a 5,000-token prefix; input $2/M, cache hits "
         "$0.20/M. annual saving?", ["20,000", "$0.009", "$65,700.00"]),
    ],
)
def test_a_volume_over_a_named_month_or_a_named_period_is_read_over_that_period(text: str,
                                                                                 figures: list[str]) -> None:
    assert parse(text).fields.calls_per_day is not None
    assert_figures(text, figures)


def test_a_storage_price_per_million_tokens_per_hour_written_with_slashes_is_read() -> None:
    fields = parse("gemini: 40k-token doc cached, $0.20/M in, $0.05/M cached, storage $2/M tok/hr, 5k calls a "
                   "day").fields
    assert fields.cache_storage_rate == Decimal(2)


def test_an_explicit_cache_created_at_the_input_rate_is_created_by_a_call() -> None:
    text = ("explicit context cache: 50k-token contract pack, 1h TTL recreated every hour over a 6 hr day, input $2/M, "
            "cached $0.50/M, storage $3 per M tokens per hour, creation billed at the normal input rate. 100 calls an "
            "hour. net per day?")
    # 600 calls, 6 creations: 594 hits × 50,000 × $1.50/1M ($0.075) = $44.55; storage 50,000 × $3/1M × 6 h = $0.90
    assert_figures(text, ["594", "$44.55", "$0.90", "$43.65"])


def test_a_share_of_input_tokens_cached_gives_the_cut_of_the_input_cost() -> None:
    text = ("if 60% of our input tokens are a cached prefix and reads bill at 20% of input, how much does caching cut "
            "input cost?")
    assert_figures(text, ["48%"])  # 60% × (1 − 20%)


def test_hits_named_beside_a_write_share_are_the_read_price_when_payback_is_asked() -> None:
    text = "how many hits to pay back one cache write if writes are 200% of input and hits are 10%?"
    assert_figures(text, ["1.1111"])  # (200% − 100%) ÷ (100% − 10%)


def test_a_cache_write_named_before_the_prompt_is_the_write_price() -> None:
    text = "what does the cache write on a 10k prompt at $3.75/M cost, and the extra over the $3/M input rate?"
    ask = parse(text)
    assert ask.intent is Intent.CACHING
    assert (ask.fields.input_rate, ask.fields.cache_write_rate) == (Decimal(3), Decimal("3.75"))
    assert_figures(text, ["$0.0375", "$0.0075"])


def test_each_lifetime_compared_keeps_its_own_write_price() -> None:
    text = ("1-hour cache (write is 2x input so $4/M), input $2, read $0.20, 10k token prefix, 24 calls over an 8h day "
            "at random. net per day, and vs the 5-min cache with 1.25x write?")
    fields = parse(text).fields
    assert (fields.cache_write_1h_rate, fields.cache_write_rate) == (Decimal(4), Decimal("2.5"))
    reply = reply_text(text)
    assert "(write at $4.00/1M)" in reply and "(write at $2.50/1M)" in reply
