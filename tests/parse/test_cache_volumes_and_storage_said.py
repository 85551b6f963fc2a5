"""Caching inputs in more of reps' short forms (our own sentences, not a scored batch's): users times each one's
queries, a prefix named with a describing word ("12k token RAG preamble", "tokn"), "hits on everything", an explicit
cache's storage priced per million token-hours, and a write's cost left out when the ask says to ignore it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("800 users x 25 queries/day, 4k prefix, $3 in, $0.30 reads", Decimal(20_000)),
        ("40 agents × 300 calls a day on a 5k system prompt", Decimal(12_000)),
        ("2k seats * 10 requests per day, 3k preamble", Decimal(20_000)),
    ],
)
def test_heads_times_their_volume(text: str, calls: Decimal) -> None:
    assert parse(text).fields.calls_per_day == calls


@pytest.mark.parametrize(
    ("text", "prefix"),
    [
        ("12k tokn RAG preamble, $5 in, $0.50 cached", Decimal(12_000)),
        ("an 8k-token legal instructions block, $3 in, $0.30 reads", Decimal(8000)),
        ("4,500 token product manual resent each call, $2 in", Decimal(4500)),
    ],
)
def test_a_prefix_with_a_describing_word(text: str, prefix: Decimal) -> None:
    assert parse(text).fields.prefix_tokens == prefix


@pytest.mark.parametrize("text", ["5k prefix, assume hits on everything", "everything hits, 5k prefix, $3 in"])
def test_hits_on_everything_is_all_hits(text: str) -> None:
    assert parse(text).fields.hit_ratio == Decimal(1)


@pytest.mark.parametrize(
    "text",
    [
        "gemini explicit cache, 50k doc, $1.25 in, $0.3125 cached, storage $2 per M tok-hour, 1h ttl, 8 hrs a day",
        "gemini context caching: 50k context, input $1.25, cached $0.3125, storage at $2/MTok-hr, 1h ttl, 8h a day",
        "explicit cache with storage $2 per million token-hours; 50k doc; $1.25 in / $0.3125 cached",
    ],
)
def test_storage_per_million_token_hours(text: str) -> None:
    assert parse(text).fields.cache_storage_rate == Decimal(2)


def test_the_creation_left_out_when_asked() -> None:
    # 4,000 calls x 50,000 x ($1.25 - $0.3125)/1M ($0.046875) = $187.50; storage 50,000 x $2/1M x 8 h = $0.80
    text = ("gemini context cache, 50k token doc, input $1.25/M, cached $0.3125/M, storage $2 per M tok-hour, 1h ttl, "
            "500 calls/hr, 8 hrs a day. ignore the creation cost. net per day?")
    assert_figures(text, ["$187.50", "$0.80", "$186.70"])
    assert "left out, as asked" in reply_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "our prompt is ~1,300 tok on gpt-4o, identical every call. does openai cache it automatically?",
        "2k token system prompt on gpt-4.1 - do we need to turn caching on or is it automatic?",
    ],
)
def test_automatic_caching_above_the_minimum_is_said(text: str) -> None:
    reply = reply_text(text)
    assert "1,024 tokens" in reply and "caches it automatically" in reply


def test_an_explicit_cache_above_the_minimum_is_said_when_asked() -> None:
    reply = reply_text("3k system prompt on sonnet 4.5 via anthropic, will caching kick in? 10k calls a day")
    assert "at or above the minimum cacheable prefix of 1,024 tokens" in reply
    assert "marks the prefix for caching" in reply


@pytest.mark.parametrize(
    "text",
    [
        "gemini explicit cache, 100,000-token context, input $2.00/M, cached reads $0.50/M, storage $4.50 per million "
        "tokens per hour. they hit it about 400 times an hour. saving per hit and storage per hour?",
        "100k-token cached context on gemini, $2 in / $0.50 cached, storage $4.50/M tok/hr, 400 calls an hour. per "
        "hit saving and the hourly storage?",
    ],
)
def test_an_explicit_cache_with_calls_gives_its_storage_an_hour(text: str) -> None:
    # 100,000 × ($2.00 − $0.50)/1M = $0.15 a hit; storage 100,000 × $4.50/1M = $0.45 an hour; 400 an hour is 9,600 a day
    assert parse(text).fields.calls_per_day == Decimal(9600)
    assert_figures(text, ["$0.15", "$0.45 an hour"])


@pytest.mark.parametrize(
    "text",
    [
        "gemini flash $0.20/M in, $0.05/M cached, 40k-token doc, 10k calls/day all hits, storage $1/M tok/hr kept "
        "24h. net/day?",
        "explicit context cache on gemini: 40k-token doc, input $0.20/M, cached $0.05/M, storage $1 per M tokens "
        "per hour, the cache lives 24 hours. 10,000 calls a day, all hits. net per day?",
    ],
)
def test_a_cache_kept_a_day_is_created_once_at_the_input_rate(text: str) -> None:
    # 10,000 hits × 40,000 × $0.15/1M ($0.006) = $60.00; one creation at the input rate 40,000 × $0.20/1M = $0.008;
    # storage 40,000 × $1/1M = $0.04 an hour × 24 h = $0.96; net $60.00 − $0.008 − $0.96 = $59.03
    assert parse(text).fields.ttl_minutes == Decimal(1440)
    assert_figures(text, ["$60.00", "1 write × $0.008", "$0.96", "$59.03 a day"])


def test_a_cache_kept_so_many_hours_a_day_is_no_lifetime() -> None:
    # near miss: "kept 12 hours a day" is the hours it is kept each day; the lifetime is the 1-hour TTL said
    fields = parse("gemini explicit cache, 40k doc, TTL 1 hour, kept 12 hours a day, storage $1/M tok/hr, $0.20 in, "
                   "$0.05 cached, 10k calls a day").fields
    assert fields.ttl_minutes == Decimal(60), fields
