"""Caching asks that weigh options or check a stated figure (our own sentences, not a scored batch's): a Gemini-style
explicit cache with a storage price per 1M tokens per hour ("storage: $4.50 per 1M tokens per hour"), cache prices
said as a share of the base rate ("reads at 25% of base"), every call reading a cache created apart from the calls,
and calls arriving at random over a stated number of active hours ("6 hrs active a day")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse
from tests.support.arithmetic import checks
from tests.support.replies import assert_figures


def _reply_multiplies_out(text: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "caching"
    assert not [c for c in checks(reply.text) if not c.ok], reply.text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 200k × ($2 − 25% × $2)/1M = $0.30 a hit; 2,008 − 8 creations = 2,000 hits = $600; storage 0.2M × $4.50 × 8 h
        # = $7.20; creations at the input rate add nothing: $592.80
        ("Vertex context cache for a 200k-token contract pack. input $2/M, cache reads at 25% of base, storage: $4.50 "
         "per 1M tokens per hour, 1-hour TTL rebuilt every hour over 8 active hours, first call each hour writes the "
         "cache at the normal input rate, 2,008 calls a day. net per day?",
         ["$0.30", "$7.20 a day", "$592.80 a day"]),
        # every call reads: 3,000 × 50k × $0.9375/1M = $140.63; 12 creations × $0.0625 = $0.75; storage 0.05M × $1 ×
        # 12 h = $0.60: $139.28
        ("gemini explicit caching, 50k-token manual, $1.25/M input, $0.3125/M cached, storage: $1 per million tokens "
         "per hour, TTL 1h re-created hourly over 12 hours, creation billed at the normal input rate, all 3,000 calls "
         "a day read from the cache. daily saving?",
         ["$0.046875", "12 writes × $0.0625 ($0.75)", "$0.60 a day", "$139.28 a day"]),
        # Gemini context cache, storage said with a colon, every request reading it: 100k × $0.9375/1M × 1,000 = $93.75
        # less 24 creations × $0.125 = $3 and storage 0.1M × $4.50 × 24 h = $10.80: $79.95
        ("context caching on gemini: 100k-token prefix, input $1.25/M, cached $0.3125/M, storage: $4.50/M tokens per "
         "hour, 1h TTL recreated every hour round the clock (24 hours), every request reads the cache, 1,000 "
         "requests a day",
         ["$10.80 a day", "$79.95 a day"]),
    ],
)
def test_explicit_cache_with_storage(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)
    _reply_multiplies_out(text)


def test_a_call_that_creates_the_cache_is_no_hit() -> None:
    """Near miss of the one above: the first call each hour creates the cache, so it is not a read (2,988 hits)."""
    text = ("gemini explicit caching, 50k-token manual, $1.25/M input, $0.3125/M cached, storage: $1 per million "
            "tokens per hour, TTL 1h re-created hourly over 12 hours, the first call each hour creates the cache "
            "at the normal input rate, 3,000 calls a day. daily saving?")
    assert_figures(text, ["hits = 3,000 − 12 = 2,988", "$139.46 a day"])


@pytest.mark.parametrize(
    ("text", "read", "write"),
    [
        ("4k prefix, $3/M input, reads at 10% of base, writes at 125% of base, 10k calls a day, 90% hits. net a day?",
         "0.1", "1.25"),
        ("cached input billed at 25% of base, cache writes at 100% of the base, 180k prefix, $2.50 in", "0.25", "1"),
    ],
)
def test_cache_prices_as_a_share_of_base(text: str, read: str, write: str) -> None:
    fields = parse(text).fields
    assert fields.hit_ratio != Decimal(read)
    assert fields.cache_read_share == Decimal(read) or fields.cache_read_rate == fields.input_rate * Decimal(read)
    assert fields.cache_write_share == Decimal(write) or fields.cache_write_rate == fields.input_rate * Decimal(write)


def test_shares_of_base_priced() -> None:
    # 4,000 × $2.70/1M = $0.0108 a hit × 9,000 = $97.20; 1,000 writes × 4,000 × $0.75/1M = $3: $94.20
    assert_figures("4k prefix, $3/M input, reads at 10% of base, writes at 125% of base, 10k calls a day, 90% hits. "
                   "net a day?", ["$0.0108", "$94.20 a day"])


@pytest.mark.parametrize(
    "text",
    [
        "25% of base load is overnight batch; 4k prefix, 10k calls a day, $3 in, $0.30 cached",
        "hit rate 25% of base case traffic, 4k prefix, 10k calls a day, $3 in, $0.30 cached",
    ],
)
def test_a_share_of_something_else_based_is_no_cache_price(text: str) -> None:
    fields = parse(text).fields
    assert fields.cache_read_share is None and fields.cache_read_rate == Decimal("0.3")


@pytest.mark.parametrize(
    ("text", "calls", "hours"),
    [
        ("TTL 5 min, a hit refreshes it; about one request every 10 minutes at random, 6 hrs active a day, 50k prefix",
         "36", "6"),
        ("calls land randomly, ~1 call every 4 min, 8 hours active per day, 20k-token prefix, 5m TTL", "120", "8"),
        ("one call every 15 minutes on average, 10 hours of traffic a day, 5-minute ttl, 30k prefix", "40", "10"),
    ],
)
def test_calls_at_a_rate_over_the_hours_active(text: str, calls: str, hours: str) -> None:
    fields = parse(text).fields
    assert fields.calls_per_day == Decimal(calls) and fields.active_hours == Decimal(hours)


@pytest.mark.parametrize(
    "text",
    [
        "one call every 10 minutes round the clock, 5-minute TTL, 50k prefix",
        "one call every 10 minutes, the cache stays active 6 hrs, 50k prefix",
    ],
)
def test_a_rate_with_no_active_hours_runs_all_day(text: str) -> None:
    fields = parse(text).fields
    assert fields.calls_per_day == Decimal(144) and fields.active_hours in (None, Decimal(24))


def test_random_arrivals_over_active_hours_priced() -> None:
    # λ = 0.25/min, λ·TTL = 1.25, calls 15/h × 8 h = 120; writes 120 × e^−1.25 = 34.38, hits 85.62;
    # 85.62 × $0.054 − 34.38 × $0.015 = $4.11 a day
    text = ("about one call every 4 minutes on average, random arrivals, 8 hours active per day, 5-minute TTL that a "
            "hit refreshes; 20k-token prefix, input $3/M, read $0.30/M, write $3.75/M. does caching win?")
    assert_figures(text, ["120 × 5 ÷ 480 = 1.25", "34.38", "$4.11 a day"])


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 100k × 730 h × $1/1M token-hours = $73
        ("gemini context cache, 100k tokens kept warm all month (730 hr), storage $1 per M token-hr. what's the "
         "storage bill", ["73,000,000 token-hours", "$73.00 a month"]),
        # 250k × 9 h × $4.50/1M = $10.125
        ("explicit context cache of 250k tokens for a 9-hour day, storage $4.50/M tokens per hour - what does storage "
         "run a day?", ["250,000 × 9 h", "$10.13 a day", "$1.125 an hour"]),
        # 40k × 730 h × $1/1M = $29.20
        ("we'd keep a 40k-token cached context alive 24/7 on vertex; storage: $1 per million tokens per hour. monthly "
         "storage cost?", ["$29.20 a month"]),
    ],
)
def test_storage_bill_of_a_cache_kept(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)
    _reply_multiplies_out(text)
    reply = router.answer(text, rate_cards={}).text
    assert "To answer the rest" in reply and "call volume" in reply  # the saving still needs the calls and prices


def test_storage_with_everything_priced_is_in_the_net_not_alone() -> None:
    """Near miss: with prices and calls given, the storage is one term of the day's net, not a bill on its own."""
    text = ("gemini context cache, 100k-token doc, 10-hour day, 1h TTL, input $1.25/M, cached $0.3125/M, storage $4.50 "
            "per million tokens per hour, 5,000 calls a day")
    reply = router.answer(text, rate_cards={})
    assert "$4.50 storage" in reply.text and "token-hours" not in reply.text


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # a hit saves 20k × $2.70/1M = $0.054; 5 min: 4,800 × $0.054 − 3,200 × $0.015 = $211.20; 1 h: 7,600 × $0.054 −
        # 400 × $0.06 = $386.40
        ("TTL choice for a 20k-token prefix, 8,000 calls/day, input $3/M, reads at 10% of base.\n"
         "- 5-min TTL: writes at 125% of base, about 60% hit rate\n"
         "- 1-hour TTL: writes at 200% of base, hit rate climbs to 95%\nwhich nets more per day?",
         ["5-minute TTL at 60% hits: 4,800 hits × $0.054 − 3,200 writes × $0.015 (write at $3.75/1M) = *$211.20 a day*",
          "60-minute TTL at 95% hits: 7,600 hits × $0.054 − 400 writes × $0.06 (write at $6.00/1M) = *$386.40 a day*"]),
        # $0.018 a hit; 5 min: 15,000 × $0.018 − 5,000 × $0.005 = $245; 1 h: 18,000 × $0.018 − 2,000 × $0.02 = $284
        ("5 minute TTL: writes at 1.25x, 75% hits; 1 hour TTL: writes at 2x, 90% hits. 4k prefix, $5/M input, $0.50/M "
         "cached, 20k calls a day. which ttl?", ["*$245.00 a day*", "*$284.00 a day*", "nets $39.00 a day more"]),
        # the hour said first: $0.027 a hit; 1 h: 2,910 × $0.027 − 90 × $0.03 = $75.87; 5 min: 2,400 × $0.027 − 600 ×
        # $0.0075 = $60.30
        ("1h TTL (writes at 2x input) would get ~97% hits; 5m TTL (writes at 1.25x input) only 80%. 10k-token prefix, "
         "$3 in, $0.30 cached, 3,000 calls a day. net per day for each?",
         ["60-minute TTL at 97% hits: 2,910 hits", "*$75.87 a day*", "5-minute TTL at 80% hits", "*$60.30 a day*"]),
    ],
)
def test_ttl_options_each_at_their_own_hit_rate(text: str, lines: list[str]) -> None:
    assert_figures(text, lines)
    _reply_multiplies_out(text)


def test_ttls_and_hit_rates_said_apart_are_not_paired() -> None:
    """Near miss: "5-min vs 1-hour TTL at 90% vs 95% hits" names no hit rate for either lifetime on its own."""
    fields = parse("5-min vs 1-hour TTL at 90% vs 95% hits, 10k-token prefix, $3 in, $0.30 cached, 3,000 calls a "
                   "day").fields
    assert fields.compare_ttls == [Decimal(5), Decimal(60)] and fields.ttl_hit_ratios == []


@pytest.mark.parametrize(
    "text",
    [
        "the pricing doc says a 4k prompt at $5/M with hits at $0.50/M saves $0.0175 per hit. that right? going in a "
        "deck",
        "our enablement guide claims a 4,000-token system prompt, $5 input vs $0.50 cached, saves $0.0175 on every "
        "hit. sanity check?",
        "In the pricing document: 4k prefix at $5 per 1M input, cache reads $0.50 per 1M, saving $0.0175 a hit. "
        "correct?",
    ],
)
def test_the_source_documents_example_checked_with_its_own_volume(text: str) -> None:
    # 4,000 × ($5 − $0.50)/1M = $0.018 a hit, not $0.0175; at the example's 10,000 calls a day $180.00, not $175
    assert_figures(text, ["$0.018, not $0.0175", "$180.00 a day, not $175.00", "10,000 calls a day"])
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "caching" and "call volume" not in reply.text


@pytest.mark.parametrize(
    "text",
    [
        # no document quoted: the volume is the rep's to give
        "a 4k prompt at $5/M with hits at $0.50/M saves $0.0175 per hit, right?",
        # a document quoted, but not the example's figures
        "the pricing doc says a 6k prompt at $3/M with hits at $0.30/M saves $0.0162 per hit. right?",
    ],
)
def test_other_quoted_savings_still_ask_for_the_volume(text: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert "call volume" in reply.text and "10,000 calls" not in reply.text
